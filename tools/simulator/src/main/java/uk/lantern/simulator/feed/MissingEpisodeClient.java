package uk.lantern.simulator.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * A Lantern service's public REST API: the missing-episode service, and the same way of calling the
 * return-interview, CME register and exploitation-risk services. Every POST carries an Idempotency-Key, so a
 * failed call is simply sent again: on 5xx or no connection with backoff, on 409 (a concurrent
 * update) once more after re-reading the episode.
 */
public final class MissingEpisodeClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUrl;
    private final Backoff backoff;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final AtomicLong requestsSent = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final List<Supplier<String>> people;
    /** Which of the people a record's requests went through last (a case belongs to one provider). */
    private final Map<String, Integer> personFor = new ConcurrentHashMap<>();

    public MissingEpisodeClient(URI baseUrl, Backoff backoff) {
        this(baseUrl, backoff, List.of());
    }

    /**
     * @param people tokens of the signed-in people the city's systems act as, tried in order: a record another
     *               organisation's person may not touch (403) goes to the next one, who is remembered for it
     */
    public MissingEpisodeClient(URI baseUrl, Backoff backoff, List<Supplier<String>> people) {
        this.baseUrl = baseUrl;
        this.backoff = backoff;
        this.people = List.copyOf(people);
    }

    /** @return the body of the 2xx answer */
    public JsonNode send(ApiRequest request) throws EpisodeRejectedException, InterruptedException {
        String body = Json.mapper().writeValueAsString(request.body());
        String record = request.episodeId() == null ? request.path() : request.episodeId();
        int person = personFor.getOrDefault(record, 0);
        boolean conflictRetried = false;
        String lastFailure = null;
        for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
            if (attempt > 1) {
                retries.incrementAndGet();
            }
            HttpRequest post = signed(HttpRequest.newBuilder(uri(request.path())), person)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, application/problem+json")
                    .header("Idempotency-Key", request.idempotencyKey())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> answer;
            try {
                answer = exchange(post);
            } catch (IOException e) {
                lastFailure = e.toString();
                Thread.sleep(backoff.before(attempt).toMillis());
                continue;
            }
            int status = answer.statusCode();
            if (status == 403 && person + 1 < people.size()) {
                person++;
                personFor.put(record, person);
                attempt--;
                continue;
            }
            if (status >= 200 && status < 300) {
                return answer.body().isBlank() ? Json.mapper().missingNode() : Json.mapper().readTree(answer.body());
            }
            if (status == 409 && !conflictRetried) {
                conflictRetried = true;
                reread(request.episodeId());
                continue;
            }
            if (status >= 400 && status < 500) {
                throw new EpisodeRejectedException(request, status, answer.body());
            }
            lastFailure = "HTTP " + status;
            Thread.sleep(backoff.before(attempt).toMillis());
        }
        throw new ServiceUnavailableException(request, backoff.maxAttempts(), lastFailure);
    }

    /** @return the status of a GET, or -1 when the service could not be reached */
    public int status(String path) throws InterruptedException {
        try {
            int status = -1;
            for (int person = 0; person < Math.max(1, people.size()); person++) {
                status = exchange(signed(HttpRequest.newBuilder(uri(path)), person).timeout(TIMEOUT)
                        .header("Accept", "application/json").GET().build()).statusCode();
                if (status != 403) {
                    return status;
                }
            }
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    public long requestsSent() {
        return requestsSent.get();
    }

    public long retries() {
        return retries.get();
    }

    /** Reads the episode again before retrying a conflicting step; the answer itself is not needed. */
    private void reread(String episodeId) throws InterruptedException {
        if (episodeId == null) {
            return;
        }
        try {
            exchange(signed(HttpRequest.newBuilder(uri("/episodes/" + episodeId)), 0).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build());
        } catch (IOException e) {
            // the retry that follows will meet the same trouble and deal with it
        }
    }

    private HttpRequest.Builder signed(HttpRequest.Builder request, int person) {
        return people.isEmpty() ? request : request.header("Authorization", "Bearer " + people.get(person).get());
    }

    private HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
        requestsSent.incrementAndGet();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
