package uk.lantern.testsupport.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.testsupport.Api;

/**
 * The hostile requests every service must answer the same way, as named checks a service's test calls with one of its
 * own endpoints: a body over the limit (declared or chunked) is 413 naming the limit; malformed JSON, a wrong type,
 * a bad enum, an impossible date, a key twice, an unknown content type, a wrong method, a bad path variable and a bad
 * query parameter are 4xx problems naming the field, never a Java class or a stack frame; every answer carries the
 * security headers. Each check throws {@link AssertionError} saying what was wrong.
 */
public final class HostileRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;
    private final int limit;

    public HostileRequests(Api api, int bodyLimitBytes) {
        this.api = api;
        this.limit = bodyLimitBytes;
    }

    /** A body over the limit, with its Content-Length and chunked, is refused 413 with a problem naming the limit. */
    public void bodyOverTheLimitIs413(String postPath) {
        byte[] body = ("{\"padding\":\"" + "x".repeat(limit) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (Api.Framing framing : Api.Framing.values()) {
            Api.RawResponse response = api.raw("POST", postPath, "application/json", body, framing);
            JsonNode problem = problem(response, 413, "body of " + body.length + " bytes, " + framing);
            expect(problem.path("detail").asString().contains(limit + " bytes"),
                    "the 413 problem names the limit: " + problem);
            expect(problem.path("limitBytes").asLong() == limit, "the 413 problem gives limitBytes: " + problem);
        }
    }

    /** A URL or a header over Tomcat's 8KB for the request line and headers is a 4xx problem, not a hang or a 5xx. */
    public void oversizedUrlsAndHeadersAreProblems(String getPath) {
        String longQuery = getPath + (getPath.contains("?") ? "&" : "?") + "x=" + "a".repeat(10_000);
        Api.RawResponse url = api.raw("GET", longQuery, null, null, Api.Framing.LENGTH);
        expect(url.status() == 400 || url.status() == 414 || url.status() == 431,
                "a 10KB URL: expected 400/414/431, got " + url.status());
        problem(url, url.status(), "a 10KB URL");
        Api.RawResponse header = api.raw("GET", getPath, null, null, Api.Framing.LENGTH, "X-Padding",
                "b".repeat(10_000));
        expect(header.status() == 400 || header.status() == 431,
                "a 10KB header: expected 400/431, got " + header.status());
        problem(header, header.status(), "a 10KB header");
    }

    /** A body just at the limit is read (whatever the answer, it is not 413). */
    public void bodyAtTheLimitIsRead(String postPath) {
        String start = "{\"padding\":\"";
        byte[] body = (start + "x".repeat(limit - start.length() - 2) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (Api.Framing framing : Api.Framing.values()) {
            Api.RawResponse response = api.raw("POST", postPath, "application/json", body, framing);
            expect(response.status() != 413 && response.status() < 500,
                    "a body of exactly the limit (" + framing + ") was read, got " + response.status() + " "
                            + response.text());
        }
    }

    /**
     * The cases of item 2 of the issue against one POST endpoint with a valid body: each must be a 400 problem whose
     * errors name the field (or "body"), with nothing internal. An enum or date field may be null: none to try.
     */
    public void malformedBodiesAreProblemsNamingTheField(String postPath, String validBody, String stringField,
                                                         String enumField, String dateField) {
        JsonNode valid = JSON.readTree(validBody);
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"truncated JSON", validBody.substring(0, validBody.length() / 2), "body"});
        cases.add(new String[] {"not JSON", "this is not json", "body"});
        cases.add(new String[] {"empty body", "", "body"});
        cases.add(new String[] {"a key twice", "{\"" + top(stringField) + "\":null," + validBody.strip().substring(1),
                top(stringField)});
        cases.add(new String[] {"wrong type", with(valid, stringField, "[1,2]"), stringField});
        if (enumField != null) {
            cases.add(new String[] {"bad enum", with(valid, enumField, "\"NOT_A_VALUE\""), enumField});
            cases.add(new String[] {"number for an enum", with(valid, enumField, "7"), enumField});
        }
        if (dateField != null) {
            cases.add(new String[] {"30 February", with(valid, dateField, "\"2026-02-30\""), dateField});
            cases.add(new String[] {"not a date", with(valid, dateField, "\"yesterday\""), dateField});
            cases.add(new String[] {"object for a date", with(valid, dateField, "{\"$gt\":\"\"}"), dateField});
        }
        cases.add(new String[] {"deep nesting", "[".repeat(3000) + "]".repeat(3000), "body"});
        for (String[] c : cases) {
            Api.RawResponse response = api.raw("POST", postPath, "application/json",
                    c[1].getBytes(StandardCharsets.UTF_8), Api.Framing.LENGTH);
            JsonNode problem = problem(response, 400, c[0]);
            String fields = problem.path("errors").toString();
            expect(fields.contains("\"field\":\"" + c[2] + "\""), c[0] + ": the problem names " + c[2] + ": " + problem);
        }
        Api.RawResponse notUtf8 = api.raw("POST", postPath, "application/json",
                new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, Api.Framing.LENGTH);
        problem(notUtf8, 400, "bytes that are not UTF-8");
    }

    /**
     * A content type the endpoint does not take (or a wildcard, or no media type) is 415, a method it does not have
     * TRACE 405, another method no access rule names 403 (deny by default), all problems.
     */
    public void wrongContentTypeAndMethodAreProblems(String postPath, String validBody) {
        byte[] body = validBody.getBytes(StandardCharsets.UTF_8);
        problem(api.raw("POST", postPath, "text/plain", body, Api.Framing.LENGTH), 415, "text/plain");
        Api.RawResponse xml = api.raw("POST", postPath, "application/xml", body, Api.Framing.LENGTH);
        // 415, or 400 where an XML reader is on the classpath (correlation-service's) and finds no XML.
        problem(xml, xml.status() == 400 ? 400 : 415, "application/xml");
        problem(api.raw("POST", postPath, "application/*", body, Api.Framing.LENGTH), 415, "application/*");
        problem(api.raw("POST", postPath, "not a media type", body, Api.Framing.LENGTH), 415, "not a media type");
        // deny by default: a method no access rule names is refused (403) before it could be found not allowed (405)
        problem(api.raw("DELETE", postPath, null, null, Api.Framing.LENGTH), 403, "DELETE");
        Api.RawResponse trace = api.raw("TRACE", postPath, null, null, Api.Framing.LENGTH);
        problem(trace, 405, "TRACE");
        expect(trace.header("Content-Security-Policy") != null, "TRACE: the 405 carries the security headers");
        problem(api.raw("PATCH", postPath, "application/json", body, Api.Framing.LENGTH), 403, "PATCH");
    }

    /** A GET with a bad path variable or query parameter is a 4xx problem, nothing internal in it. */
    public void badParametersAreProblems(String getPath, int expectedStatus, String field) {
        JsonNode problem = problem(api.raw("GET", getPath, null, null, Api.Framing.LENGTH), expectedStatus, getPath);
        if (field != null) {
            expect(problem.toString().contains(field), getPath + ": the problem names " + field + ": " + problem);
        }
    }

    /** Every answer, a refusal included, carries the headers Spring Security does not add. */
    public void securityHeadersOnEveryAnswer(String... paths) {
        for (String path : paths) {
            Api.RawResponse response = api.raw("GET", path, null, null, Api.Framing.LENGTH);
            expect("default-src 'none'; frame-ancestors 'none'".equals(response.header("Content-Security-Policy")),
                    path + ": Content-Security-Policy was " + response.header("Content-Security-Policy"));
            expect("no-referrer".equals(response.header("Referrer-Policy")), path + ": Referrer-Policy");
            expect(response.header("Permissions-Policy") != null
                    && response.header("Permissions-Policy").contains("camera=()"), path + ": Permissions-Policy");
            expect("no-store".equals(response.header("Cache-Control")), path + ": Cache-Control was "
                    + response.header("Cache-Control"));
        }
    }

    /** Asserts a problem of the status with nothing internal, and returns it. */
    public JsonNode problem(Api.RawResponse response, int status, String what) {
        String text = response.text();
        expect(response.status() == status, what + ": expected " + status + ", got " + response.status() + " " + text);
        String type = response.header("Content-Type");
        expect(type != null && type.startsWith("application/problem+json"), what + ": not a problem: " + type);
        var leak = RestFuzzer.LEAK.matcher(text);
        expect(!leak.find(), what + ": the problem names an internal: " + text);
        return JSON.readTree(text);
    }

    private static String top(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }

    /** The valid body with the value at a dotted path replaced by raw JSON. */
    private static String with(JsonNode valid, String dotted, String rawJson) {
        JsonNode copy = valid.deepCopy();
        String[] steps = dotted.split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.get(steps[i]);
        }
        String marker = "@@REPLACE@@";
        ((tools.jackson.databind.node.ObjectNode) parent).put(steps[steps.length - 1], marker);
        return JSON.writeValueAsString(copy).replace("\"" + marker + "\"", rawJson);
    }

    private static void expect(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
