package uk.lantern.simulator.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NhsNumbersTest {

    @Test
    void checksTheModulusElevenCheckDigit() {
        assertThat(NhsNumbers.isValid("9434765919")).isTrue();
        assertThat(NhsNumbers.isValid("9434765918")).isFalse();
        assertThat(NhsNumbers.isValid("943476591")).isFalse();
        assertThat(NhsNumbers.isValid(null)).isFalse();
    }

    @Test
    void issuesOnlyValidNumbersInTheTestRange() {
        Pick pick = new Pick(new SplittableRandom(1));
        for (int i = 0; i < 2_000; i++) {
            String number = NhsNumbers.issue(pick);
            assertThat(number).startsWith("999");
            assertThat(NhsNumbers.isValid(number)).as(number).isTrue();
        }
    }

    @Test
    void upnsCarryTheirCheckLetter() {
        Pick pick = new Pick(new SplittableRandom(1));
        String upn = Upns.issue(pick, 2015);

        assertThat(upn).matches("[A-Z]874\\d{9}");
        assertThat(Upns.isValid(upn)).isTrue();
        assertThat(Upns.isValid((upn.charAt(0) == 'A' ? 'B' : 'A') + upn.substring(1))).isFalse();
    }
}
