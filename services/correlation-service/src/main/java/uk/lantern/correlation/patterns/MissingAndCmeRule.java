package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import uk.lantern.correlation.patterns.ChildFact.EpisodeReported;

/**
 * MISSING_AND_CME: a child on the CME register who went missing while on it, or who had gone missing recently (within
 * 90 days) before joining it. One alert per register entry (its id comes from the entry's addition), naming the
 * entry and the earliest such episode. It holds
 * while the child is on the register: removal with an outcome (the child's education is accounted for) clears it.
 */
final class MissingAndCmeRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.CME_OFFICER, Actor.MISSING_COORDINATOR);

    private final PatternSettings.MissingAndCme settings;
    private final ZoneId zone;

    MissingAndCmeRule(PatternSettings.MissingAndCme settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    @Override
    public AlertCode code() {
        return AlertCode.MISSING_AND_CME;
    }

    @Override
    public RuleResult evaluate(ChildFacts facts, Instant now) {
        var result = new RuleResult.Builder(now);
        for (var entry : facts.cmeEntries()) {
            if (!entry.onRegister()) {
                continue;
            }
            var added = entry.added().orElseThrow();
            var addedAt = WorkingDays.startOf(added.addedOn(), zone);
            var from = addedAt.minus(settings.recentWithin());
            facts.episodes().stream()
                    .flatMap(episode -> episode.report().stream())
                    .filter(report -> !report.start().isBefore(from))
                    .min(Comparator.comparing(EpisodeReported::start).thenComparing(EpisodeReported::eventId))
                    .ifPresent(report -> {
                        var raisedAt = Rules.later(addedAt, report.reportedAt());
                        result.alert(Alert.keyed(code(), Severity.HIGH, facts.childId(), List.of(added.eventId()),
                                List.of(added.eventId(), report.eventId()), raisedAt,
                                WorkingDays.plus(raisedAt, settings.actWithinWorkingDays(), zone), ACTORS));
                    });
        }
        return result.build();
    }
}
