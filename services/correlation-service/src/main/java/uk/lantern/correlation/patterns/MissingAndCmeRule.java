package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * MISSING_AND_CME: a child on the CME register who went missing while on it, or who had been missing recently (within
 * 90 calendar days) before joining it. An episode counts when it is still open, or ended (the child returned, or it
 * was closed) at most {@code recentWithin} before the day the child joined, however long ago it began: a child missing
 * for months who joins the register is exactly the case to see. One alert per register entry (its id comes from the
 * entry's addition), naming the entry and the earliest such episode. It holds while the child is on the register:
 * removal with an outcome (the child's education is accounted for) clears it.
 */
final class MissingAndCmeRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.CME_OFFICER, Actor.MISSING_COORDINATOR);

    /** One entry's stretch of time in which the combination held: from the later of joining and the report. */
    record Span(Instant start, Optional<Instant> end, List<String> evidence) {
    }

    private final PatternSettings.MissingAndCme settings;
    private final WorkingCalendar calendar;
    private final CalendarWindow recent;

    MissingAndCmeRule(PatternSettings.MissingAndCme settings, WorkingCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
        this.recent = new CalendarWindow(settings.recentWithin(), calendar.zone());
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
            earliestEpisode(facts, entry).ifPresent(report -> {
                var raisedAt = Rules.later(calendar.startOf(added.addedOn()), report.reportedAt());
                var episode = facts.episodes().stream().filter(e -> e.episodeId().equals(report.episodeId()))
                        .findFirst().orElseThrow();
                result.alert(Alert.keyed(code(), Severity.HIGH, facts.childId(), List.of(added.eventId()),
                        List.of(added.eventId(), report.eventId()), raisedAt,
                        calendar.endOfWorkingDays(raisedAt, settings.actWithinWorkingDays()), ACTORS)
                        .described("On the children-missing-education register since "
                                + Describe.day(added.addedOn()) + ", and missing from "
                                + Describe.day(report.start(), calendar.zone())
                                + episode.endedAt().map(end -> " to " + Describe.day(end, calendar.zone()))
                                        .orElse(" (still missing)")));
            });
        }
        return result.build();
    }

    /** Every register entry's stretch of time in which it held, on the register now or not, earliest first. */
    List<Span> spans(ChildFacts facts) {
        var spans = new ArrayList<Span>();
        for (var entry : facts.cmeEntries()) {
            var added = entry.added();
            if (added.isEmpty()) {
                continue;
            }
            var removedAt = entry.removed().map(removal -> calendar.startOf(removal.removedOn()));
            earliestEpisode(facts, entry).ifPresent(report -> {
                var start = Rules.later(calendar.startOf(added.get().addedOn()), report.reportedAt());
                if (removedAt.isEmpty() || start.isBefore(removedAt.get())) {
                    spans.add(new Span(start, removedAt, List.of(added.get().eventId(), report.eventId())));
                }
            });
        }
        spans.sort(Comparator.comparing(Span::start));
        return spans;
    }

    /** The earliest episode that counts for the entry: open, or ended no more than the window before joining. */
    private Optional<ChildFact.EpisodeReported> earliestEpisode(ChildFacts facts, ChildFacts.CmeEntry entry) {
        var from = recent.before(calendar.startOf(entry.addedOn().orElseThrow()));
        return facts.episodes().stream()
                .filter(episode -> episode.endedAt().map(end -> !end.isBefore(from)).orElse(true))
                .flatMap(episode -> episode.report().stream())
                .min(Comparator.comparing(ChildFact.EpisodeReported::start)
                        .thenComparing(ChildFact.EpisodeReported::eventId));
    }
}
