package uk.lantern.returninterview.interview.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.lantern.returninterview.interview.domain.CaseCommand.CloseCase;
import uk.lantern.returninterview.interview.domain.CaseCommand.DecideNotToOffer;
import uk.lantern.returninterview.interview.domain.CaseCommand.OpenCase;
import uk.lantern.returninterview.interview.domain.CaseCommand.RecordAnswer;
import uk.lantern.returninterview.interview.domain.CaseCommand.RecordInterview;
import uk.lantern.returninterview.interview.domain.CaseCommand.RecordOffer;

/** Given a case, when a command arrives, expect these events (or this refusal). */
class InterviewCaseTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant RETURNED = Instant.parse("2026-11-18T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Assignment POLICY = new Assignment(Duration.ofHours(72), Map.of(
            Context.MISSING_FROM_HOME, "Home Returns Service", Context.MISSING_FROM_CARE, "Care Returns Service"));
    static final Child AMELIA = new Child("LA-000123", null, null, null, "Amelia", "Jones", LocalDate.of(2010, 4, 1),
            Child.Sex.FEMALE, "PE1 2AB", Ethnicity.WBRI);
    static final Professional SAM = new Professional("Sam Okafor", "Return interview worker", "Home Returns Service");

    private final AtomicInteger ids = new AtomicInteger();
    private final EventIds eventIds = () -> new UUID(0, ids.incrementAndGet());

    InterviewCase opened(Context context) {
        return InterviewCase.open(new OpenCase(new CaseId("ep-1"), AMELIA, context, RETURNED), POLICY, eventIds)
                .interviewCase();
    }

    InterviewCase offered(Duration afterReturn) {
        return opened(Context.MISSING_FROM_HOME)
                .recordOffer(new RecordOffer(RETURNED.plus(afterReturn), SAM, Offer.Method.PHONE), NOW, eventIds)
                .interviewCase();
    }

    InterviewCase answered(Answer.Outcome outcome) {
        return offered(Duration.ofHours(5)).recordAnswer(
                new RecordAnswer(outcome, RETURNED.plus(Duration.ofHours(6)), Answer.Respondent.CHILD), NOW, eventIds)
                .interviewCase();
    }

    static Interview interview(Instant at) {
        return new Interview(at, null, SAM, List.of(Interview.PushFactor.CONFLICT_AT_HOME),
                List.of(Interview.PullFactor.ADULT_ASSOCIATE, Interview.PullFactor.PARTY), "Argued with mum",
                new Interview.Place("Flat above the takeaway", "pe1 4lz"),
                List.of(new Interview.Associate("Dean", "07700 900123", "AB12 CDE", 34, true)), "Was given cannabis",
                List.of("ASSOCIATING_WITH_OLDER_ADULTS", "SUBSTANCE_MISUSE"));
    }

    InterviewCase completed() {
        return completedAt(Instant.parse("2026-11-19T15:30:00Z"));
    }

    InterviewCase completedAt(Instant at) {
        return answered(Answer.Outcome.ACCEPTED).recordInterview(new RecordInterview(interview(at)), NOW, LONDON,
                eventIds).interviewCase();
    }

    @Nested
    class Opening {

        @Test
        void a_returned_child_gets_a_case_due_72_hours_after_the_return_with_the_home_provider() {
            InterviewCase.Change change = InterviewCase.open(
                    new OpenCase(new CaseId("ep-1"), AMELIA, Context.MISSING_FROM_HOME, RETURNED), POLICY, eventIds);

            assertThat(change.interviewCase().status()).isEqualTo(CaseStatus.AWAITING_OFFER);
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(CaseEvent.CaseOpened.class, e -> {
                assertThat(e.deadline()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
                assertThat(e.provider()).isEqualTo("Home Returns Service");
            });
        }

        @Test
        void a_child_returned_to_care_is_assigned_to_the_care_provider_and_the_window_is_a_setting() {
            Assignment tighter = new Assignment(Duration.ofHours(48), POLICY.providers());
            InterviewCase c = InterviewCase.open(
                    new OpenCase(new CaseId("ep-2"), AMELIA, Context.MISSING_FROM_CARE, RETURNED), tighter, eventIds)
                    .interviewCase();

            assertThat(c.provider()).isEqualTo("Care Returns Service");
            assertThat(c.deadline()).isEqualTo(RETURNED.plus(Duration.ofHours(48)));
        }

        @Test
        void a_policy_with_no_provider_for_a_context_is_refused() {
            assertThatThrownBy(() -> new Assignment(Duration.ofHours(72), Map.of(Context.MISSING_FROM_HOME, "Home")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MISSING_FROM_CARE");
        }
    }

    @Nested
    class Offering {

        @Test
        void an_offer_by_the_deadline_is_in_time_and_one_after_it_is_late() {
            assertThat(offered(Duration.ofHours(72)).firstOffer().orElseThrow().withinDeadline()).isTrue();
            assertThat(offered(Duration.ofHours(73)).firstOffer().orElseThrow().withinDeadline()).isFalse();
        }

        @Test
        void an_offer_before_the_return_or_in_the_future_is_refused_naming_offeredAt() {
            InterviewCase c = opened(Context.MISSING_FROM_HOME);

            assertThatThrownBy(() -> c.recordOffer(new RecordOffer(RETURNED.minusSeconds(60), SAM, Offer.Method.LETTER), NOW, eventIds))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("offeredAt"));
            assertThatThrownBy(() -> c.recordOffer(new RecordOffer(NOW.plus(Duration.ofHours(1)), SAM, Offer.Method.LETTER), NOW, eventIds))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, v -> assertThat(v.reason()).contains("future"));
        }

        @Test
        void a_second_offer_is_kept_but_the_first_one_counts_for_timeliness() {
            InterviewCase again = offered(Duration.ofHours(80))
                    .recordOffer(new RecordOffer(RETURNED.plus(Duration.ofHours(90)), SAM, Offer.Method.IN_PERSON), NOW, eventIds)
                    .interviewCase();

            assertThat(again.offers()).hasSize(2);
            assertThat(again.firstOffer().orElseThrow().withinDeadline()).isFalse();
        }

        @Test
        void no_offer_can_be_recorded_once_a_decision_not_to_offer_was_taken() {
            InterviewCase decided = opened(Context.MISSING_FROM_HOME).decideNotToOffer(
                    new DecideNotToOffer("Child moved out of area", SAM, RETURNED.plusSeconds(60)), NOW, eventIds).interviewCase();

            assertThatThrownBy(() -> decided.recordOffer(new RecordOffer(NOW, SAM, Offer.Method.PHONE), NOW, eventIds))
                    .isInstanceOf(CaseStateConflict.class);
        }
    }

    @Nested
    class Answering {

        @Test
        void an_answer_with_no_offer_is_a_conflict() {
            assertThatThrownBy(() -> opened(Context.MISSING_FROM_HOME).recordAnswer(
                    new RecordAnswer(Answer.Outcome.ACCEPTED, NOW, Answer.Respondent.CHILD), NOW, eventIds))
                    .isInstanceOf(CaseStateConflict.class).hasMessageContaining("no offer");
        }

        @Test
        void an_answer_before_the_offer_is_refused_naming_at() {
            assertThatThrownBy(() -> offered(Duration.ofHours(5)).recordAnswer(
                    new RecordAnswer(Answer.Outcome.ACCEPTED, RETURNED.plus(Duration.ofHours(4)), Answer.Respondent.CHILD),
                    NOW, eventIds))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("at"));
        }

        @Test
        void a_parent_declining_is_recorded_as_declined_by_the_parent() {
            InterviewCase.Change change = offered(Duration.ofHours(5)).recordAnswer(new RecordAnswer(
                    Answer.Outcome.DECLINED, RETURNED.plus(Duration.ofHours(6)), Answer.Respondent.PARENT_OR_CARER), NOW, eventIds);

            assertThat(change.interviewCase().status()).isEqualTo(CaseStatus.DECLINED);
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(CaseEvent.InterviewDeclined.class,
                    e -> assertThat(e.answer().by()).isEqualTo(Answer.Respondent.PARENT_OR_CARER));
        }
    }

    @Nested
    class Interviewing {

        @Test
        void an_accepted_interview_is_completed_with_its_factors_and_indicators() {
            InterviewCase.Change change = answered(Answer.Outcome.ACCEPTED).recordInterview(
                    new RecordInterview(interview(Instant.parse("2026-11-19T15:30:00Z"))), NOW, LONDON, eventIds);

            assertThat(change.interviewCase().status()).isEqualTo(CaseStatus.COMPLETED);
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(CaseEvent.InterviewCompleted.class,
                    e -> assertThat(e.interview().exploitationIndicators()).contains("SUBSTANCE_MISUSE"));
        }

        @Test
        void an_interview_not_accepted_is_a_conflict() {
            assertThatThrownBy(() -> offered(Duration.ofHours(5)).recordInterview(
                    new RecordInterview(interview(Instant.parse("2026-11-19T15:30:00Z"))), NOW, LONDON, eventIds))
                    .isInstanceOf(CaseStateConflict.class).hasMessageContaining("accepted");
        }

        @Test
        void an_interview_timed_before_the_acceptance_or_in_the_future_is_refused_naming_completedAt() {
            InterviewCase accepted = answered(Answer.Outcome.ACCEPTED);

            assertThatThrownBy(() -> accepted.recordInterview(
                    new RecordInterview(interview(RETURNED.plus(Duration.ofHours(5)))), NOW, LONDON, eventIds))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("completedAt"));
            assertThatThrownBy(() -> accepted.recordInterview(
                    new RecordInterview(interview(NOW.plus(Duration.ofHours(1)))), NOW, LONDON, eventIds))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, v -> assertThat(v.reason()).contains("future"));
        }

        @Test
        void an_interview_carried_out_at_exactly_the_deadline_is_in_time_and_one_a_second_later_is_not() {
            Instant deadline = RETURNED.plus(Duration.ofHours(72));
            InterviewCase.Change atDeadline = answered(Answer.Outcome.ACCEPTED).recordInterview(
                    new RecordInterview(interview(deadline)), NOW, LONDON, eventIds);
            InterviewCase.Change after = answered(Answer.Outcome.ACCEPTED).recordInterview(
                    new RecordInterview(interview(deadline.plusSeconds(1))), NOW, LONDON, eventIds);

            assertThat(atDeadline.events()).singleElement().isInstanceOfSatisfying(CaseEvent.InterviewCompleted.class,
                    e -> {
                        assertThat(e.withinDeadline()).isTrue();
                        assertThat(e.occurredAt()).isEqualTo(deadline);
                        assertThat(e.interview().completedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
                    });
            assertThat(after.events()).singleElement().isInstanceOfSatisfying(CaseEvent.InterviewCompleted.class,
                    e -> assertThat(e.withinDeadline()).isFalse());
        }

        @Test
        void a_case_stored_with_the_day_only_reads_as_the_start_of_that_day_in_england() {
            Interview stored = new Interview(null, LocalDate.of(2026, 7, 1), SAM, List.of(), List.of(), null, null,
                    List.of(), null, List.of());

            assertThat(stored.completedAt()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        }
    }

    @Nested
    class DecidingNotToOffer {

        @Test
        void a_decision_not_to_offer_is_recorded_with_its_reason_and_who_took_it() {
            InterviewCase.Change change = opened(Context.MISSING_FROM_CARE).decideNotToOffer(
                    new DecideNotToOffer("Interviewed by the placement's independent worker", SAM, RETURNED.plusSeconds(600)),
                    NOW, eventIds);

            assertThat(change.interviewCase().status()).isEqualTo(CaseStatus.NOT_OFFERED);
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(CaseEvent.InterviewNotOffered.class,
                    e -> assertThat(e.decision().decidedBy()).isEqualTo(SAM));
        }

        @Test
        void a_decision_without_a_reason_is_refused_naming_reason() {
            assertThatThrownBy(() -> opened(Context.MISSING_FROM_HOME).decideNotToOffer(
                    new DecideNotToOffer("  ", SAM, NOW), NOW, eventIds))
                    .isInstanceOfSatisfying(CaseRuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
        }

        @Test
        void a_decision_not_to_offer_after_an_offer_is_a_conflict() {
            assertThatThrownBy(() -> offered(Duration.ofHours(5)).decideNotToOffer(
                    new DecideNotToOffer("Changed our minds", SAM, NOW), NOW, eventIds))
                    .isInstanceOf(CaseStateConflict.class);
        }
    }

    @Nested
    class Closing {

        @Test
        void a_case_closes_after_a_completed_interview_a_decline_or_a_decision_not_to_offer() {
            CloseCase close = new CloseCase(NOW, SAM);
            InterviewCase decided = opened(Context.MISSING_FROM_HOME).decideNotToOffer(
                    new DecideNotToOffer("Child in hospital", SAM, RETURNED.plusSeconds(60)), NOW, eventIds).interviewCase();

            assertThat(completed().close(close, NOW, eventIds).interviewCase().closure().outcome())
                    .isEqualTo(Closure.Outcome.COMPLETED);
            assertThat(answered(Answer.Outcome.DECLINED).close(close, NOW, eventIds).interviewCase().closure().outcome())
                    .isEqualTo(Closure.Outcome.DECLINED);
            assertThat(decided.close(close, NOW, eventIds).events()).singleElement()
                    .isInstanceOfSatisfying(CaseEvent.CaseClosed.class,
                            e -> assertThat(e.closure().outcome()).isEqualTo(Closure.Outcome.NOT_OFFERED));
        }

        @Test
        void a_case_with_no_outcome_cannot_be_closed() {
            CloseCase close = new CloseCase(NOW, SAM);

            assertThatThrownBy(() -> opened(Context.MISSING_FROM_HOME).close(close, NOW, eventIds))
                    .isInstanceOf(CaseStateConflict.class).hasMessageContaining("completed, declined");
            assertThatThrownBy(() -> offered(Duration.ofHours(1)).close(close, NOW, eventIds))
                    .isInstanceOf(CaseStateConflict.class);
            assertThatThrownBy(() -> answered(Answer.Outcome.ACCEPTED).close(close, NOW, eventIds))
                    .isInstanceOf(CaseStateConflict.class);
        }
    }

    @Nested
    class Worklist {

        @Test
        void a_case_waiting_for_its_interview_is_due_then_due_soon_then_overdue_against_the_clock() {
            InterviewCase c = opened(Context.MISSING_FROM_HOME);
            Duration dueSoon = Duration.ofHours(24);

            assertThat(c.urgency(RETURNED.plus(Duration.ofHours(47)), dueSoon)).contains(Urgency.DUE);
            assertThat(c.urgency(RETURNED.plus(Duration.ofHours(48)), dueSoon)).contains(Urgency.DUE_SOON);
            assertThat(c.urgency(RETURNED.plus(Duration.ofHours(72)), dueSoon)).contains(Urgency.DUE_SOON);
            assertThat(c.urgency(RETURNED.plus(Duration.ofHours(72)).plusMillis(1), dueSoon)).contains(Urgency.OVERDUE);
        }

        @Test
        void an_offer_or_its_acceptance_does_not_stop_the_clock_an_interview_decline_or_decision_does() {
            Duration dueSoon = Duration.ofHours(24);

            assertThat(offered(Duration.ofHours(5)).urgency(NOW, dueSoon)).contains(Urgency.OVERDUE);
            assertThat(answered(Answer.Outcome.ACCEPTED).urgency(NOW, dueSoon)).contains(Urgency.OVERDUE);
            assertThat(completed().urgency(NOW, dueSoon)).isEmpty();
            assertThat(answered(Answer.Outcome.DECLINED).urgency(NOW, dueSoon)).isEmpty();
            assertThat(opened(Context.MISSING_FROM_HOME).decideNotToOffer(
                    new DecideNotToOffer("Child in hospital", SAM, RETURNED.plusSeconds(60)), NOW, eventIds)
                    .interviewCase().urgency(NOW, dueSoon)).isEmpty();
        }
    }

    @Nested
    class Figures {

        @Test
        void the_timeliness_table_counts_each_outcome_by_month_of_return_and_context_and_shows_the_gap() {
            InterviewCase inTime = offered(Duration.ofHours(5));
            InterviewCase late = offered(Duration.ofHours(80));
            InterviewCase gap = opened(Context.MISSING_FROM_HOME);
            InterviewCase decided = opened(Context.MISSING_FROM_CARE).decideNotToOffer(
                    new DecideNotToOffer("Child in hospital", SAM, RETURNED.plusSeconds(60)), NOW, eventIds).interviewCase();

            InterviewCase completedLate = completedAt(RETURNED.plus(Duration.ofHours(72)).plusSeconds(1));
            InterviewCase declinedByParent = offered(Duration.ofHours(5)).recordAnswer(new RecordAnswer(
                    Answer.Outcome.DECLINED, RETURNED.plus(Duration.ofHours(6)), Answer.Respondent.PARENT_OR_CARER),
                    NOW, eventIds).interviewCase();

            List<Timeliness.Row> rows = Timeliness.of(List.of(inTime, late, gap, completed(), completedLate,
                    answered(Answer.Outcome.DECLINED), declinedByParent, decided), LONDON);

            // home: 7 returns; first offers 5 in time (inTime, completed, completedLate, both declines), 1 late;
            // outcomes: 1 completed in time, 1 late, 1 declined by the child, 1 by a parent, and 3 with nothing
            // recorded (offered in time, offered late, never offered) of which 1 was never offered
            assertThat(rows).containsExactly(
                    new Timeliness.Row(YearMonth.of(2026, 11), Context.MISSING_FROM_HOME, 7, 5, 1, 1, 1, 1, 1, 0, 3, 1, 14.3),
                    new Timeliness.Row(YearMonth.of(2026, 11), Context.MISSING_FROM_CARE, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0));
        }

        @Test
        void themes_count_factors_places_and_indicators_of_completed_interviews_only() {
            List<Themes.Row> rows = Themes.of(List.of(completed(), completed(), offered(Duration.ofHours(1))));

            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.interviews()).isEqualTo(2);
                assertThat(row.pullFactors()).containsEntry("ADULT_ASSOCIATE", 2L).containsEntry("PARTY", 2L);
                assertThat(row.places()).containsOnlyKeys("Flat above the takeaway (PE1 4LZ)");
                assertThat(row.exploitationIndicators()).containsEntry("SUBSTANCE_MISUSE", 2L);
            });
        }
    }
}
