package uk.lantern.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for a service's public API, as any recorder's or provider's system would call it. A new client
 * is nobody: {@link #as} signs a demo person in at the test JVM's OpenID provider and sends their token.
 */
public final class Api {

    public record Response(int status, Map<String, java.util.List<String>> headers, JsonNode body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String username;
    private final List<String> headers;

    public Api(int port) {
        this("http://localhost:" + port, null, List.of());
    }

    private Api(String base, String username, List<String> headers) {
        this.base = base;
        this.username = username;
        this.headers = List.copyOf(headers);
    }

    /** The same API, called by a demo person (their token from the test JVM's OpenID provider). */
    public Api as(String username) {
        return new Api(base, username, headers);
    }

    /** The same API with headers sent on every request (name, value, name, value...). */
    public Api withHeaders(String... namesAndValues) {
        List<String> all = new ArrayList<>(headers);
        all.addAll(List.of(namesAndValues));
        return new Api(base, username, all);
    }

    /** Who calls: a demo person's user name, or null for nobody. */
    public String username() {
        return username;
    }

    /**
     * An answer as bytes, whatever it is: for callers that send what a hostile client would and must look at the
     * answer without trusting it to be JSON.
     */
    public record RawResponse(int status, Map<String, java.util.List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** How a raw body is sent: with its Content-Length, or chunked (no length declared). */
    public enum Framing { LENGTH, CHUNKED }

    public Response post(String path, String body, String... headers) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /**
     * Any method, any bytes, any content type (none when null), any headers: what the hostile-input fuzzer and the
     * size-limit tests send. The path is used as given (already encoded), so it may carry what a browser would not.
     */
    public RawResponse raw(String method, String path, String contentType, byte[] body, Framing framing,
                           String... headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : framing == Framing.CHUNKED
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = request(path).timeout(Duration.ofSeconds(30)).method(method, publisher);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new RawResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every request starts here: the headers sent on every request, and the person's token, are added for all. */
    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        if (username != null) {
            request.header("Authorization", "Bearer " + EmbeddedInfra.token(username));
        }
        return request;
    }

    /** Any method, with a body or none, for tests that go beyond the API's own calls. */
    public Response send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = request(path)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.missingNode()
                    : response.body().trim().startsWith("{") || response.body().trim().startsWith("[")
                    ? JSON.readTree(response.body()) : JSON.getNodeFactory().stringNode(response.body());
            return new Response(response.statusCode(), response.headers().map(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
