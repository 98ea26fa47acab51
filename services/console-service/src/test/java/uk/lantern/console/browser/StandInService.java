package uk.lantern.console.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of Lantern's services as the console's page tests see it: an HTTP server answering what the test set up
 * ({@link #answer}), in the shape of the service's OpenAPI, and recording what it was asked, with whose token. The
 * console's real journeys against the real services run in tools/local-stack; these tests are about the pages.
 * Anything not set up is a 404 problem, as the services answer.
 */
public final class StandInService implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A request as the service received it. */
    public record Received(String method, String pathAndQuery, String body, String username, String purpose) {
    }

    /** What to answer: a status, a content type and a body. */
    public record Answer(int status, String contentType, String body) {
        public static Answer json(String body) {
            return new Answer(200, "application/json", body);
        }

        public static Answer problem(int status, String title, String detail) {
            return new Answer(status, "application/problem+json", JSON.createObjectNode().put("title", title)
                    .put("status", status).put("detail", detail).toString());
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Answer> prefixAnswers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public StandInService() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** Answers {@code method pathAndQuery} (e.g. {@code "GET /alerts?status=OPEN"}; the query must match exactly). */
    public StandInService answer(String methodAndPath, Answer answer) {
        answers.put(methodAndPath, answer);
        return this;
    }

    /** Answers every {@code method pathAndQuery} starting with this, when no exact answer is set. */
    public StandInService answerStartingWith(String methodAndPathPrefix, Answer answer) {
        prefixAnswers.put(methodAndPathPrefix, answer);
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void forget() {
        answers.clear();
        prefixAnswers.clear();
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        received.add(new Received(exchange.getRequestMethod(), pathAndQuery, body, username(authorization),
                exchange.getRequestHeaders().getFirst("Lantern-Purpose")));
        Answer answer = authorization == null || !authorization.startsWith("Bearer ")
                ? Answer.problem(401, "Sign in first", "No bearer token")
                : answer(exchange.getRequestMethod() + " " + pathAndQuery);
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Answer answer(String request) {
        Answer exact = answers.get(request);
        if (exact != null) {
            return exact;
        }
        return prefixAnswers.entrySet().stream().filter(e -> request.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(Answer.problem(404, "Not found", "Nothing at " + request.substring(
                        request.indexOf(' ') + 1)));
    }

    /** The {@code preferred_username} of the JWT the console sent: whose token it was. */
    private static String username(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length < 2) {
            return null;
        }
        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        JsonNode name = claims.get("preferred_username");
        return name == null ? null : name.asString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
