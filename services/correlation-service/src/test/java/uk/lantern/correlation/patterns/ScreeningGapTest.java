package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.correlation.patterns.ChildFact.RiskCategory;

class ScreeningGapTest {

    /** Monday 2 November 09:00 plus 10 working days. */
    private static final Instant DEADLINE = Instant.parse("2026-11-16T09:00:00Z");

    @Test
    void a_concern_with_no_assessment_within_10_working_days_raises_it_at_the_deadline() {
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
    void a_child_found_with_an_associate_is_an_indicator() {
        assertThat(alerts(AlertCode.SCREENING_GAP, days(30), missing("e1", T0), returnedWith("e1", hours(5), null,
                new ChildFact.Associate("Dean Smith", "07700 900123", null)))).hasSize(1);
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
