package uk.lantern.missingepisode.episode.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.lantern.missingepisode.episode.domain.EpisodeCommand.CloseEpisode;
import uk.lantern.missingepisode.episode.domain.EpisodeCommand.RecordReturn;
import uk.lantern.missingepisode.episode.domain.EpisodeCommand.RegradeRisk;
import uk.lantern.missingepisode.episode.domain.EpisodeCommand.ReportEpisode;
import uk.lantern.missingepisode.episode.domain.EpisodeEvent.ChildReturned;
import uk.lantern.missingepisode.episode.domain.EpisodeEvent.EpisodeClosed;
import uk.lantern.missingepisode.episode.domain.EpisodeEvent.EpisodeReported;
import uk.lantern.missingepisode.episode.domain.EpisodeEvent.NeedToKnowRaised;
import uk.lantern.missingepisode.episode.domain.EpisodeEvent.RiskRegraded;

/** Given an episode, when a command arrives, expect these events (or this refusal). */
class EpisodeTest {

    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    static final Instant LAST_SEEN = NOW.minus(Duration.ofHours(6));
    static final Child AMELIA = new Child("LA-000123", "9434765919", null, null, "Amelia", "Jones",
            LocalDate.of(2010, 4, 1), Child.Sex.FEMALE, "PE1 2AB", Ethnicity.WBRI);
    static final AllocatedWorker CIC2 = new AllocatedWorker("Jo Bright", "Children in Care 2");
    static final Professional PC = new Professional("PC Sarah Patel", "Police officer", "Cambridgeshire Constabulary");
    static final EpisodeContext CHILDRENS_HOME = EpisodeContext.fromCare(
            new EpisodeContext.Placement(EpisodeContext.PlacementType.CHILDRENS_HOME, "Peterborough", false));

    private final AtomicInteger ids = new AtomicInteger();
    private final EventIds eventIds = () -> new UUID(0, ids.incrementAndGet());

    static ReportEpisode fromHome(RiskGrade grade, boolean plan) {
        return new ReportEpisode(AMELIA, EpisodeContext.fromHome(), Category.MISSING,
                new LastSeen(LAST_SEEN, "Queensgate"), NOW.minus(Duration.ofHours(5)), PC, "CC-1", grade, plan, false, null);
    }

    static ReportEpisode fromCare(Category category) {
        return new ReportEpisode(AMELIA, CHILDRENS_HOME, category, new LastSeen(LAST_SEEN, "Queensgate"),
                NOW.minus(Duration.ofHours(5)), PC, "CC-2", RiskGrade.MEDIUM, false, true, CIC2);
    }

    private Episode reported(ReportEpisode command) {
        return Episode.report(new EpisodeId("ep-1"), command, NOW, eventIds).episode();
    }

    @Nested
    class Reporting {

        @Test
        void a_child_missing_from_home_at_medium_risk_with_no_plan_is_reported_without_need_to_know() {
            Episode.Change change = Episode.report(new EpisodeId("ep-1"), fromHome(RiskGrade.MEDIUM, false), NOW, eventIds);

            assertThat(change.events()).hasSize(1).first().isInstanceOf(EpisodeReported.class);
            assertThat(change.episode().status()).isEqualTo(EpisodeStatus.MISSING);
            assertThat(change.episode().needToKnowRaised()).isFalse();
        }

        @Test
        void a_looked_after_child_missing_from_care_raises_need_to_know_at_once() {
            Episode.Change change = Episode.report(new EpisodeId("ep-1"), fromCare(Category.MISSING), NOW, eventIds);

            assertThat(change.events()).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("EpisodeReported", "NeedToKnowRaised");
            assertThat(((NeedToKnowRaised) change.events().get(1)).reasons()).containsExactly(NeedToKnow.Reason.LOOKED_AFTER);
        }

        @Test
        void a_child_on_a_child_protection_plan_raises_need_to_know() {
            Episode.Change change = Episode.report(new EpisodeId("ep-1"), fromHome(RiskGrade.LOW, true), NOW, eventIds);

            assertThat(change.events()).last().isInstanceOfSatisfying(NeedToKnowRaised.class,
                    n -> assertThat(n.reasons()).containsExactly(NeedToKnow.Reason.CHILD_PROTECTION_PLAN));
        }

