package uk.lantern.console.backend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service answered with an error: its status and, where it sent an RFC 9457 problem, the problem's title and
 * detail, which name the field at fault and are meant for people. Pages show them as they are.
 */
public class BackendProblem extends RuntimeException {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Service service;
    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;

    public BackendProblem(Service service, int status, String title, String detail) {
        this(service, status, title, detail, Map.of());
    }

    /** @param fieldErrors the problem's {@code errors}: each field at fault with the reason, in the service's words */
    public BackendProblem(Service service, int status, String title, String detail, Map<String, String> fieldErrors) {
        super(service.words() + " answered " + status + (title == null ? "" : ": " + title));
        this.service = service;
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    static BackendProblem from(Service service, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        String title = null;
        String detail = null;
        Map<String, String> fields = new LinkedHashMap<>();
        try (InputStream body = response.getBody()) {
            byte[] bytes = body.readNBytes(16 * 1024);
            if (bytes.length > 0) {
                JsonNode problem = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
                title = text(problem, "title");
                detail = text(problem, "detail");
                JsonNode errors = problem == null ? null : problem.get("errors");
                if (errors != null && errors.isArray()) {
                    errors.forEach(error -> {
                        String field = text(error, "field");
                        if (field != null) {
                            fields.putIfAbsent(field, text(error, "reason"));
                        }
                    });
                }
            }
        } catch (RuntimeException notJson) {
            // not a problem document: the status alone says what happened
        }
        fields.values().removeIf(java.util.Objects::isNull);
        return new BackendProblem(service, status, title, detail, fields);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    public Service service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** The fields the service named as at fault, each with its reason; empty when it named none. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
