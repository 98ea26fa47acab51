package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.correlation.patterns.ChildFact.RiskGrade;

/** NEED_TO_KNOW follows the episode service's decision (NeedToKnowRaised): one decision, made once. */
class NeedToKnowTest {

    @Test
    void a_looked_after_child_who_goes_missing_is_notified_to_senior_managers_immediately() {
        var alerts = alerts(AlertCode.NEED_TO_KNOW, hours(1), missingFromCare("e1", T0),
                needToKnow("e1", T0, "LOOKED_AFTER"));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.evidence()).containsExactly("need-to-know-e1", "report-e1");
            assertThat(alert.severity()).isEqualTo(Severity.URGENT);
            assertThat(alert.raisedAt()).isEqualTo(T0);
            assertThat(alert.dueBy()).isEqualTo(T0);
            assertThat(alert.actors()).contains(Actor.SENIOR_MANAGERS);
            assertThat(alert.childId()).isEqualTo(CHILD);
        });
    }

    @Test
    void without_the_episode_services_decision_the_rule_does_not_decide_again() {
        assertThat(alerts(AlertCode.NEED_TO_KNOW, hours(1), missingFromCare("e1", T0))).isEmpty();
        assertThat(alerts(AlertCode.NEED_TO_KNOW, hours(1), missingOnPlan("e1", T0))).isEmpty();
        assertThat(alerts(AlertCode.NEED_TO_KNOW, hours(1), missingGraded("e1", T0, RiskGrade.HIGH))).isEmpty();
    }

    @Test
    void a_looked_after_child_away_from_placement_with_whereabouts_known_is_not_need_to_know() {
        // the episode service raises no decision for an away episode, so nothing here raises one either
        assertThat(alerts(AlertCode.NEED_TO_KNOW, hours(1), away("e1", T0))).isEmpty();
    }

    @Test
    void a_decision_at_a_regrade_to_high_raises_it_at_the_regrade() {
        var alerts = alerts(AlertCode.NEED_TO_KNOW, hours(5), missing("e1", T0),
                regraded("e1", RiskGrade.HIGH, hours(4)), needToKnow("e1", hours(4), "HIGH_RISK"));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.evidence()).containsExactlyInAnyOrder("report-e1", "need-to-know-e1");
            assertThat(alert.raisedAt()).isEqualTo(hours(4));
        });
    }

    @Test
    void a_regrade_down_from_high_does_not_end_it_while_the_child_is_still_missing() {
        assertThat(alerts(AlertCode.NEED_TO_KNOW, hours(9), missing("e1", T0),
                regraded("e1", RiskGrade.HIGH, hours(4)), needToKnow("e1", hours(4), "HIGH_RISK"),
                regraded("e1", RiskGrade.LOW, hours(8)))).hasSize(1);
    }

    @Test
    void the_child_found_clears_it() {
        var child = child(missingFromCare("e1", T0), needToKnow("e1", T0, "LOOKED_AFTER"));
        var raised = ENGINE.evaluate(child, List.of(), hours(1)).raise();

        child.apply(returned("e1", hours(20)));
        var evaluation = ENGINE.evaluate(child, raised, hours(21));

        assertThat(evaluation.clear()).extracting(Alert::code).contains(AlertCode.NEED_TO_KNOW);
        assertThat(evaluation.raise()).extracting(Alert::code).doesNotContain(AlertCode.NEED_TO_KNOW);
    }

    @Test
    void an_episode_stored_before_the_decision_was_kept_is_decided_as_it_was_then_so_its_alert_stays_open() {
        var before = alerts(AlertCode.NEED_TO_KNOW, hours(1), legacy(missingFromCare("e1", T0)));

        assertThat(before).singleElement().satisfies(alert -> {
            assertThat(alert.evidence()).containsExactly("report-e1");
            assertThat(alert.id()).isEqualTo(Alert.idOf(AlertCode.NEED_TO_KNOW, CHILD, List.of("report-e1")));
        });
        assertThat(alerts(AlertCode.NEED_TO_KNOW, hours(1), legacy(missing("e1", T0)))).isEmpty();
    }

    @Test
    void the_alert_keeps_its_id_whether_the_rule_followed_a_decision_or_decided_for_a_stored_episode() {
        var decided = alerts(AlertCode.NEED_TO_KNOW, hours(1), missingFromCare("e1", T0),
                needToKnow("e1", T0, "LOOKED_AFTER"));
        var stored = alerts(AlertCode.NEED_TO_KNOW, hours(1), legacy(missingFromCare("e1", T0)));

        assertThat(decided.get(0).id()).isEqualTo(stored.get(0).id());
    }
}