        @Test
        void a_child_graded_high_risk_raises_need_to_know() {
            Episode.Change change = Episode.report(new EpisodeId("ep-1"), fromHome(RiskGrade.HIGH, false), NOW, eventIds);

            assertThat(change.events()).last().isInstanceOfSatisfying(NeedToKnowRaised.class,
                    n -> assertThat(n.reasons()).containsExactly(NeedToKnow.Reason.HIGH_RISK));
        }

        @Test
        void each_event_gets_its_own_id() {
            Episode.Change change = Episode.report(new EpisodeId("ep-1"), fromCare(Category.MISSING), NOW, eventIds);

            assertThat(change.events()).extracting(EpisodeEvent::eventId).doesNotHaveDuplicates();
        }

        @Test
        void the_raw_category_is_kept_as_reported() {
            assertThat(reported(fromCare(Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION)).category())
                    .isEqualTo(Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION);
        }

        @Test
        void away_from_placement_is_refused_for_a_child_missing_from_home() {
            ReportEpisode home = fromHome(RiskGrade.LOW, false);
            ReportEpisode away = new ReportEpisode(home.child(), home.context(),
                    Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION, home.lastSeen(), home.reportedAt(),
                    home.reportedBy(), home.policeReference(), home.riskGrade(), false, false, null);

            assertThatThrownBy(() -> reported(away)).isInstanceOfSatisfying(EpisodeRuleViolation.class,
                    v -> assertThat(v.field()).isEqualTo("category"));
        }

        @Test
        void a_child_missing_from_care_who_is_said_not_to_be_looked_after_is_refused() {
            ReportEpisode care = fromCare(Category.MISSING);
            ReportEpisode contradictory = new ReportEpisode(care.child(), care.context(), care.category(),
                    care.lastSeen(), care.reportedAt(), care.reportedBy(), null, care.riskGrade(), false, false, null);

            assertThatThrownBy(() -> reported(contradictory)).isInstanceOfSatisfying(EpisodeRuleViolation.class,
                    v -> assertThat(v.field()).isEqualTo("lookedAfter"));
        }

        @Test
        void missing_from_care_needs_its_placement_and_missing_from_home_has_none() {
            assertThatThrownBy(() -> new EpisodeContext(EpisodeContext.Type.MISSING_FROM_CARE, null))
                    .isInstanceOfSatisfying(EpisodeRuleViolation.class,
                            v -> assertThat(v.field()).isEqualTo("context.placementType"));
            assertThatThrownBy(() -> new EpisodeContext(EpisodeContext.Type.MISSING_FROM_HOME,
                    CHILDRENS_HOME.placement())).isInstanceOf(EpisodeRuleViolation.class);
        }

        @Test
        void a_report_before_the_child_was_last_seen_or_in_the_future_is_refused() {
            ReportEpisode home = fromHome(RiskGrade.LOW, false);
            ReportEpisode early = new ReportEpisode(home.child(), home.context(), home.category(), home.lastSeen(),
                    LAST_SEEN.minusSeconds(60), PC, null, RiskGrade.LOW, false, false, null);
            ReportEpisode future = new ReportEpisode(home.child(), home.context(), home.category(),
                    new LastSeen(NOW.plus(Duration.ofHours(1)), null), null, PC, null, RiskGrade.LOW, false, false, null);

            assertThatThrownBy(() -> reported(early)).isInstanceOfSatisfying(EpisodeRuleViolation.class,
                    v -> assertThat(v.field()).isEqualTo("reportedAt"));
            assertThatThrownBy(() -> reported(future)).isInstanceOfSatisfying(EpisodeRuleViolation.class,
                    v -> assertThat(v.field()).isEqualTo("lastSeen.at"));
        }

        @Test
        void a_child_with_no_identifier_and_no_name_cannot_be_reported() {
            assertThatThrownBy(() -> new Child(null, null, null, null, "Amelia", null, null, null, null, null))
                    .isInstanceOfSatisfying(EpisodeRuleViolation.class, v -> assertThat(v.field()).isEqualTo("subject"));
        }

