package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * REPEAT_MISSING: {@code episodes} episodes (3) starting within a rolling window (90 days): the start of the first
 * and of the last less than the window apart, so 3 on days 0, 45 and 89 raise and 3 on days 0, 45 and 90 do not.
 * Every episode counts, missing or away from placement. One alert per run (see {@link RollingWindow}); it clears when
 * the window no longer holds enough episodes, i.e. when the oldest of them is a full window old.
 */
final class RepeatMissingRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.MISSING_COORDINATOR, Actor.SOCIAL_WORKER, Actor.MACE_PANEL);

    private final PatternSettings.RepeatMissing settings;
    private final ZoneId zone;

    RepeatMissingRule(PatternSettings.RepeatMissing settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    @Override
    public AlertCode code() {
        return AlertCode.REPEAT_MISSING;
    }

    @Override
    public RuleResult evaluate(ChildFacts facts, Instant now) {
        var points = facts.episodes().stream()
                .flatMap(episode -> episode.report().stream())
                .map(report -> new RollingWindow.Point(report.start(), report.eventId(), report.episodeId()))
                .toList();
        var window = RollingWindow.at(points, settings.window(), inWindow -> inWindow.size() >= settings.episodes(),
                now);
        var result = new RuleResult.Builder(now);
        window.nextChange().ifPresent(result::deadline);
        window.run().ifPresent(run -> result.alert(Alert.of(code(), Severity.HIGH, facts.childId(),
                run.atStart().stream().map(RollingWindow.Point::eventId).toList(), run.start(),
                WorkingDays.plus(run.start(), settings.actWithinWorkingDays(), zone), ACTORS)));
        return result.build();
    }
}
