package uk.lantern.correlation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NicknamesTest {

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "charlotte, lottie, true",
        "charlotte, charlie, true",
        "charles, charlie, true",
        "william, bill, true",
        "bill, will, true",
        "sam, sammy, true",
        "amelia, amy, true",
        // Charlie is Charles or Charlotte: not the same name as Lottie, which is only Charlotte.
        "charlie, lottie, false",
        // Jon is John or Jonathan: Johnny is only John.
        "jon, johnny, false",
        "charles, charlotte, false",
        "amy, emily, false",
        "amy, zoe, false",
    })
    void twoGivenNamesAreOneNameOnlyWhenTheyCannotStandForDifferentFormalNames(String a, String b, boolean same) {
        assertThat(Nicknames.equivalent(a, b)).isEqualTo(same);
        assertThat(Nicknames.equivalent(b, a)).isEqualTo(same);
    }
}
