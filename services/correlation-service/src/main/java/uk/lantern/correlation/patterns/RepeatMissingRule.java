package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.List;

/**
 * REPEAT_MISSING: {@code episodes} episodes (3) starting within a rolling window (90 days): the start of the first
 * and of the last less than the window apart, so 3 on days 0, 45 and 89 raise and 3 on days 0, 45 and 90 do not.
 * Episodes of a child missing count; an episode away from placement without authorisation (whereabouts known) counts
 * only when {@code includeAway} is set (default: it does not, as DOMAIN.md asks). One alert per run (see {@link RollingWindow}); it clears when
 * the window no longer holds enough episodes, i.e. when the oldest of them is a full window old.
 */
final class RepeatMissingRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.MISSING_COORDINATOR, Actor.SOCIAL_WORKER, Actor.MACE_PANEL);

    private final PatternSettings.RepeatMissing settings;
    private final CalendarWindow window;
    private final WorkingCalendar calendar;

    RepeatMissingRule(PatternSettings.RepeatMissing settings, CalendarWindow window, WorkingCalendar calendar) {
        this.settings = settings;
        this.window = window;
        this.calendar = calendar;
    }

    @Override
    public AlertCode code() {
        return AlertCode.REPEAT_MISSING;
    }

    @Override
    public RuleResult evaluate(ChildFacts facts, Instant now) {
        var held = RollingWindow.at(points(facts), window, this::enough, now);
        var result = new RuleResult.Builder(now);
        held.nextChange().ifPresent(result::deadline);
        held.run().ifPresent(run -> result.alert(Alert.of(code(), Severity.HIGH, facts.childId(),
                run.atStart().stream().map(RollingWindow.Point::eventId).toList(), run.start(),
                calendar.endOfWorkingDays(run.start(), settings.actWithinWorkingDays()), ACTORS)
                .described("Missing " + Describe.count(run.atStart().size(), "time", "times") + " within "
                        + settings.window().getDays() + " days: "
                        + Describe.and(run.atStart().stream().map(p -> Describe.day(p.at(), calendar.zone()))
                                .toList()))));
        return result.build();
    }

    /** Every stretch of time up to {@code until} in which the child went missing repeatedly, earliest first. */
    List<RollingWindow.Span> spans(ChildFacts facts, Instant until) {
        return RollingWindow.spans(points(facts), window, this::enough, until);
    }

    private boolean enough(List<RollingWindow.Point> inWindow) {
        return inWindow.size() >= settings.episodes();
    }

    private List<RollingWindow.Point> points(ChildFacts facts) {
        return facts.episodes().stream()
                .flatMap(episode -> episode.report().stream())
                .filter(report -> settings.includeAway() || !report.away())
                .map(report -> new RollingWindow.Point(report.start(), report.eventId(), report.episodeId()))
                .toList();
    }
}
