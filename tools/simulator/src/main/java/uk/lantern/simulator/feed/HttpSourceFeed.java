package uk.lantern.simulator.feed;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import uk.lantern.simulator.city.Source;
import uk.lantern.simulator.city.SourceStep;

/**
 * Feeds the return-interview, CME register and exploitation-risk services. A register entry's or an
 * assessment's later steps go to the id the service gave it; an interview case is the episode's id,
 * and is opened by the return-interview service itself from the missing-episode events, so the feed
 * waits (polling {@code GET /cases/{id}}) until the case exists before its first step.
 */
public final class HttpSourceFeed implements SourceFeed {

    private final Map<Source, MissingEpisodeClient> clients;
    private final Function<String, String> episodeIds;
    private final Duration caseWait;
    private final Duration pollEvery;
    private final PrintStream log;
    private final Map<String, String> createdIds = new HashMap<>();
    private final Set<String> casesOpen = new HashSet<>();
    private final Set<String> casesMissing = new HashSet<>();
    private final Map<Source, Long> rejected = new EnumMap<>(Source.class);
    private final Map<Source, Long> skipped = new EnumMap<>(Source.class);

    /**
     * @param episodeIds the missing-episode service's id for an episode story key; null when unknown
     * @param caseWait how long to wait for an interview case to be opened before giving up on it
     */
    public HttpSourceFeed(Map<Source, MissingEpisodeClient> clients, Function<String, String> episodeIds,
                          Duration caseWait, Duration pollEvery, PrintStream log) {
        this.clients = Map.copyOf(clients);
        this.episodeIds = episodeIds;
        this.caseWait = caseWait;
        this.pollEvery = pollEvery;
        this.log = log;
    }

    @Override
    public boolean send(SourceStep step) throws InterruptedException {
        Source source = step.source();
        MissingEpisodeClient client = clients.get(source);
        String id = null;
        if (source == Source.INTERVIEWS) {
            id = episodeIds.apply(step.episodeStoryKey());
            if (id == null || casesMissing.contains(id)) {
                return skip(source);
            }
            if (!casesOpen.contains(id)) {
                if (!awaitCase(client, id)) {
                    casesMissing.add(id);
                    count(rejected, source);
                    log.println("GET /cases/" + id + " [" + step.episodeStoryKey() + "]: no interview case within "
                            + caseWait.toSeconds() + " s; its steps are skipped");
                    return false;
                }
                casesOpen.add(id);
            }
        } else if (step.kind().needsId()) {
            id = createdIds.get(step.storyKey());
            if (id == null) {
                return skip(source);
            }
        }
        try {
            JsonNode answer = client.send(new ApiRequest(step.path(id), step.idempotencyKey(), step.body(), null));
            if (step.kind().createsId()) {
                String created = answer.path("id").asString(null);
                if (created == null) {
                    throw new IllegalStateException("the service answered " + step.kind() + " without an id");
                }
                createdIds.put(step.storyKey(), created);
            }
            return true;
        } catch (EpisodeRejectedException e) {
            count(rejected, source);
            log.println(e.getMessage());
            return false;
        }
    }

    @Override
    public synchronized Map<Source, SourceCounts> counts() {
        Map<Source, SourceCounts> counts = new EnumMap<>(Source.class);
        clients.forEach((source, client) -> counts.put(source, new SourceCounts(client.requestsSent(),
                client.retries(), rejected.getOrDefault(source, 0L), skipped.getOrDefault(source, 0L))));
        return counts;
    }

    private boolean awaitCase(MissingEpisodeClient client, String episodeId) throws InterruptedException {
        Instant giveUpAt = Instant.now().plus(caseWait);
        while (true) {
            if (client.status("/cases/" + episodeId) == 200) {
                return true;
            }
            if (Instant.now().isAfter(giveUpAt)) {
                return false;
            }
            Thread.sleep(pollEvery.toMillis());
        }
    }

    private boolean skip(Source source) {
        count(skipped, source);
        return false;
    }

    private synchronized void count(Map<Source, Long> counts, Source source) {
        counts.merge(source, 1L, Long::sum);
    }
}