        @Test
        void the_childs_ethnicity_and_allocated_worker_are_kept_as_reported_and_stay_through_return_and_closure() {
            Episode.Change reported = Episode.report(new EpisodeId("ep-1"), fromCare(Category.MISSING), NOW, eventIds);
            Episode returned = reported.episode().recordReturn(new EpisodeCommand.RecordReturn(NOW, null, List.of(),
                    Return.How.RETURNED_OF_OWN_ACCORD, PC), NOW, eventIds).episode();

            assertThat(reported.events().get(0)).isInstanceOfSatisfying(EpisodeReported.class, e -> {
                assertThat(e.episode().child().ethnicity()).isEqualTo(Ethnicity.WBRI);
                assertThat(e.episode().allocatedWorker()).isEqualTo(CIC2);
            });
            assertThat(returned.allocatedWorker()).isEqualTo(CIC2);
            assertThat(reported(fromHome(RiskGrade.LOW, false)).allocatedWorker()).isNull();
        }

        @Test
        void an_allocated_worker_without_a_team_is_refused_naming_the_team() {
            assertThatThrownBy(() -> new AllocatedWorker("Jo Bright", " "))
                    .isInstanceOfSatisfying(EpisodeRuleViolation.class,
                            v -> assertThat(v.field()).isEqualTo("allocatedWorker.team"));
            assertThat(new AllocatedWorker(null, "Child Protection East").name()).isNull();
        }

        @Test
        void an_nhs_number_with_a_wrong_check_digit_is_refused() {
            assertThatThrownBy(() -> new Child(null, "9434765918", null, null, null, null, null, null, null, null))
                    .isInstanceOfSatisfying(EpisodeRuleViolation.class,
                            v -> assertThat(v.field()).isEqualTo("subject.nhsNumber"));
            assertThat(new Child(null, "9434765919", null, null, null, null, null, null, null, null).nhsNumber())
                    .isEqualTo("9434765919");
        }
    }

    @Nested
    class Regrading {

        private RegradeRisk to(RiskGrade grade) {
            return new RegradeRisk(grade, NOW.minus(Duration.ofHours(1)), PC, "Seen with an older male");
        }

        @Test
        void a_regrade_is_kept_in_the_history_with_who_when_and_why() {
            Episode.Change change = reported(fromHome(RiskGrade.LOW, false)).regradeRisk(to(RiskGrade.MEDIUM), NOW, eventIds);

            assertThat(change.events()).singleElement().isInstanceOf(RiskRegraded.class);
            assertThat(change.episode().riskGrade()).isEqualTo(RiskGrade.MEDIUM);
            assertThat(change.episode().riskHistory()).singleElement().satisfies(r -> {
                assertThat(r.from()).isEqualTo(RiskGrade.LOW);
                assertThat(r.by()).isEqualTo(PC);
                assertThat(r.reason()).isEqualTo("Seen with an older male");
            });
        }

        @Test
        void a_regrade_to_high_raises_need_to_know_once_per_episode() {
            Episode episode = reported(fromHome(RiskGrade.LOW, false));

            Episode.Change toHigh = episode.regradeRisk(to(RiskGrade.HIGH), NOW, eventIds);
            Episode.Change down = toHigh.episode().regradeRisk(to(RiskGrade.MEDIUM), NOW, eventIds);
            Episode.Change upAgain = down.episode().regradeRisk(to(RiskGrade.HIGH), NOW, eventIds);

            assertThat(toHigh.events()).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("RiskRegraded", "NeedToKnowRaised");
            assertThat(upAgain.events()).singleElement().isInstanceOf(RiskRegraded.class);
        }

        @Test
        void a_looked_after_child_away_from_placement_with_whereabouts_known_raises_no_need_to_know_even_graded_high() {
            Episode.Change away = Episode.report(new EpisodeId("ep-1"),
                    fromCare(Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION), NOW, eventIds);
            Episode.Change regraded = away.episode().regradeRisk(to(RiskGrade.HIGH), NOW, eventIds);

            assertThat(away.events()).singleElement().isInstanceOf(EpisodeReported.class);
            assertThat(away.episode().needToKnowRaised()).isFalse();
            assertThat(regraded.events()).singleElement().isInstanceOf(RiskRegraded.class);
        }

        @Test
        void a_regrade_to_high_of_a_child_already_notified_raises_nothing_more() {
            Episode.Change change = reported(fromCare(Category.MISSING)).regradeRisk(to(RiskGrade.HIGH), NOW, eventIds);

            assertThat(change.events()).singleElement().isInstanceOf(RiskRegraded.class);
        }

