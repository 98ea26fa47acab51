package uk.lantern.simulator.feed;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import uk.lantern.simulator.city.Step;
import uk.lantern.simulator.city.StepKind;

/**
 * Feeds steps to the missing-episode service, remembering the id the service gave each episode.
 * A refused step is logged and skipped; the later steps of a refused report are skipped too.
 */
public final class HttpFeed implements Feed {

    private final MissingEpisodeClient client;
    private final PrintStream log;
    private final Map<String, String> episodeIds = new HashMap<>();
    private final Map<String, String> everyEpisodeId = new HashMap<>();
    private final AtomicLong rejected = new AtomicLong();

    public HttpFeed(MissingEpisodeClient client, PrintStream log) {
        this.client = client;
        this.log = log;
    }

    @Override
    public boolean send(Step step) throws InterruptedException {
        String story = step.story().key();
        String episodeId = episodeIds.get(story);
        if (step.kind() != StepKind.REPORT && episodeId == null) {
            return false;
        }
        try {
            JsonNode answer = client.send(ApiRequest.of(step, episodeId));
            if (step.kind() == StepKind.REPORT) {
                String id = answer.path("id").asString(null);
                if (id == null) {
                    throw new IllegalStateException("the service answered an episode report without an id");
                }
                episodeIds.put(story, id);
                synchronized (this) {
                    everyEpisodeId.put(story, id);
                }
            } else if (step.kind() == StepKind.CLOSURE) {
                episodeIds.remove(story);
            }
            return true;
        } catch (EpisodeRejectedException e) {
            rejected.incrementAndGet();
            log.println(e.getMessage());
            return false;
        }
    }

    /** The service's id for an episode this feed reported (closed ones included); null if none. */
    public synchronized String episodeId(String storyKey) {
        return everyEpisodeId.get(storyKey);
    }

    @Override
    public FeedCounts counts() {
        return new FeedCounts(client.requestsSent(), client.retries(), rejected.get());
    }
}
