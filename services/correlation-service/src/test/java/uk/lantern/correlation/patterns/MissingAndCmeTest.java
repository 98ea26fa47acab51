package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingAndCmeTest {

    @Test
    void a_child_on_the_cme_register_who_goes_missing_raises_it() {
        var alerts = alerts(AlertCode.MISSING_AND_CME, days(20), addedToCme("c1", date("2026-11-02")),
                missing("e1", days(10)));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.evidence()).containsExactlyInAnyOrder("cme-added-c1", "report-e1");
            assertThat(alert.raisedAt()).isEqualTo(days(10));
            assertThat(alert.actors()).contains(Actor.CME_OFFICER);
        });
    }

    @Test
    void a_child_missing_89_days_before_joining_the_register_raises_it() {
        assertThat(alerts(AlertCode.MISSING_AND_CME, days(100), missing("e1", startOf("2026-11-03")),
                addedToCme("c1", date("2027-01-31")))).hasSize(1);
    }

    @Test
    void a_child_last_missing_more_than_90_days_before_joining_the_register_does_not_raise_it() {
        // 90 calendar days before 31 January 2027 is 2 November 2026: an episode ended just before it is too old
        assertThat(alerts(AlertCode.MISSING_AND_CME, days(100), missing("e1", startOf("2026-10-20")),
                returned("e1", startOf("2026-11-02").minusSeconds(1)), addedToCme("c1", date("2027-01-31")))).isEmpty();
    }

    @Test
    void an_episode_that_ended_inside_the_window_counts_however_long_ago_it_began() {
        // missing from June, found in late November, on the register in January
        assertThat(alerts(AlertCode.MISSING_AND_CME, days(100), missing("e1", startOf("2026-06-01")),
                returned("e1", startOf("2026-11-02")), addedToCme("c1", date("2027-01-31")))).singleElement()
                .satisfies(alert -> assertThat(alert.evidence()).containsExactlyInAnyOrder("cme-added-c1", "report-e1"));
    }

    @Test
    void an_episode_still_open_when_the_child_joins_the_register_counts_however_long_ago_it_began() {
        assertThat(alerts(AlertCode.MISSING_AND_CME, days(100), missing("e1", startOf("2026-05-01")),
                addedToCme("c1", date("2027-01-31")))).hasSize(1);
    }

    @Test
    void a_child_missing_but_never_on_the_register_does_not_raise_it() {
        assertThat(alerts(AlertCode.MISSING_AND_CME, days(20), missing("e1", days(10)))).isEmpty();
    }

    @Test
    void several_episodes_while_on_the_register_raise_it_once_naming_the_first() {
        assertThat(alerts(AlertCode.MISSING_AND_CME, days(40), addedToCme("c1", date("2026-11-02")),
                missing("e2", days(30)), missing("e1", days(10))))
                .singleElement()
                .satisfies(alert -> assertThat(alert.evidence()).contains("report-e1").doesNotContain("report-e2"));
    }

    @Test
    void leaving_the_register_with_an_outcome_clears_it() {
        var child = child(addedToCme("c1", date("2026-11-02")), missing("e1", days(10)));
        var raised = ENGINE.evaluate(child, List.of(), days(11)).raise();

        child.apply(removedFromCme("c1", date("2026-11-20")));

        assertThat(ENGINE.evaluate(child, raised, days(19)).clear())
                .extracting(Alert::code).contains(AlertCode.MISSING_AND_CME);
    }
}
