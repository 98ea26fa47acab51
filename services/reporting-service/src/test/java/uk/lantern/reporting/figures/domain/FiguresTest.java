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
}
