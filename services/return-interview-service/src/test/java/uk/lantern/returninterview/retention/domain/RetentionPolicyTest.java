package uk.lantern.returninterview.retention.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.lantern.returninterview.interview.domain.Answer;
import uk.lantern.returninterview.interview.domain.Assignment;
import uk.lantern.returninterview.interview.domain.CaseCommand;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.interview.domain.Context;
import uk.lantern.returninterview.interview.domain.EventIds;
import uk.lantern.returninterview.interview.domain.Interview;
import uk.lantern.returninterview.interview.domain.InterviewCase;
import uk.lantern.returninterview.interview.domain.Offer;
import uk.lantern.returninterview.interview.domain.Professional;

/** When a case's retention clock starts, and when it is due: at the edge, not a second before. */
class RetentionPolicyTest {

    static final Instant RETURNED = Instant.parse("2020-02-28T22:00:00Z");
    static final Instant NOW = Instant.parse("2020-03-05T12:00:00Z");
    static final RetentionPolicy SEVEN_YEARS = new RetentionPolicy(Period.ofYears(7));
    static final Professional LEE = new Professional("Coordinator Lee", null, null);

    private final AtomicInteger ids = new AtomicInteger();
    private final EventIds eventIds = () -> new UUID(0, ids.incrementAndGet());

    InterviewCase opened() {
        return InterviewCase.open(new CaseCommand.OpenCase(new CaseId("ep-1"), null, Context.MISSING_FROM_HOME, RETURNED),
                new Assignment(Duration.ofHours(72), Map.of(Context.MISSING_FROM_HOME, "brightpath",
                        Context.MISSING_FROM_CARE, "harbour-advocacy")), eventIds).interviewCase();
    }

    InterviewCase offered() {
        return opened().recordOffer(new CaseCommand.RecordOffer(RETURNED.plusSeconds(3600), LEE, Offer.Method.PHONE),
                NOW, eventIds).interviewCase();
    }

    InterviewCase answered(Answer.Outcome outcome) {
        return offered().recordAnswer(new CaseCommand.RecordAnswer(outcome, RETURNED.plusSeconds(7200),
                Answer.Respondent.CHILD), NOW, eventIds).interviewCase();
    }

    InterviewCase notOffered() {
        return opened().decideNotToOffer(new CaseCommand.DecideNotToOffer("Interviewed by the placement", LEE,
                RETURNED.plusSeconds(600)), NOW, eventIds).interviewCase();
    }

    InterviewCase completed() {
        return answered(Answer.Outcome.ACCEPTED).recordInterview(new CaseCommand.RecordInterview(new Interview(
                RETURNED.plusSeconds(86_400), null, LEE, null, null, null, null, null, null, null)), NOW,
                ZoneId.of("Europe/London"), eventIds).interviewCase();
    }

    @Test
    void a_closed_case_is_due_the_period_after_its_closure_and_not_a_second_before() {
        Instant closedAt = RETURNED.plusSeconds(3 * 86_400);
        InterviewCase closed = notOffered().close(new CaseCommand.CloseCase(closedAt, LEE), NOW, eventIds)
                .interviewCase();
        // closed on 2 March 2020: seven calendar years later is 2 March 2027 at the same instant (UTC)
        Instant edge = Instant.parse("2027-03-02T22:00:00Z");

        assertThat(RetentionPolicy.clockStartsAt(closed)).contains(closedAt);
        assertThat(SEVEN_YEARS.due(closed, edge.minusSeconds(1))).isFalse();
        assertThat(SEVEN_YEARS.due(closed, edge)).isTrue();
    }

    @Test
    void a_case_with_an_outcome_never_closed_starts_its_clock_at_the_outcome_its_last_event() {
        assertThat(RetentionPolicy.clockStartsAt(completed())).contains(RETURNED.plusSeconds(86_400));
        assertThat(RetentionPolicy.clockStartsAt(answered(Answer.Outcome.DECLINED))).contains(RETURNED.plusSeconds(7200));
        assertThat(RetentionPolicy.clockStartsAt(notOffered())).contains(RETURNED.plusSeconds(600));
    }

    @Test
    void a_case_still_awaiting_an_outcome_is_never_due_offered_and_accepted_or_not() {
        Instant muchLater = RETURNED.plus(Duration.ofDays(365L * 50));

        assertThat(SEVEN_YEARS.due(opened(), muchLater)).isFalse();
        assertThat(SEVEN_YEARS.due(offered(), muchLater)).isFalse();
        assertThat(SEVEN_YEARS.due(answered(Answer.Outcome.ACCEPTED), muchLater)).isFalse();
    }

    @Test
    void a_period_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> new RetentionPolicy(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(Period.ofYears(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
