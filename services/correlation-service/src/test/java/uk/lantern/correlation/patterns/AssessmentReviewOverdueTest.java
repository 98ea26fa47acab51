package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.correlation.patterns.ChildFact.RiskCategory;

class AssessmentReviewOverdueTest {

    private static final Instant DAY_AFTER_REVIEW_DATE = startOf("2027-02-03");

    @Test
    void an_assessment_not_reviewed_by_its_review_date_is_overdue_from_the_next_day() {
        var assessed = assessed("a1", T0, RiskCategory.MODERATE, date("2027-02-02"));

        assertThat(alerts(AlertCode.ASSESSMENT_REVIEW_OVERDUE, DAY_AFTER_REVIEW_DATE.minusSeconds(1), assessed))
                .isEmpty();
        assertThat(alerts(AlertCode.ASSESSMENT_REVIEW_OVERDUE, DAY_AFTER_REVIEW_DATE, assessed))
                .singleElement().satisfies(alert -> {
                    assertThat(alert.evidence()).containsExactly("assessed-a1");
                    assertThat(alert.raisedAt()).isEqualTo(DAY_AFTER_REVIEW_DATE);
                    assertThat(alert.severity()).isEqualTo(Severity.HIGH);
                    assertThat(alert.actors()).containsExactly(Actor.SOCIAL_WORKER);
                });
        assertThat(nextEvaluation(days(1), assessed)).contains(DAY_AFTER_REVIEW_DATE);
    }

    @Test
    void without_a_review_date_on_the_event_it_falls_due_three_months_after_completion() {
        var assessed = assessed("a1", T0, RiskCategory.MILD, null);

        assertThat(alerts(AlertCode.ASSESSMENT_REVIEW_OVERDUE, startOf("2027-02-03").minusSeconds(1), assessed))
                .isEmpty();
        assertThat(alerts(AlertCode.ASSESSMENT_REVIEW_OVERDUE, startOf("2027-02-03"), assessed)).hasSize(1);
    }

    @Test
    void a_review_before_the_date_prevents_it() {
        assertThat(alerts(AlertCode.ASSESSMENT_REVIEW_OVERDUE, startOf("2027-02-10"),
                assessed("a1", T0, RiskCategory.MODERATE, date("2027-02-02")),
                reviewed("a1", startOf("2027-01-30"), RiskCategory.MODERATE, date("2027-04-30")))).isEmpty();
    }

    @Test
    void a_closed_assessment_is_never_overdue() {
        assertThat(alerts(AlertCode.ASSESSMENT_REVIEW_OVERDUE, startOf("2027-03-10"),
                assessed("a1", T0, RiskCategory.MODERATE, date("2027-02-02")), assessmentClosed("a1", days(10))))
                .isEmpty();
    }

    @Test
    void a_review_clears_it() {
        var child = child(assessed("a1", T0, RiskCategory.MILD, date("2027-02-02")));
        var raised = ENGINE.evaluate(child, List.of(), startOf("2027-02-05")).raise();
        assertThat(raised).extracting(Alert::code).containsExactly(AlertCode.ASSESSMENT_REVIEW_OVERDUE);

        child.apply(reviewed("a1", startOf("2027-02-06"), RiskCategory.MILD, date("2027-05-06")));

        assertThat(ENGINE.evaluate(child, raised, startOf("2027-02-06")).clear())
                .extracting(Alert::code).containsExactly(AlertCode.ASSESSMENT_REVIEW_OVERDUE);
    }
}
