package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import org.junit.jupiter.api.Test;
import uk.lantern.correlation.patterns.ChildFact.RiskGrade;

class NeedToKnowTest {

    @Test
    void a_looked_after_child_who_goes_missing_is_notified_to_senior_managers_immediately() {
        var alerts = alerts(AlertCode.NEED_TO_KNOW, hours(1), missingFromCare("e1", T0));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.evidence()).containsExactly("report-e1");
            assertThat(alert.severity()).isEqualTo(Severity.URGENT);
            assertThat(alert.raisedAt()).isEqualTo(T0);
            assertThat(alert.dueBy()).isEqualTo(T0);
            assertThat(alert.actors()).contains(Actor.SENIOR_MANAGERS);
            assertThat(alert.childId()).isEqualTo(CHILD);
        });
    }

    @Test
    void a_child_on_a_child_protection_plan_who_goes_missing_is_need_to_know() {
        assertThat(alerts(AlertCode.NEED_TO_KNOW, hours(1), missingOnPlan("e1", T0))).hasSize(1);
    }

    @Test
    void a_child_graded_high_risk_at_report_is_need_to_know() {
        assertThat(alerts(AlertCode.NEED_TO_KNOW, hours(1), missingGraded("e1", T0, RiskGrade.HIGH))).hasSize(1);
    }

    @Test
    void a_child_at_home_not_on_a_plan_and_graded_medium_is_not_need_to_know() {
        assertThat(alerts(AlertCode.NEED_TO_KNOW, hours(1), missing("e1", T0))).isEmpty();
    }

    @Test
    void a_regrade_to_high_while_missing_raises_it_with_the_regrade_as_evidence() {
        var alerts = alerts(AlertCode.NEED_TO_KNOW, hours(5), missing("e1", T0),
                regraded("e1", RiskGrade.HIGH, hours(4)));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.evidence()).containsExactlyInAnyOrder("report-e1", "regrade-e1-" + hours(4));
            assertThat(alert.raisedAt()).isEqualTo(hours(4));
        });
    }

    @Test
    void a_regrade_down_from_high_does_not_end_it_while_the_child_is_still_missing() {
        assertThat(alerts(AlertCode.NEED_TO_KNOW, hours(9), missing("e1", T0),
                regraded("e1", RiskGrade.HIGH, hours(4)), regraded("e1", RiskGrade.LOW, hours(8)))).hasSize(1);
    }

    @Test
    void the_child_found_clears_it() {
        var child = child(missingFromCare("e1", T0));
        var raised = ENGINE.evaluate(child, java.util.List.of(), hours(1)).raise();

        child.apply(returned("e1", hours(20)));
        var evaluation = ENGINE.evaluate(child, raised, hours(21));

        assertThat(evaluation.clear()).extracting(Alert::code).contains(AlertCode.NEED_TO_KNOW);
        assertThat(evaluation.raise()).extracting(Alert::code).doesNotContain(AlertCode.NEED_TO_KNOW);
    }
}
