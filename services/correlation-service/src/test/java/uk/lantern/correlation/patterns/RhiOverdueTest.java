package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.correlation.patterns.ChildFact.InterviewStep.Step;

/**
 * RHI_OVERDUE on the statutory clock: the interview carried out within 72 hours of the return (DfE 2014), the
 * deadline the one the return-interview service published with the case.
 */
class RhiOverdueTest {

    private static final Instant RETURN = hours(10);
    private static final Instant DEADLINE = RETURN.plus(Duration.ofHours(72));

    @Test
    void nothing_carried_out_declined_or_decided_by_the_deadline_raises_it_just_after_the_deadline() {
        var facts = new ChildFact[] {missing("e1", T0), returned("e1", RETURN), caseOpened("e1", RETURN)};

        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE, facts)).as("at the deadline: still in time").isEmpty();
        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE.plusMillis(1), facts)).singleElement().satisfies(alert -> {
            assertThat(alert.raisedAt()).isEqualTo(DEADLINE);
            assertThat(alert.dueBy()).isEqualTo(DEADLINE);
            assertThat(alert.evidence()).containsExactly("case-opened-e1", "return-e1");
            assertThat(alert.actors()).contains(Actor.RETURN_INTERVIEW_PROVIDER, Actor.MISSING_COORDINATOR);
        });
    }

    @Test
    void the_instant_after_the_deadline_is_the_next_evaluation_so_a_punctuator_can_fire_on_it() {
        assertThat(nextEvaluation(RETURN.plusSeconds(60), missing("e1", T0), returned("e1", RETURN),
                caseOpened("e1", RETURN))).contains(DEADLINE.plusMillis(1));
    }

    @Test
    void the_deadline_is_the_one_the_return_interview_service_published_not_a_window_of_its_own() {
        var published = RETURN.plus(Duration.ofHours(48));
        var facts = new ChildFact[] {missing("e1", T0), returned("e1", RETURN), caseOpened("e1", RETURN, published)};

        assertThat(alerts(AlertCode.RHI_OVERDUE, published.plusMillis(1), facts)).hasSize(1);
        assertThat(alerts(AlertCode.RHI_OVERDUE, published, facts)).isEmpty();
    }

    @Test
    void an_offer_alone_or_its_acceptance_does_not_stop_the_clock() {
        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE.plus(Duration.ofDays(1)), missing("e1", T0),
                returned("e1", RETURN), caseOpened("e1", RETURN),
                step("e1", Step.OFFERED, RETURN.plus(Duration.ofHours(2))),
                step("e1", Step.ACCEPTED, RETURN.plus(Duration.ofHours(3))))).hasSize(1);
    }

    @Test
    void an_interview_carried_out_at_exactly_the_deadline_is_in_time() {
        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE.plus(Duration.ofDays(3)), missing("e1", T0),
                returned("e1", RETURN), caseOpened("e1", RETURN), interviewedAt("e1", DEADLINE, false))).isEmpty();
    }

    @Test
    void a_decline_or_a_recorded_decision_not_to_offer_prevents_it() {
        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE.plus(Duration.ofDays(3)), missing("e1", T0),
                returned("e1", RETURN), caseOpened("e1", RETURN),
                step("e1", Step.DECIDED_NOT_TO_OFFER, RETURN.plus(Duration.ofHours(2))))).isEmpty();
        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE.plus(Duration.ofDays(3)), missing("e1", T0),
                returned("e1", RETURN), caseOpened("e1", RETURN),
                step("e1", Step.OFFERED, RETURN.plus(Duration.ofHours(2))),
                step("e1", Step.DECLINED, RETURN.plus(Duration.ofHours(4))))).isEmpty();
    }

    @Test
    void a_child_still_missing_is_owed_no_interview_yet() {
        assertThat(alerts(AlertCode.RHI_OVERDUE, days(30), missing("e1", T0))).isEmpty();
    }

    @Test
    void a_return_whose_case_is_not_yet_open_waits_for_the_case_and_its_deadline() {
        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE.plus(Duration.ofDays(1)), missing("e1", T0),
                returned("e1", RETURN))).isEmpty();
    }

    @Test
    void a_return_stored_before_the_case_was_kept_keeps_the_72_hours_every_case_had() {
        var facts = new ChildFact[] {legacy(missing("e1", T0)), returned("e1", RETURN)};

        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE, facts)).isEmpty();
        assertThat(alerts(AlertCode.RHI_OVERDUE, DEADLINE.plusMillis(1), facts)).singleElement()
                .satisfies(alert -> assertThat(alert.evidence()).containsExactly("return-e1"));
    }

    @Test
    void a_late_interview_clears_it() {
        var child = child(missing("e1", T0), returned("e1", RETURN), caseOpened("e1", RETURN));
        var raised = ENGINE.evaluate(child, List.of(), DEADLINE.plusSeconds(1)).raise();
        assertThat(raised).extracting(Alert::code).contains(AlertCode.RHI_OVERDUE);

        child.apply(interviewedAt("e1", DEADLINE.plus(Duration.ofHours(5)), false));
        var evaluation = ENGINE.evaluate(child, raised, DEADLINE.plus(Duration.ofHours(5)));

        assertThat(evaluation.clear()).extracting(Alert::code).containsExactly(AlertCode.RHI_OVERDUE);
    }

    @Test
    void each_returned_episode_is_owed_its_own_interview() {
        assertThat(alerts(AlertCode.RHI_OVERDUE, days(20), missing("e1", T0), returned("e1", hours(5)),
                caseOpened("e1", hours(5)), missing("e2", days(10)), returned("e2", days(11)),
                caseOpened("e2", days(11)), interviewedAt("e1", hours(30), false)))
                .singleElement().satisfies(alert -> assertThat(alert.evidence()).contains("return-e2"));
    }
}
