package uk.lantern.reporting.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.reporting.support.Entries.*;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.reporting.ledger.domain.ChildDetails;
import uk.lantern.reporting.ledger.domain.LedgerEntry;

/** Each figure: the case that counts, the case that must not, and the edges of months, years, clocks and 72 hours. */
class FiguresTest {

    static final ReportingRules RULES = ReportingRules.defaults();
    static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");
    static final ChildDetails AMELIA = child("1001");
    static final ChildDetails BEN = child("1002");

    static Figure figure(String name, YearMonth month, List<LedgerEntry> ledger, Instant asAt) {
        return Figures.compute(Figures.named(name).orElseThrow(), ReadModel.asAt(ledger, asAt), Period.month(month), RULES);
    }

    static Figure figure(String name, YearMonth month, List<LedgerEntry> ledger) {
        return figure(name, month, ledger, NOW);
    }

    static long measure(Figure f, String measure) {
        return f.measures().getOrDefault(measure, 0L);
    }

    @Test
    void an_episode_counts_in_the_month_it_started_in_england_not_the_month_it_ended() {
        // 31 October 23:30 GMT is still October in England; the child came back on 2 November
        List<LedgerEntry> ledger = List.of(
                reported("ep-1", AMELIA, "2026-10-31T23:30:00Z", false, false),
                returned("ep-1", AMELIA, "2026-11-02T10:00:00Z"));
        assertThat(measure(figure("missing-episodes", YearMonth.of(2026, 10), ledger), "episodes")).isEqualTo(1);
        assertThat(measure(figure("missing-episodes", YearMonth.of(2026, 11), ledger), "episodes")).isZero();
        // and it ended in November: its duration is banded there
        Figure bands = figure("duration-bands", YearMonth.of(2026, 11), ledger);
        assertThat(measure(bands, "returned")).isEqualTo(1);
        assertThat(measure(bands, "over24To48Hours")).isEqualTo(1); // 34 hours 30
    }

    @Test
    void after_the_clocks_go_forward_midnight_in_england_is_an_hour_before_midnight_utc() {
        // 31 March 2026 23:30 UTC is 1 April 00:30 BST: April's
        List<LedgerEntry> ledger = List.of(reported("ep-1", AMELIA, "2026-03-31T23:30:00Z", false, false),
                reported("ep-2", BEN, "2026-03-31T22:30:00Z", false, false));
        assertThat(figure("missing-episodes", YearMonth.of(2026, 4), ledger).records()).isEqualTo(1);
        assertThat(figure("missing-episodes", YearMonth.of(2026, 3), ledger).records()).isEqualTo(1);
    }

    @Test
    void episodes_are_told_apart_home_and_care_missing_and_away_and_by_team() {
        List<LedgerEntry> ledger = List.of(
                reported("ep-1", AMELIA, "2026-11-03T20:00:00Z", true, true),
                reported("ep-2", AMELIA, "2026-11-10T20:00:00Z", true, false),
                reportedWithTeam("ep-3", BEN, "2026-11-12T20:00:00Z", "Family Support East"));
        Figure f = figure("missing-episodes", YearMonth.of(2026, 11), ledger);
        assertThat(measure(f, "episodes")).isEqualTo(3);
        assertThat(f.breakdown().get("context")).containsEntry("care", java.util.Map.of("episodes", 2L))
                .containsEntry("home", java.util.Map.of("episodes", 1L));
        assertThat(f.breakdown().get("category")).containsEntry("away", java.util.Map.of("episodes", 1L))
                .containsEntry("missing", java.util.Map.of("episodes", 2L));
        assertThat(f.breakdown().get("team")).containsEntry("Family Support East", java.util.Map.of("episodes", 1L))
                .containsEntry(Figures.NO_TEAM, java.util.Map.of("episodes", 2L));
    }

