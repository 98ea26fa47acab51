package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.List;

/**
 * RHI_OVERDUE: a child returned, and by the end of the window (72 h) no interview was offered and no decision not to
 * offer was recorded. Raised exactly at the deadline. Any offer, answer, completed interview, decision not to offer or
 * closure of the case clears it, however late: the lateness stays visible in the figures, the alert is about who must
 * act now.
 */
final class RhiOverdueRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.RETURN_INTERVIEW_PROVIDER, Actor.MISSING_COORDINATOR);

    private final PatternSettings.RhiOverdue settings;

    RhiOverdueRule(PatternSettings.RhiOverdue settings) {
        this.settings = settings;
    }

    @Override
    public AlertCode code() {
        return AlertCode.RHI_OVERDUE;
    }

    @Override
    public RuleResult evaluate(ChildFacts facts, Instant now) {
        var result = new RuleResult.Builder(now);
        for (var episode : facts.episodes()) {
            var returned = episode.returned();
            if (returned.isEmpty() || episode.firstOfferOrDecision().isPresent()) {
                continue;
            }
            var deadline = returned.get().returnedAt().plus(settings.window());
            if (now.isBefore(deadline)) {
                result.deadline(deadline);
            } else {
                result.alert(Alert.of(code(), Severity.HIGH, facts.childId(), List.of(returned.get().eventId()),
                        deadline, deadline, ACTORS));
            }
        }
        return result.build();
    }
}
