package uk.lantern.correlation.patterns;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * RHI_OVERDUE: a child returned, and by the case's deadline no interview was carried out, declined, or decided
 * against. The statutory guidance (DfE 2014) asks for the interview to be <em>carried out</em> within 72 hours: an
 * offer alone, or its acceptance, does not stop the clock. The deadline is the one the return-interview service
 * published with the case (InterviewCaseOpened), so the two services cannot drift apart; something at exactly the
 * deadline is in time, so the alert is raised just after it. An interview, decline, decision or closure clears it,
 * however late: the lateness stays visible in the figures, the alert is about who must act now.
 *
 * <p>A return with no case yet raises nothing: the case is opened by the return event itself, so it follows within
 * moments of the return. Returns stored before Lantern kept the case as a fact (a legacy report, see
 * {@link ChildFact.EpisodeReported#legacy()}) had the same 72 hours for every case, which is used for them. A case
 * erased at its source takes its deadline and its outcome with it: the episode then has nothing to hold it to (the
 * legacy 72 hours neither), so the alert is not raised, or is cleared, until a case is opened for it again.
 */
final class RhiOverdueRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.RETURN_INTERVIEW_PROVIDER, Actor.MISSING_COORDINATOR);
    /** The window every case had before the case's own deadline was kept (the service's setting then, never changed). */
    private static final Duration LEGACY_WINDOW = Duration.ofHours(72);
    /** Schedules are kept to the millisecond: the first instant that is late. */
    private static final Duration JUST_AFTER = Duration.ofMillis(1);

    private final java.time.ZoneId zone;

    RhiOverdueRule(java.time.ZoneId zone) {
        this.zone = zone;
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
            if (returned.isEmpty() || episode.firstOutcome().isPresent()) {
                continue;
            }
            var opened = episode.interviewCase();
            Instant deadline;
            List<String> evidence;
            if (opened.isPresent()) {
                deadline = opened.get().deadline();
                evidence = List.of(returned.get().eventId(), opened.get().eventId());
            } else if (episode.report().filter(ChildFact.EpisodeReported::legacy).isPresent()
                    && !facts.interviewCaseWasErased(episode.episodeId())) {
                deadline = returned.get().returnedAt().plus(LEGACY_WINDOW);
                evidence = List.of(returned.get().eventId());
            } else {
                continue;
            }
            var late = deadline.plus(JUST_AFTER);
            if (now.isBefore(late)) {
                result.deadline(late);
            } else {
                var offered = episode.offered();
                result.alert(Alert.keyed(code(), Severity.HIGH, facts.childId(), List.of(returned.get().eventId()),
                        evidence, deadline, deadline, ACTORS).described("Returned "
                        + Describe.time(returned.get().returnedAt(), zone) + "; no return interview carried out, "
                        + "declined or decided against by the deadline " + Describe.time(deadline, zone)
                        + (offered ? " (an interview was offered)" : " (not yet offered)")));
            }
        }
        return result.build();
    }
}
