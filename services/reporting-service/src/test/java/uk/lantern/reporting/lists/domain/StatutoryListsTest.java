package uk.lantern.reporting.lists.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.reporting.support.Entries.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.reporting.figures.domain.Period;
import uk.lantern.reporting.figures.domain.ReadModel;
import uk.lantern.reporting.figures.domain.ReportingRules;
import uk.lantern.reporting.ledger.domain.ChildDetails;
import uk.lantern.reporting.ledger.domain.LedgerEntry;

class StatutoryListsTest {

    static final ReportingRules RULES = ReportingRules.defaults();
    static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");

    static ReadModel model(LedgerEntry... entries) {
        return ReadModel.asAt(List.of(entries), NOW);
    }

    @Test
    void the_ofsted_list_has_its_columns_in_order_and_says_which_cell_is_not_known() {
        ChildDetails noEthnicity = new ChildDetails("1002", "MALE", LocalDate.of(2010, 1, 20), null, "la:1002");
        String csv = StatutoryLists.ofstedEpisodes(model(
                reported("ep-1", child("1001"), "2026-11-03T20:00:00Z", true, true),
                returned("ep-1", child("1001"), "2026-11-04T10:00:00Z"),
                caseOpened("ep-1", "2026-11-04T10:00:00Z", "2026-11-07T10:00:00Z"),
                offered("ep-1", "2026-11-04T12:00:00Z"),
                reported("ep-2", noEthnicity, "2026-11-05T20:00:00Z", false, false)), LocalDate.of(2026, 11, 30), RULES).csv();
        assertThat(csv).isEqualTo(
                "Child ID,Gender,Ethnicity,Date of birth,Age at start of episode,Episode start date,Missing or absent,"
                        + "Episode end date,Return interview offered,Return interview completed\r\n"
                        + "1001,Female,WBRI,15/06/2011,15,03/11/2026,Absent,04/11/2026,Y,N\r\n"
                        + "1002,Male,MISSING: Ethnicity,20/01/2010,16,05/11/2026,Missing,,NA,NA\r\n");
    }

    @Test
    void the_looked_after_list_counts_each_childs_missing_and_absent_episodes_in_the_twelve_months() {
        ListDocument list = StatutoryLists.ofstedLookedAfter(model(
                reported("ep-1", child("1001"), "2026-11-03T20:00:00Z", true, true),
                reported("ep-2", child("1001"), "2026-10-03T20:00:00Z", true, false),
                reported("ep-3", child("1001"), "2026-09-03T20:00:00Z", true, false),
                reported("ep-4", child("1001"), "2025-11-30T20:00:00Z", true, false),
                reported("ep-5", child("1002"), "2026-11-05T20:00:00Z", false, false)), LocalDate.of(2026, 11, 30), RULES);
        assertThat(list.csv()).isEqualTo("Child ID,Gender,Ethnicity,Date of birth,Missing episodes in the last 12 months,"
                + "Absent episodes in the last 12 months\r\n1001,Female,WBRI,15/06/2011,2,1\r\n");
    }

    @Test
    void the_903_table_takes_the_episodes_of_looked_after_children_in_the_year_1_april_to_31_march() {
        ReadModel m = model(
                // BST since 28 March: 31 March 23:30 UTC is 1 April 00:30 in England (next year), 22:00 UTC is 23:00 on 31 March
                reported("ep-late", child("1001"), "2027-03-31T23:30:00Z", true, false),
                reported("ep-last", child("1001"), "2027-03-31T22:00:00Z", true, true),
                returned("ep-last", child("1001"), "2027-04-02T10:00:00Z"),
                reported("ep-first", child("1001"), "2026-03-31T23:00:00Z", true, false),
                returned("ep-first", child("1001"), "2026-04-01T09:00:00Z"),
                reported("ep-home", child("1002"), "2026-06-01T20:00:00Z", false, false));
        assertThat(StatutoryLists.ssda903(m, Period.collectionYear(2026), RULES).csv()).isEqualTo(
                "CHILD,MISSING,MIS_START,MIS_END\r\n"
                        + "1001,M,01/04/2026,01/04/2026\r\n"
                        + "1001,A,31/03/2027,\r\n");
    }

    @Test
    void the_validation_report_finds_end_before_start_overlaps_a_closed_episode_with_no_end_and_missing_ethnicity() {
        ChildDetails noEthnicity = new ChildDetails("1002", "MALE", LocalDate.of(2010, 1, 20), null, "la:1002");
        ReadModel m = model(
                reported("ep-1", child("1001"), "2026-05-03T20:00:00Z", true, false),
                returned("ep-1", child("1001"), "2026-05-02T10:00:00Z"),
                reported("ep-2", child("1001"), "2026-06-03T20:00:00Z", true, false),
                reported("ep-3", child("1001"), "2026-06-04T20:00:00Z", true, false),
                returned("ep-3", child("1001"), "2026-06-05T20:00:00Z"),
                reported("ep-4", noEthnicity, "2026-07-03T20:00:00Z", true, false),
                closed("ep-4", "2026-07-10T20:00:00Z"));
        String report = StatutoryLists.ssda903Validation(m, Period.collectionYear(2026), RULES).csv();
        assertThat(report).isEqualTo("RULE,CHILD,MIS_START,MESSAGE\r\n"
                + "END_BEFORE_START,1001,03/05/2026,MIS_END is before MIS_START\r\n"
                + "OVERLAPPING_EPISODES,1001,04/06/2026,Overlaps the child's episode that started 03/06/2026\r\n"
                + "END_MISSING_FOR_CLOSED_EPISODE,1002,03/07/2026,\"The episode was closed but no return or finding is "
                + "recorded, so MIS_END is missing\"\r\n"
                + "ETHNICITY_MISSING,1002,03/07/2026,No ethnicity (DfE code) is recorded for the child\r\n");
    }

    @Test
    void an_erased_episode_is_on_no_list_even_as_at_before_its_erasure() {
        ReadModel before = ReadModel.asAt(List.of(reported("ep-1", child("1001"), "2026-11-03T20:00:00Z", true, false),
                erased("ep-1", "2026-12-10T09:00:00Z")), Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(StatutoryLists.ofstedEpisodes(before, LocalDate.of(2026, 11, 30), RULES).rows()).isEmpty();
        assertThat(StatutoryLists.ssda903(before, Period.collectionYear(2026), RULES).rows()).isEmpty();
    }
}
