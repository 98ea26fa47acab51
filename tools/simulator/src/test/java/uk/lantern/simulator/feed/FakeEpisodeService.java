package uk.lantern.simulator.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * A tiny in-process stand-in for Lantern's services: records every request, creates episodes with
 * ids ep-1, ep-2... (and register entries, concerns, assessments with ids notifications-1,
 * assessments-1...), answers 200 with the same one when a key is sent again, answers any other
 * request (GET /cases/{id} included) 200 with the id in the path, and fails the next requests on a
 * path with a chosen status when told to (404 then 200 for an interview case opened late).
 */
public final class FakeEpisodeService implements AutoCloseable {

    public record Recorded(String method, String path, String idempotencyKey, String body) {
    }

    private final HttpServer server;
    private final List<Recorded> requests = new ArrayList<>();
    private final Map<String, String> episodesByKey = new HashMap<>();
    private final Map<String, String> createdByKey = new HashMap<>();
    private final Map<String, Queue<Integer>> failures = new HashMap<>();

    public FakeEpisodeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** The next request(s) whose path ends with {@code pathEnding} are answered with these statuses. */
    public synchronized FakeEpisodeService failNext(String pathEnding, Integer... statuses) {
        failures.computeIfAbsent(pathEnding, ending -> new ArrayDeque<>()).addAll(List.of(statuses));
        return this;
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        int status;
        String answer;
        synchronized (this) {
            requests.add(new Recorded(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
            Integer failure = failure(path);
            if (failure != null) {
                status = failure;
                answer = "{\"type\":\"about:blank\",\"title\":\"Scripted failure\",\"status\":" + failure + "}";
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/episodes")) {
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                status = episodesByKey.containsKey(key) ? 200 : 201;
                String id = episodesByKey.computeIfAbsent(key, k -> "ep-" + (episodesByKey.size() + 1));
                answer = "{\"id\":\"" + id + "\"}";
            } else if (exchange.getRequestMethod().equals("POST") && path.split("/").length == 2) {
                String key = path + " " + exchange.getRequestHeaders().getFirst("Idempotency-Key");
                status = createdByKey.containsKey(key) ? 200 : 201;
                String id = createdByKey.computeIfAbsent(key, k -> path.substring(1) + "-" + (createdByKey.size() + 1));
                answer = "{\"id\":\"" + id + "\"}";
            } else {
                status = 200;
                answer = "{\"id\":\"" + path.split("/")[2] + "\"}";
            }
        }
        boolean problem = status >= 400;
        exchange.getResponseHeaders().add("Content-Type", problem ? "application/problem+json" : "application/json");
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Integer failure(String path) {
        for (Map.Entry<String, Queue<Integer>> entry : failures.entrySet()) {
            if (path.endsWith(entry.getKey()) && !entry.getValue().isEmpty()) {
                return entry.getValue().poll();
            }
        }
        return null;
    }
}
