package uk.lantern.console.backend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    public BackendProblem(Service service, int status, String title, String detail) {
        super(service.words() + " answered " + status + (title == null ? "" : ": " + title));
        this.service = service;
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    static BackendProblem from(Service service, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        String title = null;
        String detail = null;
        try (InputStream body = response.getBody()) {
            byte[] bytes = body.readNBytes(16 * 1024);
            if (bytes.length > 0) {
                JsonNode problem = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
                title = text(problem, "title");
                detail = text(problem, "detail");
            }
        } catch (RuntimeException notJson) {
            // not a problem document: the status alone says what happened
        }
        return new BackendProblem(service, status, title, detail);
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
}
