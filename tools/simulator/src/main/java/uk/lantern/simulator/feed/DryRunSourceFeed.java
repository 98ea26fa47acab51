package uk.lantern.simulator.feed;

import java.io.PrintStream;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import uk.lantern.simulator.city.Source;
import uk.lantern.simulator.city.SourceStep;

/** Prints each step as the JSON line of the request it would make, calling nothing. */
public final class DryRunSourceFeed implements SourceFeed {

    private final PrintStream out;

    public DryRunSourceFeed(PrintStream out) {
        this.out = out;
    }

    @Override
    public boolean send(SourceStep step) {
        out.println(Json.mapper().writeValueAsString(new PlannedRequest(step.at(), step.source().optionName(),
                step.storyKey(), step.episodeStoryKey(), step.kind().name(), "POST", step.path(null),
                step.idempotencyKey(), step.body())));
        return true;
    }

    @Override
    public Map<Source, SourceCounts> counts() {
        Map<Source, SourceCounts> counts = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            if (source != Source.EPISODES) {
                counts.put(source, SourceCounts.NONE);
            }
        }
        return counts;
    }

    /** @param episode for interviews, the episode whose case {@code {id}} stands for */
    record PlannedRequest(Instant at, String source, String story, String episode, String step, String method,
                          String path, String idempotencyKey, Object body) {
    }
}
