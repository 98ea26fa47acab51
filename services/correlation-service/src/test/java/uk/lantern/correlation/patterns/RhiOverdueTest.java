package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.correlation.patterns.ChildFact.InterviewStep.Step;

class RhiOverdueTest {

    private static final java.time.Instant RETURN = hours(10);
    private static final java.time.Instant DEADLINE = RETURN.plus(Duration.ofHours(72));

    @Test
    void no_offer_and_no_decision_by_72_hours_raises_it_exactly_at_the_deadline() {
        var facts = new ChildFact[] {missing("e1", T0), returned("e1", RETURN)};

        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE.minusMillis(1), facts)).isEmpty();
        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE, facts)).singleElement().satisfies(alert -> {
            assertThat(alert.raisedAt()).isEqualTo(DEADLINE);
            assertThat(alert.dueBy()).isEqualTo(DEADLINE);
            assertThat(alert.evidence()).containsExactly("return-e1");
            assertThat(alert.actors()).contains(Actor.RETURN_INTERVIEW_PROVIDER, Actor.MISSING_COORDINATOR);
        });
    }

    @Test
    void the_deadline_is_the_next_evaluation_so_a_punctuator_can_fire_on_it() {
        assertThat(nextEvaluation(RETURN.plusSeconds(60), missing("e1", T0), returned("e1", RETURN)))
                .contains(DEADLINE);
    }

    @Test
    void an_offer_at_71_hours_prevents_it() {
        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE.plus(Duration.ofDays(3)), missing("e1", T0),
                returned("e1", RETURN), step("e1", Step.OFFERED, RETURN.plus(Duration.ofHours(71))))).isEmpty();
    }

    @Test
    void a_recorded_decision_not_to_offer_prevents_it() {
        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE.plus(Duration.ofDays(3)), missing("e1", T0),
                returned("e1", RETURN), step("e1", Step.DECIDED_NOT_TO_OFFER, RETURN.plus(Duration.ofHours(2)))))
                .isEmpty();
    }

    @Test
    void a_child_still_missing_is_owed_no_interview_yet() {
        assertThat(alerts(AlertCode.RHI_OVERDUE, days(30), missing("e1", T0))).isEmpty();
    }

    @Test
    void a_late_offer_clears_it() {
        var child = child(missing("e1", T0), returned("e1", RETURN));
        var raised = ENGINE.evaluate(child, List.of(), DEADLINE).raise();
        assertThat(raised).extracting(Alert::code).contains(AlertCode.RHI_OVERDUE);

        child.apply(step("e1", Step.OFFERED, DEADLINE.plus(Duration.ofHours(5))));
        var evaluation = ENGINE.evaluate(child, raised, DEADLINE.plus(Duration.ofHours(5)));

        assertThat(evaluation.clear()).extracting(Alert::code).containsExactly(AlertCode.RHI_OVERDUE);
    }

    @Test
    void each_returned_episode_is_owed_its_own_interview() {
        assertThat(alerts(AlertCode.RHI_OVERDUE, days(20), missing("e1", T0), returned("e1", hours(5)),
                missing("e2", days(10)), returned("e2", days(11)), step("e1", Step.OFFERED, hours(30))))
                .singleElement().satisfies(alert -> assertThat(alert.evidence()).containsExactly("return-e2"));
    }
}