    @Test
    void a_child_missing_twice_is_a_repeat_and_a_child_missing_once_is_not() {
        List<LedgerEntry> ledger = List.of(
                reported("ep-1", AMELIA, "2026-11-03T20:00:00Z", false, false),
                reported("ep-2", AMELIA, "2026-11-20T20:00:00Z", false, false),
                reported("ep-3", BEN, "2026-11-12T20:00:00Z", false, false));
        Figure f = figure("missing-children", YearMonth.of(2026, 11), ledger);
        assertThat(measure(f, "children")).isEqualTo(2);
        assertThat(measure(f, "repeatChildren")).isEqualTo(1);
        assertThat(f.rates().get("repeatRate")).isEqualByComparingTo("50.0");
    }

    @Test
    void two_records_the_correlation_service_merged_are_one_child_from_the_merge_on() {
        LedgerEntry first = reported("ep-1", child("1001"), "2026-11-03T20:00:00Z", false, false);
        LedgerEntry second = reported("ep-2", new ChildDetails(null, "FEMALE", null, null, "police:P9"),
                "2026-11-20T20:00:00Z", false, false);
        List<LedgerEntry> ledger = List.of(first, second,
                resolved("rec-1", first.eventId(), "child-A", at("2026-11-03T20:00:01Z")),
                resolved("rec-2", second.eventId(), "child-B", at("2026-11-20T20:00:01Z")),
                resolved("rec-3", UUID(), "child-A", at("2026-11-25T09:00:00Z"), "child-B"));
        assertThat(measure(figure("missing-children", YearMonth.of(2026, 11), ledger, at("2026-11-24T00:00:00Z")),
                "children")).isEqualTo(2);
        Figure merged = figure("missing-children", YearMonth.of(2026, 11), ledger, at("2026-11-26T00:00:00Z"));
        assertThat(measure(merged, "children")).isEqualTo(1);
        assertThat(measure(merged, "repeatChildren")).isEqualTo(1);
        Figures.Explanation why = Figures.explain(Figures.named("missing-children").orElseThrow(),
                ReadModel.asAt(ledger, at("2026-11-26T00:00:00Z")), ReadModel.asAt(ledger, at("2026-11-24T00:00:00Z")),
                Period.month(YearMonth.of(2026, 11)), RULES);
        assertThat(why.difference()).containsEntry("children", -1L).containsEntry("repeatChildren", 1L);
        assertThat(why.changes()).extracting(Figures.Change::eventType, Figures.Change::recordId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RecordResolved", "rec-3"));
    }

    static String UUID() {
        return java.util.UUID.randomUUID().toString();
    }

    @Test
    void an_interview_done_72_hours_after_the_return_is_on_time_and_a_second_later_is_not() {
        String back = "2026-11-02T10:00:00Z";
        String deadline = "2026-11-05T10:00:00Z";
        List<LedgerEntry> ledger = List.of(
                reported("ep-1", AMELIA, "2026-11-01T10:00:00Z", false, false), returned("ep-1", AMELIA, back),
                caseOpened("ep-1", back, deadline), offered("ep-1", "2026-11-02T12:00:00Z"),
                completed("ep-1", "2026-11-05T10:00:00Z", null),
                reported("ep-2", BEN, "2026-11-01T10:00:00Z", false, false), returned("ep-2", BEN, back),
                caseOpened("ep-2", back, deadline), offered("ep-2", "2026-11-02T12:00:00Z"),
                completed("ep-2", "2026-11-05T10:00:01Z", null));
        Figure f = figure("return-interviews", YearMonth.of(2026, 11), ledger);
        assertThat(measure(f, "returns")).isEqualTo(2);
        assertThat(measure(f, "offered")).isEqualTo(2);
        assertThat(measure(f, "completed")).isEqualTo(2);
        assertThat(measure(f, "completedWithin72Hours")).isEqualTo(1);
        assertThat(f.rates().get("completedWithin72HoursRate")).isEqualByComparingTo("50.0");
    }

    @Test
    void the_providers_judgement_of_the_deadline_is_taken_when_the_event_gives_it() {
        String back = "2026-11-02T10:00:00Z";
        List<LedgerEntry> ledger = List.of(returned("ep-1", AMELIA, back), caseOpened("ep-1", back, "2026-11-05T10:00:00Z"),
                completed("ep-1", "2026-11-09T10:00:00Z", true));
        assertThat(measure(figure("return-interviews", YearMonth.of(2026, 11), ledger), "completedWithin72Hours")).isEqualTo(1);
    }

    @Test
    void a_v1_interview_with_only_a_date_is_on_time_if_done_on_the_deadlines_day() {
        String back = "2026-11-02T10:00:00Z";
        List<LedgerEntry> ledger = List.of(returned("ep-1", AMELIA, back), caseOpened("ep-1", back, "2026-11-05T10:00:00Z"),
                completedOn("ep-1", "2026-11-05", "2026-11-05T18:00:00Z"),
                returned("ep-2", BEN, back), caseOpened("ep-2", back, "2026-11-05T10:00:00Z"),
                completedOn("ep-2", "2026-11-06", "2026-11-06T18:00:00Z"));
        assertThat(measure(figure("return-interviews", YearMonth.of(2026, 11), ledger), "completedWithin72Hours")).isEqualTo(1);
    }

    @Test
    void a_return_with_no_offer_decline_interview_or_decision_is_the_gap_and_a_decision_is_not() {
        String back = "2026-11-02T10:00:00Z";
        List<LedgerEntry> ledger = List.of(
                returned("ep-1", AMELIA, back), caseOpened("ep-1", back, "2026-11-05T10:00:00Z"),
                returned("ep-2", BEN, back), caseOpened("ep-2", back, "2026-11-05T10:00:00Z"),
                notOffered("ep-2", "2026-11-03T10:00:00Z"),
                returned("ep-3", child("1003"), back), caseOpened("ep-3", back, "2026-11-05T10:00:00Z"),
                declined("ep-3", "2026-11-03T10:00:00Z"),
                returned("ep-4", child("1004"), back));
        Figure f = figure("return-interviews", YearMonth.of(2026, 11), ledger);
        assertThat(measure(f, "returns")).isEqualTo(4);
        assertThat(measure(f, "nothingRecorded")).isEqualTo(2);
        assertThat(measure(f, "notOfferedByDecision")).isEqualTo(1);
        assertThat(measure(f, "declined")).isEqualTo(1);
        assertThat(measure(f, "offered")).isEqualTo(1);
    }

    @Test
    void an_erased_episode_counts_as_at_before_its_erasure_and_not_after() {
        List<LedgerEntry> ledger = List.of(reported("ep-1", AMELIA, "2026-11-03T20:00:00Z", false, false),
                erased("ep-1", "2026-12-10T09:00:00Z"));
        assertThat(figure("missing-episodes", YearMonth.of(2026, 11), ledger, at("2026-12-01T00:00:00Z")).records()).isEqualTo(1);
        assertThat(figure("missing-episodes", YearMonth.of(2026, 11), ledger, at("2026-12-11T00:00:00Z")).records()).isZero();
    }

    @Test
    void a_late_record_changes_todays_answer_not_last_months_and_the_comparison_names_it() {
        LedgerEntry late = knownAt(reported("ep-2", BEN, "2026-11-12T20:00:00Z", false, false), "2026-12-15T09:00:00Z");
        List<LedgerEntry> ledger = new ArrayList<>(List.of(reported("ep-1", AMELIA, "2026-11-03T20:00:00Z", false, false), late));
        Instant published = at("2026-12-01T09:00:00Z");
        Instant today = at("2026-12-20T09:00:00Z");
        assertThat(figure("missing-episodes", YearMonth.of(2026, 11), ledger, published).records()).isEqualTo(1);
        assertThat(figure("missing-episodes", YearMonth.of(2026, 11), ledger, today).records()).isEqualTo(2);
        Figures.Explanation why = Figures.explain(Figures.named("missing-episodes").orElseThrow(),
                ReadModel.asAt(ledger, today), ReadModel.asAt(ledger, published), Period.month(YearMonth.of(2026, 11)), RULES);
        assertThat(why.difference()).containsEntry("episodes", 1L);
        assertThat(why.changes()).extracting(Figures.Change::eventId).containsExactly(late.eventId());
        assertThat(why.changes()).extracting(Figures.Change::recordId).containsExactly("ep-2");
    }

    @Test
    void the_same_entries_in_any_order_make_the_same_figure() {
        List<LedgerEntry> ledger = new ArrayList<>(List.of(
                reported("ep-1", AMELIA, "2026-11-03T20:00:00Z", true, false), returned("ep-1", AMELIA, "2026-11-04T10:00:00Z"),
                caseOpened("ep-1", "2026-11-04T10:00:00Z", "2026-11-07T10:00:00Z"),
                completed("ep-1", "2026-11-05T10:00:00Z", null),
                reported("ep-2", BEN, "2026-11-12T20:00:00Z", false, true)));
        Figure once = figure("return-interviews", YearMonth.of(2026, 11), ledger);
        java.util.Collections.reverse(ledger);
        assertThat(figure("return-interviews", YearMonth.of(2026, 11), ledger)).isEqualTo(once);
    }

    /** A reviewer's unlink (ReviewDecided), or a split when an erased record left its child (RecordForgotten). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ReviewDecided", "RecordForgotten"})
    void a_record_moved_to_another_child_counts_for_that_child_from_the_move_on(String moveType) {
        LedgerEntry first = reported("ep-1", child("1001"), "2026-11-03T20:00:00Z", false, false);
        LedgerEntry second = reported("ep-2", child("1001"), "2026-11-20T20:00:00Z", false, false);
        List<LedgerEntry> ledger = List.of(first, second,
                resolved("rec-1", first.eventId(), "child-A", at("2026-11-03T20:00:01Z")),
                resolved("rec-2", second.eventId(), "child-A", at("2026-11-20T20:00:01Z")),
                entry(LedgerEntry.Source.IDENTITY, moveType, "decision-1", at("2026-11-25T09:00:00Z"), null,
                        uk.lantern.reporting.ledger.domain.Facts.MOVES, "rec-2>child-A>child-C"));
        assertThat(measure(figure("missing-children", YearMonth.of(2026, 11), ledger, at("2026-11-24T00:00:00Z")),
                "repeatChildren")).isEqualTo(1);
        Figure apart = figure("missing-children", YearMonth.of(2026, 11), ledger, at("2026-11-26T00:00:00Z"));
        assertThat(measure(apart, "children")).isEqualTo(2);
        assertThat(measure(apart, "repeatChildren")).isZero();
        assertThat(Figures.explain(Figures.named("missing-children").orElseThrow(),
                ReadModel.asAt(ledger, at("2026-11-26T00:00:00Z")), ReadModel.asAt(ledger, at("2026-11-24T00:00:00Z")),
                Period.month(YearMonth.of(2026, 11)), RULES).changes())
                .extracting(Figures.Change::eventType).containsExactly(moveType);
    }

    @Test
    void the_cme_register_counts_who_was_on_it_at_the_end_who_joined_and_who_left_by_outcome() {
        List<LedgerEntry> ledger = List.of(
                entry(LedgerEntry.Source.CME_REGISTER, "ChildAddedToRegister", "cme-1", at("2026-10-15T09:00:00Z"),
                        AMELIA, "date", "2026-10-15"),
                entry(LedgerEntry.Source.CME_REGISTER, "ChildRemovedFromRegister", "cme-1", at("2026-11-20T09:00:00Z"),
                        AMELIA, "removedOn", "2026-11-20", "outcome", "ON_ROLL_ELSEWHERE", "onRegisterSince", "2026-10-15"),
                entry(LedgerEntry.Source.CME_REGISTER, "ChildAddedToRegister", "cme-2", at("2026-11-30T09:00:00Z"),
                        BEN, "date", "2026-11-30"),
                entry(LedgerEntry.Source.CME_REGISTER, "ChildAddedToRegister", "cme-3", at("2026-12-01T09:00:00Z"),
                        BEN, "date", "2026-12-01"));
        Figure f = figure("cme-register", YearMonth.of(2026, 11), ledger);
        assertThat(measure(f, "onRegisterAtEnd")).isEqualTo(1);   // cme-2; cme-3 joined in December
        assertThat(measure(f, "joined")).isEqualTo(1);
        assertThat(measure(f, "removed")).isEqualTo(1);
        assertThat(f.breakdown().get("outcome")).containsKey("ON_ROLL_ELSEWHERE");
        assertThat(f.rates().get("medianDaysOnRegister")).isEqualByComparingTo("36.0");
    }

    @Test
    void exploitation_counts_children_by_category_overdue_reviews_and_concerns_still_awaiting_an_assessment() {
        LedgerEntry concernAssessed = entry(LedgerEntry.Source.EXPLOITATION_RISK, "ConcernRaised", "concern-1",
                at("2026-08-01T09:00:00Z"), AMELIA, "observedAt", "2026-08-01T09:00:00Z");
        LedgerEntry assessment = entry(LedgerEntry.Source.EXPLOITATION_RISK, "AssessmentCompleted", "as-1",
                at("2026-08-10T09:00:00Z"), AMELIA, "completedAt", "2026-08-10T09:00:00Z", "riskCategory", "MODERATE",
                "nextReviewDue", "2026-11-10");
        LedgerEntry concernWaiting = entry(LedgerEntry.Source.EXPLOITATION_RISK, "ConcernRaised", "concern-2",
                at("2026-11-05T09:00:00Z"), BEN, "observedAt", "2026-11-05T09:00:00Z");
        Figure f = figure("exploitation", YearMonth.of(2026, 11), List.of(concernAssessed, assessment, concernWaiting));
        assertThat(f.breakdown().get("category")).containsEntry("MODERATE", java.util.Map.of("childrenAssessed", 1L));
        assertThat(measure(f, "overdueForReview")).isEqualTo(1);
        assertThat(measure(f, "concernsAwaitingAssessment")).isEqualTo(1);
        assertThat(measure(f, "assessmentsCompleted")).isZero();   // completed in August
        Figure august = figure("exploitation", YearMonth.of(2026, 8), List.of(concernAssessed, assessment, concernWaiting));
        assertThat(measure(august, "assessmentsCompleted")).isEqualTo(1);
        assertThat(measure(august, "overdueForReview")).isZero();
        assertThat(measure(august, "concernsAwaitingAssessment")).isZero();
    }

    @Test
    void alerts_are_counted_by_code_when_raised_and_the_time_to_resolve_is_a_median_of_those_resolved() {
        List<LedgerEntry> ledger = List.of(
                entry(LedgerEntry.Source.ALERTS, "AlertRaised", "a-1", at("2026-11-02T10:00:00Z"), null,
                        "code", "RHI_OVERDUE", "childId", "child-A", "raisedAt", "2026-11-02T10:00:00Z"),
                entry(LedgerEntry.Source.ALERTS, "AlertCleared", "a-1", at("2026-11-03T16:00:00Z"), null,
                        "code", "RHI_OVERDUE", "childId", "child-A", "clearedAt", "2026-11-03T16:00:00Z"),
                entry(LedgerEntry.Source.ALERTS, "AlertRaised", "a-2", at("2026-11-05T10:00:00Z"), null,
                        "code", "NEED_TO_KNOW", "childId", "child-B", "raisedAt", "2026-11-05T10:00:00Z"),
                entry(LedgerEntry.Source.ALERTS, "AlertRaised", "a-3", at("2026-10-31T10:00:00Z"), null,
                        "code", "NEED_TO_KNOW", "childId", "child-B", "raisedAt", "2026-10-31T10:00:00Z"));
        Figure f = figure("alerts", YearMonth.of(2026, 11), ledger);
        assertThat(measure(f, "raised")).isEqualTo(2);
        assertThat(measure(f, "resolved")).isEqualTo(1);
        assertThat(f.breakdown().get("code")).containsOnlyKeys("NEED_TO_KNOW", "RHI_OVERDUE");
        assertThat(f.rates().get("medianHoursToResolve")).isEqualByComparingTo("30.0");
    }

    static LedgerEntry acknowledged(String alert, String code, String publishedAt, String acknowledgedAt) {
        return entry(LedgerEntry.Source.ALERT_WORK, "AlertAcknowledged", alert, at(acknowledgedAt), null,
                "code", code, "childId", "child-" + alert, "at", acknowledgedAt, "publishedAt", publishedAt);
    }

    static LedgerEntry raised(String alert, String code, String at) {
        return entry(LedgerEntry.Source.ALERTS, "AlertRaised", alert, at(at), null,
                "code", code, "childId", "child-" + alert, "raisedAt", at);
    }

    @Test
    void time_to_acknowledge_is_the_median_and_90th_percentile_by_code_of_the_alerts_acknowledged_in_the_period() {
        List<LedgerEntry> ledger = new java.util.ArrayList<>();
        // ten RHI_OVERDUE alerts acknowledged in November after 10, 20, ... 100 minutes
        for (int i = 1; i <= 10; i++) {
            String published = "2026-11-0" + (i % 9 + 1) + "T10:00:00Z";
            ledger.add(raised("r-" + i, "RHI_OVERDUE", published));
            ledger.add(acknowledged("r-" + i, "RHI_OVERDUE", published,
                    at(published).plus(java.time.Duration.ofMinutes(10L * i)).toString()));
        }
        // raised in October, acknowledged on 1 November (England): counts in November, not as raised
        ledger.add(raised("n-1", "NEED_TO_KNOW", "2026-10-31T23:00:00Z"));
        ledger.add(acknowledged("n-1", "NEED_TO_KNOW", "2026-10-31T23:00:00Z", "2026-11-01T00:30:00Z"));
        // raised in November, acknowledged in December: not acknowledged in November
        ledger.add(raised("n-2", "NEED_TO_KNOW", "2026-11-30T23:00:00Z"));
        ledger.add(acknowledged("n-2", "NEED_TO_KNOW", "2026-11-30T23:00:00Z", "2026-12-01T01:00:00Z"));
        // escalated twice in November and once in December, never acknowledged
        ledger.add(raised("e-1", "NEED_TO_KNOW", "2026-11-29T20:00:00Z"));
        for (String at : List.of("2026-11-29T21:00:00Z", "2026-11-29T22:00:00Z", "2026-12-01T00:00:00Z")) {
            ledger.add(entry(LedgerEntry.Source.ALERT_WORK, "AlertEscalated", "e-1", at(at), null,
                    "code", "NEED_TO_KNOW", "childId", "child-e-1", "at", at, "level", "1", "severity", "URGENT"));
        }

        Figure f = figure("alerts", YearMonth.of(2026, 11), ledger, at("2026-12-02T00:00:00Z"));

        assertThat(measure(f, "raised")).isEqualTo(12);
        assertThat(measure(f, "acknowledged")).isEqualTo(11);
        assertThat(measure(f, "escalations")).isEqualTo(2);
        assertThat(f.records()).isEqualTo(13);
        assertThat(f.rates().get("medianMinutesToAcknowledge:RHI_OVERDUE")).isEqualByComparingTo("55.0");
        assertThat(f.rates().get("p90MinutesToAcknowledge:RHI_OVERDUE")).isEqualByComparingTo("90.0");
        assertThat(f.rates().get("medianMinutesToAcknowledge:NEED_TO_KNOW")).isEqualByComparingTo("90.0");
        assertThat(f.rates().get("medianMinutesToAcknowledge")).isEqualByComparingTo("60.0");
        assertThat(f.rates().get("p90MinutesToAcknowledge")).isEqualByComparingTo("90.0");
        assertThat(f.breakdown().get("code").get("RHI_OVERDUE").get("acknowledged")).isEqualTo(10);

        Figure asAtMidNovember = figure("alerts", YearMonth.of(2026, 11), ledger, at("2026-11-05T00:00:00Z"));
        assertThat(measure(asAtMidNovember, "acknowledged")).as("as at: only what was known then").isEqualTo(6);
    }

    @Test
    void interview_themes_count_each_factor_once_per_interview_completed_in_the_month() {
        List<LedgerEntry> ledger = List.of(
                caseOpened("ep-1", "2026-11-02T10:00:00Z", "2026-11-05T10:00:00Z"),
                completed("ep-1", "2026-11-03T10:00:00Z", null),
                caseOpened("ep-2", "2026-10-30T10:00:00Z", "2026-11-02T10:00:00Z"),
                completed("ep-2", "2026-10-31T10:00:00Z", null));
        Figure f = figure("interview-themes", YearMonth.of(2026, 11), ledger);
        assertThat(measure(f, "interviews")).isEqualTo(1);
        assertThat(measure(f, "push:CONFLICT_AT_HOME")).isEqualTo(1);
        assertThat(measure(f, "pull:FRIENDS")).isEqualTo(1);
    }

    @Test
    void mace_counts_meetings_discussions_actions_overdue_drift_by_rule_and_outcomes_as_at_the_date() {
        var S = LedgerEntry.Source.MACE;
        List<LedgerEntry> ledger = List.of(
                entry(S, "MeetingOpened", "m-1", at("2026-11-02T10:00:00Z"), null, "at", "2026-11-02T10:00:00Z"),
                entry(S, "MeetingOpened", "m-0", at("2026-10-05T10:00:00Z"), null, "at", "2026-10-05T10:00:00Z"),
                entry(S, "ChildDiscussed", "m-1|child-A", at("2026-11-02T10:30:00Z"), null, "childId", "child-A",
                        "meetingId", "m-1", "at", "2026-11-02T10:30:00Z"),
                entry(S, "ActionAgreed", "act-1", at("2026-11-02T10:40:00Z"), null, "childId", "child-A",
                        "dueOn", "2026-11-10"),
                entry(S, "ActionAgreed", "act-2", at("2026-11-02T10:41:00Z"), null, "childId", "child-A",
                        "dueOn", "2026-11-20"),
                entry(S, "ActionAgreed", "act-3", at("2026-11-02T10:42:00Z"), null, "childId", "child-A",
                        "dueOn", "2026-12-20"),
                entry(S, "ActionAgreed", "act-4", at("2026-11-02T10:43:00Z"), null, "childId", "child-A",
                        "dueOn", "2026-11-05"),
                entry(S, "ActionDone", "act-2", at("2026-11-18T10:00:00Z"), null, "childId", "child-A",
                        "date", "2026-11-18"),
                entry(S, "ActionCancelled", "act-4", at("2026-11-04T10:00:00Z"), null, "childId", "child-A",
                        "date", "2026-11-04"),
                entry(S, "DriftFlagged", "m-1|child-A", at("2026-11-02T10:00:00Z"), null, "childId", "child-A",
                        "drift", "NO_CHANGE_IN_RISK"),
                entry(S, "OutcomeShared", "m-1|child-A", at("2026-11-02T12:00:00Z"), null, "childId", "child-A"),
                // act-1, overdue since the 10th, done on 3 December: overdue at the end of November all the same
                entry(S, "ActionDone", "act-1", at("2026-12-03T10:00:00Z"), null, "childId", "child-A",
                        "date", "2026-12-03"));

        Figure f = figure("mace", YearMonth.of(2026, 11), ledger);
        assertThat(measure(f, "meetingsHeld")).as("October's meeting is October's").isEqualTo(1);
        assertThat(measure(f, "childrenDiscussed")).isEqualTo(1);
        assertThat(measure(f, "actionsAgreed")).isEqualTo(4);
        assertThat(measure(f, "actionsDone")).as("act-2; act-1 was done in December").isEqualTo(1);
        assertThat(measure(f, "actionsCancelled")).isEqualTo(1);
        assertThat(measure(f, "actionsOverdue")).as("act-1 only: act-2 done, act-3 not due, act-4 cancelled")
                .isEqualTo(1);
        assertThat(measure(f, "drift:NO_CHANGE_IN_RISK")).isEqualTo(1);
        assertThat(f.breakdown().get("drift")).containsOnlyKeys("NO_CHANGE_IN_RISK");
        assertThat(measure(f, "outcomesShared")).isEqualTo(1);

        Figure asAtTheFifteenth = figure("mace", YearMonth.of(2026, 11), ledger, at("2026-11-15T00:00:00Z"));
        assertThat(measure(asAtTheFifteenth, "actionsDone")).as("not known yet").isZero();
        assertThat(measure(asAtTheFifteenth, "actionsOverdue")).as("act-1, on the as-at date").isEqualTo(1);
    }
}