        @Test
        void a_regrade_after_the_return_is_refused() {
            Episode returned = reported(fromHome(RiskGrade.LOW, false)).recordReturn(returnAt(NOW), NOW, eventIds).episode();

            assertThatThrownBy(() -> returned.regradeRisk(to(RiskGrade.HIGH), NOW, eventIds))
                    .isInstanceOf(EpisodeStateConflict.class);
        }

        @Test
        void a_regrade_to_the_same_grade_is_refused() {
            assertThatThrownBy(() -> reported(fromHome(RiskGrade.LOW, false)).regradeRisk(to(RiskGrade.LOW), NOW, eventIds))
                    .isInstanceOfSatisfying(EpisodeRuleViolation.class, v -> assertThat(v.field()).isEqualTo("riskGrade"));
        }
    }

    static RecordReturn returnAt(Instant at) {
        return new RecordReturn(at, new Return.FoundLocation("Central Park", "PE1 4LZ", null, null),
                List.of(new Return.Associate("Dean", "07700 900123", "AB12 CDE", null, true)), Return.How.FOUND_BY_POLICE, PC);
    }

    @Nested
    class ReturningAndClosing {

        @Test
        void the_return_records_where_with_whom_and_how_and_carries_the_context() {
            Episode.Change change = reported(fromCare(Category.MISSING)).recordReturn(returnAt(NOW), NOW, eventIds);

            assertThat(change.episode().status()).isEqualTo(EpisodeStatus.RETURNED);
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(ChildReturned.class, r -> {
                assertThat(r.details().associates()).extracting(Return.Associate::name).containsExactly("Dean");
                assertThat(r.context()).isEqualTo(CHILDRENS_HOME);
            });
        }

        @Test
        void a_return_before_the_child_was_last_seen_is_refused() {
            assertThatThrownBy(() -> reported(fromHome(RiskGrade.LOW, false))
                    .recordReturn(returnAt(LAST_SEEN.minusSeconds(1)), NOW, eventIds))
                    .isInstanceOfSatisfying(EpisodeRuleViolation.class, v -> assertThat(v.field()).isEqualTo("returnedAt"));
        }

        @Test
        void a_second_return_is_refused() {
            Episode returned = reported(fromHome(RiskGrade.LOW, false)).recordReturn(returnAt(NOW), NOW, eventIds).episode();

            assertThatThrownBy(() -> returned.recordReturn(returnAt(NOW), NOW, eventIds))
                    .isInstanceOf(EpisodeStateConflict.class);
        }

        @Test
        void an_episode_whose_child_is_still_missing_cannot_be_closed() {
            assertThatThrownBy(() -> reported(fromHome(RiskGrade.LOW, false)).close(new CloseEpisode(NOW, PC), NOW, eventIds))
                    .isInstanceOf(EpisodeStateConflict.class)
                    .hasMessageContaining("still missing");
        }

        @Test
        void a_returned_episode_closes_once() {
            Episode returned = reported(fromHome(RiskGrade.LOW, false))
                    .recordReturn(returnAt(NOW.minusSeconds(60)), NOW, eventIds).episode();

            Episode.Change closed = returned.close(new CloseEpisode(NOW, PC), NOW, eventIds);

            assertThat(closed.events()).singleElement().isInstanceOf(EpisodeClosed.class);
            assertThat(closed.episode().status()).isEqualTo(EpisodeStatus.CLOSED);
            assertThatThrownBy(() -> closed.episode().close(new CloseEpisode(NOW, PC), NOW, eventIds))
                    .isInstanceOf(EpisodeStateConflict.class);
        }

        @Test
        void closing_before_the_return_time_is_refused() {
            Episode returned = reported(fromHome(RiskGrade.LOW, false)).recordReturn(returnAt(NOW), NOW, eventIds).episode();

            assertThatThrownBy(() -> returned.close(new CloseEpisode(NOW.minusSeconds(60), PC), NOW, eventIds))
                    .isInstanceOfSatisfying(EpisodeRuleViolation.class, v -> assertThat(v.field()).isEqualTo("closedAt"));
        }
    }
}
