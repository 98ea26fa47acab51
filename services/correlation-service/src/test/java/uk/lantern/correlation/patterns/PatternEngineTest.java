package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternEngineTest {

    @Test
    void a_redelivered_fact_is_recognised_and_changes_nothing() {
        var child = child(missingFromCare("e1", T0));
        var before = child.facts();

        assertThat(child.apply(missingFromCare("e1", T0))).isFalse();
        assertThat(child.facts()).isEqualTo(before);
    }

    @Test
    void an_alert_already_open_is_not_raised_again() {
        var child = child(missingFromCare("e1", T0), needToKnow("e1", T0, "LOOKED_AFTER"));
        var first = ENGINE.evaluate(child, List.of(), hours(1));

        var second = ENGINE.evaluate(child, first.raise(), hours(2));

        assertThat(first.raise()).hasSize(1);
        assertThat(second.raise()).isEmpty();
        assertThat(second.clear()).isEmpty();
    }

    @Test
    void evaluating_twice_at_the_same_instant_gives_equal_alerts() {
        var child = child(missingFromCare("e1", T0), returned("e1", hours(3)), concern("k1", hours(4)));

        assertThat(ENGINE.active(child, days(30))).isEqualTo(ENGINE.active(child, days(30)));
    }

    @Test
    void open_alerts_of_codes_the_engine_does_not_own_are_left_alone() {
        var possibleSameChild = new Alert("review-1", AlertCode.POSSIBLE_SAME_CHILD, Severity.LOW, CHILD,
                List.of("x"), T0, T0, List.of(Actor.MISSING_COORDINATOR));

        assertThat(ENGINE.evaluate(child(), List.of(possibleSameChild), days(1)).clear()).isEmpty();
    }

    @Test
    void the_next_evaluation_is_the_earliest_deadline_of_any_rule() {
        Instant justAfterRhiDeadline = hours(5 + 72).plusMillis(1);

        assertThat(nextEvaluation(hours(6), missing("e1", T0), returned("e1", hours(5)), caseOpened("e1", hours(5)),
                addedToCme("c1", date("2026-11-02")))).contains(justAfterRhiDeadline);
    }

    @Test
    void a_child_with_no_deadline_ahead_needs_no_timer() {
        assertThat(nextEvaluation(days(1), missing("e1", T0), returned("e1", hours(5)), caseOpened("e1", hours(5)),
                step("e1", ChildFact.InterviewStep.Step.DECLINED, hours(6)))).isEmpty();
    }

    @Test
    void the_alert_id_depends_only_on_code_child_and_evidence() {
        assertThat(Alert.idOf(AlertCode.RHI_OVERDUE, CHILD, List.of("b", "a")))
                .isEqualTo(Alert.idOf(AlertCode.RHI_OVERDUE, CHILD, List.of("a", "b")))
                .isNotEqualTo(Alert.idOf(AlertCode.RHI_OVERDUE, "child-2", List.of("a", "b")))
                .isNotEqualTo(Alert.idOf(AlertCode.NEED_TO_KNOW, CHILD, List.of("a", "b")));
    }
}
