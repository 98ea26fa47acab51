package uk.lantern.console.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PurposeTest {

    @Test
    void each_purpose_is_stated_in_the_persons_words() {
        assertThat(Purpose.DAILY_REVIEW.stated(null, null)).isEqualTo("Daily review");
        assertThat(Purpose.MACE_PREPARATION.stated(null, "ignored")).isEqualTo("MACE preparation");
        assertThat(Purpose.ALERT.stated("a-17", null)).isEqualTo("Working an alert (alert a-17)");
        assertThat(Purpose.OTHER.stated(null, "  court report due ")).isEqualTo("Other: court report due");
    }

    @Test
    void a_header_gets_printable_ascii_and_no_more_than_the_longest_why() {
        assertThat(Purpose.OTHER.stated(null, "Zoë’s\nstrategy meeting")).isEqualTo("Other: Zo s strategy meeting");
        assertThat(Purpose.OTHER.stated(null, "x".repeat(600))).hasSize(Purpose.LONGEST_WHY + 7);
    }

    @Test
    void an_unknown_purpose_is_none() {
        assertThat(Purpose.of("daily_review")).contains(Purpose.DAILY_REVIEW);
        assertThat(Purpose.of("curiosity")).isEmpty();
        assertThat(Purpose.of(null)).isEmpty();
    }
}
