package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.List;

/**
 * ASSESSMENT_REVIEW_OVERDUE: an open assessment not reviewed by its review date. The review date is the one its
 * latest completion or review carries (3 months on, computed by the risk service); the review may happen on that
 * day, so the alert is raised at the start of the next day (Europe/London). A review (which sets a new date) or the
 * closure of the assessment clears it. Each open assessment has its own review date, so two overdue assessments are
 * two alerts, each naming its own assessment; one assessment never raises two.
 */
final class AssessmentReviewOverdueRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.SOCIAL_WORKER);

    private final PatternSettings.AssessmentReviewOverdue settings;
    private final WorkingCalendar calendar;

    AssessmentReviewOverdueRule(PatternSettings.AssessmentReviewOverdue settings, WorkingCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public AlertCode code() {
        return AlertCode.ASSESSMENT_REVIEW_OVERDUE;
    }

    @Override
    public RuleResult evaluate(ChildFacts facts, Instant now) {
        var result = new RuleResult.Builder(now);
        for (var assessment : facts.assessments()) {
            if (!assessment.open()) {
                continue;
            }
            var latest = assessment.latest().orElseThrow();
            var due = latest.nextReviewDue() != null
                    ? latest.nextReviewDue()
                    : latest.at().atZone(calendar.zone()).toLocalDate().plus(settings.reviewInterval());
            var overdueFrom = calendar.startOf(due.plusDays(1));
            if (now.isBefore(overdueFrom)) {
                result.deadline(overdueFrom);
            } else {
                var severity = latest.finalCategory().moderateOrAbove() ? Severity.HIGH : Severity.MEDIUM;
                result.alert(Alert.of(code(), severity, facts.childId(), List.of(latest.eventId()), overdueFrom,
                        overdueFrom, ACTORS).described("Exploitation risk assessment (category "
                        + (latest.finalCategory().ordinal() + 1) + ", last "
                        + (latest.kind() == ChildFact.AssessmentRecorded.Kind.REVIEWED ? "reviewed " : "completed ")
                        + Describe.day(latest.at(), calendar.zone()) + ") was due for review on "
                        + Describe.day(due) + " and has not been reviewed"));
            }
        }
        return result.build();
    }
}
