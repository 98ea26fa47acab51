package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.correlation.patterns.ChildFact.RiskCategory;

class ScreeningGapTest {

    /** Monday 2 November 09:00 plus 10 working days: the end of Monday 16 November. */
    private static final Instant DEADLINE = Instant.parse("2026-11-17T00:00:00Z");

    @Test
    void a_concern_with_no_assessment_by_the_end_of_the_10th_working_day_raises_it_at_the_deadline() {
        assertThat(alerts(AlertCode.SCREENING_GAP, DEADLINE.minusSeconds(1), concern("k1", T0))).isEmpty();
        assertThat(alerts(AlertCode.SCREENING_GAP, DEADLINE, concern("k1", T0))).singleElement().satisfies(alert -> {
            assertThat(alert.evidence()).containsExactly("concern-k1");
            assertThat(alert.raisedAt()).isEqualTo(DEADLINE);
            assertThat(alert.actors()).containsExactly(Actor.SOCIAL_WORKER);
        });
        assertThat(nextEvaluation(T0.plusSeconds(5), concern("k1", T0))).contains(DEADLINE);
    }

    @Test
    void an_assessment_completed_after_the_concern_prevents_it() {
        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), concern("k1", T0),
                assessed("a1", days(9), RiskCategory.MILD, date("2027-02-11")))).isEmpty();
    }

    @Test
    void an_assessment_completed_before_the_concern_does_not_answer_it() {
        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), assessed("a1", T0.minusSeconds(3600),
                RiskCategory.MILD, date("2027-02-01")), concern("k1", T0))).hasSize(1);
    }

    @Test
    void a_disclosure_at_a_return_interview_is_an_indicator() {
        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), missing("e1", T0), returned("e1", hours(5)),
                interviewed("e1", date("2026-11-03"), true))).singleElement()
                .satisfies(alert -> assertThat(alert.evidence()).containsExactly("interview-e1"));
    }

    @Test
    void an_interview_with_nothing_of_exploitation_is_not_an_indicator() {
        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), missing("e1", T0), returned("e1", hours(5)),
                interviewed("e1", date("2026-11-03"), false))).isEmpty();
    }

    @Test
    void a_child_found_with_an_adult_is_an_indicator() {
        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), missing("e1", T0), returnedWith("e1", hours(5), null,
                adult("Dean Smith")))).hasSize(1);
    }

    @Test
    void a_child_found_with_a_friend_or_someone_whose_age_is_not_known_is_not_an_indicator() {
        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), missing("e1", T0), returnedWith("e1", hours(5), null,
                friend("Kayla")))).isEmpty();
        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), missing("e1", T0), returnedWith("e1", hours(5), null,
                new ChildFact.Associate("Someone", "07700 900123", null)))).isEmpty();
    }

    @Test
    void a_disclosure_is_dated_by_when_the_interview_took_place_not_midnight() {
        // Friday 13 November 16:00: the 10th working day after it is Friday 27 November, late from Saturday 00:00
        var interview = Instant.parse("2026-11-13T16:00:00Z");
        var facts = new ChildFact[] {missing("e1", T0), returned("e1", hours(5)), interviewedAt("e1", interview, true)};

        assertThat(alerts(AlertCode.SCREENING_GAP, Instant.parse("2026-11-27T23:59:59Z"), facts)).isEmpty();
        assertThat(alerts(AlertCode.SCREENING_GAP, Instant.parse("2026-11-28T00:00:00Z"), facts)).singleElement()
                .satisfies(alert -> assertThat(alert.raisedAt()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z")));
        // an assessment the same afternoon, after the interview, answers it; one that morning does not
        assertThat(alerts(AlertCode.SCREENING_GAP, days(60), missing("e1", T0), returned("e1", hours(5)),
                interviewedAt("e1", interview, true),
                assessed("a1", interview.plusSeconds(3600), RiskCategory.MILD, date("2027-02-13")))).isEmpty();
        assertThat(alerts(AlertCode.SCREENING_GAP, days(60), missing("e1", T0), returned("e1", hours(5)),
                interviewedAt("e1", interview, true),
                assessed("a1", Instant.parse("2026-11-13T10:00:00Z"), RiskCategory.MILD, date("2027-02-13"))))
                .hasSize(1);
    }

    @Test
    void ten_working_days_skip_a_bank_holiday_in_england() {
        // Friday 18 December 2026 10:00 + 10 working days, skipping Christmas (25th) and Boxing Day (Monday 28th):
        // 21, 22, 23, 24, 29, 30, 31 December, 4, 5, 6 January; late from Thursday 7 January 00:00
        var concern = concern("k1", Instant.parse("2026-12-18T10:00:00Z"));

        assertThat(alerts(AlertCode.SCREENING_GAP, Instant.parse("2027-01-06T23:59:59Z"), concern)).isEmpty();
        assertThat(alerts(AlertCode.SCREENING_GAP, Instant.parse("2027-01-07T00:00:00Z"), concern)).hasSize(1);
    }

    @Test
    void repeat_missing_with_cme_stays_an_indicator_after_the_register_entry_ends_until_an_assessment() {
        var facts = new ChildFact[] {addedToCme("c1", date("2026-11-02")), missing("e1", days(1)),
                missing("e2", days(5)), missing("e3", days(9)), removedFromCme("c1", date("2026-11-12"))};

        assertThat(alerts(AlertCode.MISSING_AND_CME, days(30), facts)).as("the entry has ended").isEmpty();
        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), facts)).singleElement()
                .satisfies(alert -> assertThat(alert.evidence())
                        .contains("cme-added-c1", "report-e1", "report-e2", "report-e3"));
        var answered = java.util.Arrays.copyOf(facts, facts.length + 1);
        answered[facts.length] = assessed("a1", days(20), RiskCategory.MILD, date("2027-02-22"));
        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), answered)).isEmpty();
    }

    @Test
    void repeat_missing_that_ended_before_the_child_joined_the_register_never_held_with_it() {
        // three episodes in November, the third returned; joined in March after the repeat run had ended
        var facts = new ChildFact[] {missing("e1", days(1)), missing("e2", days(5)), missing("e3", days(9)),
                returned("e1", days(2)), returned("e2", days(6)), returned("e3", days(10)),
                addedToCme("c1", date("2027-03-15"))};

        assertThat(alerts(AlertCode.SCREENING_GAP, Instant.parse("2027-04-30T12:00:00Z"), facts)).isEmpty();
    }

    @Test
    void repeat_missing_together_with_cme_is_an_indicator() {
        var facts = new ChildFact[] {addedToCme("c1", date("2026-11-02")), missing("e1", days(1)),
                missing("e2", days(5)), missing("e3", days(9))};

        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), facts)).singleElement()
                .satisfies(alert -> assertThat(alert.evidence())
                        .contains("cme-added-c1", "report-e1", "report-e2", "report-e3"));
    }

    @Test
    void repeat_missing_without_cme_is_not_an_indicator() {
        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), missing("e1", days(1)), missing("e2", days(5)),
                missing("e3", days(9)))).isEmpty();
    }

    @Test
    void a_completed_assessment_clears_it() {
        var child = child(concern("k1", T0));
        var raised = ENGINE.evaluate(child, List.of(), days(20)).raise();
        assertThat(raised).extracting(Alert::code).containsExactly(AlertCode.SCREENING_GAP);

        child.apply(assessed("a1", days(21), RiskCategory.MODERATE, date("2027-03-23")));

        assertThat(ENGINE.evaluate(child, raised, days(21)).clear())
                .extracting(Alert::code).containsExactly(AlertCode.SCREENING_GAP);
    }

    @Test
    void a_concern_after_the_assessment_starts_a_new_gap() {
        var alerts = alerts(AlertCode.SCREENING_GAP, days(60), concern("k1", T0),
                assessed("a1", days(3), RiskCategory.MILD, date("2027-02-05")), concern("k2", days(30)));

        assertThat(alerts).singleElement().satisfies(alert -> assertThat(alert.evidence()).containsExactly("concern-k2"));
    }
}
