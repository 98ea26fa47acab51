package uk.lantern.simulator.city;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;

/** New episodes for a live run: children who go missing often are picked more often. */
public final class LiveStories {

    private static final DateTimeFormatter REFERENCE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final String runKey;
    private final List<Child> children;
    private final StoryWriter writer;
    private final Pick pick;
    private int written;

    LiveStories(String runKey, List<Child> children, StoryWriter writer, Pick pick) {
        this.runKey = runKey;
        this.children = children;
        this.writer = writer;
        this.pick = pick;
    }

    /** The wait before the next new episode, for about {@code episodesPerMinute} a minute. */
    public Duration nextGap(double episodesPerMinute) {
        return Duration.ofMillis((long) pick.exponential(60_000 / episodesPerMinute));
    }

    /**
     * A new episode reported at {@code now} for one of the children {@code available} (not already
     * missing); null when every child is missing.
     */
    public EpisodeStory next(Instant now, Predicate<Child> available) {
        List<Child> free = children.stream().filter(available).toList();
        if (free.isEmpty()) {
            return null;
        }
        Weights<Child> byRepeatMissing = new Weights<>();
        free.forEach(child -> byRepeatMissing.and(child, child.missingEpisodesPerYear()));
        Child child = byRepeatMissing.draw(pick);
        written++;
        String reference = String.format("CC-%s%02d", REFERENCE_TIME.format(now.atZone(City.ZONE)), written % 100);
        return writer.writeReportedAt(runKey + "-" + written, child, now, pick).withPoliceReference(reference);
    }
}
