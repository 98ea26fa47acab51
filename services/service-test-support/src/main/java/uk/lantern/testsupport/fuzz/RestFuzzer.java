package uk.lantern.testsupport.fuzz;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.AuthorisationMatrix;

/**
 * Sends generated and hostile requests to every operation of a running service's OpenAPI document (read from its
 * {@code /v3/api-docs}) and counts the answers. Bodies are made valid from the operation's request schema (or from an
 * example the caller gives) and then mutated ({@link Mutations}); path, query and header parameters are generated
 * from their schemas or replaced by awkward values. Every request goes through {@link Api}, so however the service
 * was started, and whatever credentials Api adds, the fuzzer is the same.
 *
 * <p>A failure is: any 5xx; any answer that names a Java class or shows a stack frame; a body over the limit not
 * refused with 413. Case {@code i} of a seed is the same whether run alone or within its run; its failure prints
 * what reproduces it.
 */
public final class RestFuzzer {

    /** An operation of the OpenAPI document. */
    record Operation(String method, String path, List<JsonNode> parameters, JsonNode bodySchema, boolean bodyRequired) {
        String name() {
            return method + " " + path;
        }
    }

    /** What no answer may contain: Java's qualified names, exception class names, stack frames. */
    static final Pattern LEAK = Pattern.compile(
            "(?:\\b(?:uk\\.lantern|java\\.(?:lang|util|time|io|net)|javax?\\.|jakarta\\.|tools\\.jackson|com\\.fasterxml"
                    + "|org\\.springframework|org\\.apache|com\\.mongodb|org\\.bson|sun\\.)\\.?[A-Za-z]"
                    + "|[A-Za-z]+(?:Exception|Error)\\b(?!s)|\\n\\s*at [a-z][\\w.$]+\\(|\\$\\$SpringCGLIB|\\.java:\\d+)");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> AWKWARD_PATH_VALUES = List.of("x", "-1", "0", "99999999999999999999", "null",
            "%00", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE", "%C3%28", "%FF", "%25", "%2525", "a%3Bb", "%20", "%0D%0A",
            "~", "x".repeat(3000), "%F0%9F%98%80", "'", "%22", "%7B%22%24gt%22%3A%22%22%7D", "..", ".", "%2E%2E");
    private static final List<String> AWKWARD_QUERY_VALUES = List.of("", "-1", "0", "2147483648", "1e3", "0.5",
            "NaN", "true", "2026-02-30", "2026-03-29T01:30:00", "2026-10-25T01:30:00+01:00", "+999999999-12-31",
            "x".repeat(2000), "%00", "%C3%28", "%FF", "a,b,c", "%7B%7D", "%5B%5D", "high", "HIGHEST",
            "%F0%9F%98%80", "null", "%0A");
    private static final List<String> AWKWARD_HEADER_VALUES = List.of("", " ", "*", "\"\"", "\"x", "W/\"1\"",
            "\"-1\"", "\"99999999999999999999\"", "-1", "x".repeat(4000), "\"1\", \"2\"", "garbage",
            "\u00e9\u00e8", "%00", "0");

    private final Api api;
    private final java.util.Map<String, Api> callers = new java.util.concurrent.ConcurrentHashMap<>();
    private final String target;
    private final int bodyLimit;
    private final List<Operation> operations;
    private final SchemaCases schemas;
    private final Mutations mutations;
    private final Map<String, JsonNode> examples = new HashMap<>();
    private final List<String> knownIds = new ArrayList<>();

    /**
     * @param api       the service's API
     * @param target    a name for the report (the service)
     * @param bodyLimit the service's request body limit in bytes: a larger body must be answered 413
     */
    public RestFuzzer(Api api, String target, int bodyLimit) {
        this.api = api;
        this.target = target;
        this.bodyLimit = bodyLimit;
        Api.RawResponse docs = api.raw("GET", "/v3/api-docs", null, null, Api.Framing.LENGTH);
        if (docs.status() != 200) {
            throw new IllegalStateException("no OpenAPI document at /v3/api-docs: " + docs.status());
        }
        JsonNode document = JSON.readTree(docs.body());
        this.operations = operations(document);
        this.schemas = new SchemaCases((from, ref) -> {
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local refs in an OpenAPI document: " + ref);
            }
            return new SchemaCases.Located(document.at(ref.substring(1)), null);
        });
        this.mutations = new Mutations(bodyLimit + 1024);
    }

    /** A valid body to start from for an operation (e.g. {@code "POST /episodes"}), instead of a generated one. */
    public RestFuzzer example(String operation, String json) {
        examples.put(operation, JSON.readTree(json));
        return this;
    }

    /** An id that exists, for path parameters (ids are also learnt from Location headers as the run goes). */
    public RestFuzzer knownId(String id) {
        knownIds.add(id);
        return this;
    }

    public List<String> operationNames() {
        return operations.stream().map(Operation::name).toList();
    }

    /** Runs {@code cases} cases (or only the one named by {@code lantern.fuzz.only}), round the operations. */
    public FuzzReport run(int cases, long seed) {
        FuzzReport report = new FuzzReport(target, seed);
        long only = FuzzReport.only();
        for (long i = 0; i < cases; i++) {
            if (only >= 0 && i != only) {
                continue;
            }
            runCase(i, seed, report);
        }
        report.count("operations:" + operations.size());
        return report.finish();
    }

    private void runCase(long index, long seed, FuzzReport report) {
        Random random = FuzzReport.randomFor(seed, index);
        Operation op = operations.get((int) (index % operations.size()));
        List<String> headers = new ArrayList<>();
        String path = op.path();
        StringBuilder query = new StringBuilder();
        StringBuilder what = new StringBuilder(op.name());
        boolean bodyMutated = op.bodySchema() != null && random.nextInt(4) != 0;
        for (JsonNode parameter : op.parameters()) {
            String name = parameter.path("name").asString();
            String in = parameter.path("in").asString();
            boolean required = parameter.path("required").asBoolean(false);
            boolean awkward = !bodyMutated && random.nextInt(3) == 0;
            switch (in) {
                case "path" -> {
                    String value = awkward ? AWKWARD_PATH_VALUES.get(random.nextInt(AWKWARD_PATH_VALUES.size()))
                            : !knownIds.isEmpty() && random.nextInt(3) != 0
                            ? encode(knownIds.get(random.nextInt(knownIds.size())))
                            : encode(scalar(parameter, random));
                    if (awkward) {
                        what.append(" path ").append(name).append('=').append(Mutations.printable(value));
                    }
                    path = path.replace("{" + name + "}", value);
                }
                case "query" -> {
                    if (required || random.nextBoolean() || awkward) {
                        String value = awkward ? AWKWARD_QUERY_VALUES.get(random.nextInt(AWKWARD_QUERY_VALUES.size()))
                                : encode(scalar(parameter, random));
                        if (awkward) {
                            what.append(" query ").append(name).append('=').append(Mutations.printable(value));
                        }
                        query.append(query.isEmpty() ? '?' : '&').append(encode(name)).append('=').append(value);
                        if (awkward && random.nextInt(4) == 0) {
                            query.append('&').append(encode(name)).append('=').append(value);
                        }
                    }
                }
                case "header" -> {
                    if (required || random.nextBoolean() || awkward) {
                        String value = awkward ? AWKWARD_HEADER_VALUES.get(random.nextInt(AWKWARD_HEADER_VALUES.size()))
                                : header(name, parameter, random);
                        if (awkward) {
                            what.append(" header ").append(name).append('=').append(Mutations.printable(value));
                        }
                        headers.add(name);
                        headers.add(value);
                    }
                }
                default -> {
                }
            }
        }
        if (!bodyMutated && random.nextInt(8) == 0) {
            query.append(query.isEmpty() ? '?' : '&').append("unknownParameter=").append(random.nextInt(100));
            what.append(" unknown query parameter");
        }
        Mutations.Case body = null;
        if (op.bodySchema() != null) {
            JsonNode valid = examples.containsKey(op.name()) && random.nextBoolean() ? examples.get(op.name())
                    : schemas.valid(new SchemaCases.Located(op.bodySchema(), null), random);
            body = bodyMutated ? mutations.mutate(valid, random)
                    : new Mutations.Case("valid body", Mutations.JSON_TYPE, Mutations.bytes(valid));
            what.append(" body: ").append(body.description());
        } else if (random.nextInt(10) == 0) {
            body = new Mutations.Case("unexpected body", Mutations.JSON_TYPE, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
            what.append(" with an unexpected body");
        }
        String method = op.method();
        if (!bodyMutated && random.nextInt(12) == 0) {
            List<String> others = List.of("PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND");
            method = others.get(random.nextInt(others.size()));
            what.append(" as ").append(method);
        }
        Api.Framing framing = random.nextInt(8) == 0 ? Api.Framing.CHUNKED : Api.Framing.LENGTH;
        if (framing == Api.Framing.CHUNKED) {
            what.append(" (chunked)");
        }
        String fullPath = path + query;
        String reproduce = reproduce(seed, index, method, fullPath, body, framing, headers);
        Api.RawResponse response;
        try {
            response = caller(op).raw(method, fullPath, body == null ? null : body.contentType(),
                    body == null ? null : body.body(), framing, headers.toArray(String[]::new));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            boolean oversized = body != null && body.body().length > bodyLimit;
            report.count(oversized ? "closed-after-413" : "no-answer");
            if (!oversized) {
                report.fail(index, what + ": no answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                        reproduce);
            }
            report.caseDone();
            return;
        }
        report.caseDone();
        report.status(response.status());
        check(index, what.toString(), reproduce, body, response, report);
        learn(response);
    }

    private void check(long index, String what, String reproduce, Mutations.Case body, Api.RawResponse response,
                       FuzzReport report) {
        String text = response.text();
        if (response.status() >= 500) {
            report.fail(index, what + " -> " + response.status() + " " + snippet(text), reproduce);
        }
        var leak = LEAK.matcher(text);
        if (leak.find()) {
            report.fail(index, what + " -> " + response.status() + " names an internal (" + leak.group() + "): "
                    + snippet(text), reproduce);
        }
        if (body != null && body.body().length > bodyLimit && response.status() != 413) {
            report.fail(index, what + " -> " + response.status() + " for a body of " + body.body().length
                    + " bytes, over the limit of " + bodyLimit, reproduce);
        }
        if (response.status() >= 400 && response.status() < 500) {
            String type = response.header("Content-Type");
            boolean problem = type != null && type.startsWith("application/problem+json");
            report.count(problem ? "4xx-problem" : "4xx-not-problem");
            if (!problem) {
                report.sample("4xx not a problem: " + what + " -> " + response.status() + " " + type + " "
                        + snippet(text));
            }
        }
        if (response.header("Content-Security-Policy") == null) {
            report.count("without-security-headers");
            report.sample("no security headers: " + what + " -> " + response.status());
        }
    }

    private void learn(Api.RawResponse response) {
        if (response.status() / 100 != 2 || knownIds.size() > 200) {
            return;
        }
        String location = response.header("Location");
        if (location != null && location.lastIndexOf('/') >= 0) {
            knownIds.add(location.substring(location.lastIndexOf('/') + 1));
        }
    }

    private String scalar(JsonNode parameter, Random random) {
        JsonNode schema = parameter.path("schema");
        JsonNode value = schemas.valid(new SchemaCases.Located(schema, null), random);
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.isString() ? v.asString() : v.toString()));
            return String.join(",", parts);
        }
        return value.isString() ? value.asString() : value.toString();
    }

    private String header(String name, JsonNode parameter, Random random) {
        if (name.equalsIgnoreCase("If-Match")) {
            return "\"" + random.nextInt(5) + "\"";
        }
        if (name.equalsIgnoreCase("Idempotency-Key")) {
            return "fuzz-" + new UUID(random.nextLong(), random.nextLong());
        }
        return scalar(parameter, random);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String snippet(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    /**
     * Each operation is called by a demo person whose role has a standing reason to (the first such column of
     * {@code shared-schemas/access-matrix.md}), so the cases reach the service's own code rather than stopping at the
     * access rules; an Api that already names a person is used as it is.
     */
    private Api caller(Operation op) {
        if (api.username() != null) {
            return api;
        }
        return callers.computeIfAbsent(op.method() + " " + op.path(), key -> AuthorisationMatrix.rows(target).stream()
                .filter(row -> (row.method() + " " + row.path()).equals(key)).findFirst()
                .flatMap(row -> row.cells().entrySet().stream()
                        .filter(cell -> cell.getValue().equals("yes") || cell.getValue().equals("own org"))
                        .map(cell -> AuthorisationMatrix.PERSON_FOR_ROLE.get(cell.getKey())).findFirst())
                .map(api::as).orElse(api));
    }

    private static String reproduce(long seed, long index, String method, String path, Mutations.Case body,
                                    Api.Framing framing, List<String> headers) {
        StringBuilder out = new StringBuilder("-Dlantern.fuzz.seed=" + seed + " -Dlantern.fuzz.only=" + index + " | "
                + method + " " + path);
        for (int i = 0; i < headers.size(); i += 2) {
            out.append(" | ").append(headers.get(i)).append(": ").append(Mutations.printable(headers.get(i + 1)));
        }
        if (body != null) {
            out.append(" | Content-Type: ").append(body.contentType()).append(" | ").append(framing);
            out.append(" | body ");
            if (isUtf8(body.body())) {
                out.append(body.bodyText(2000));
            } else {
                out.append("base64:").append(Base64.getEncoder().encodeToString(
                        body.body().length > 3000 ? java.util.Arrays.copyOf(body.body(), 3000) : body.body()));
            }
        }
        return out.toString();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode op = entry.getValue();
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                op.path("parameters").forEach(parameters::add);
                JsonNode content = op.path("requestBody").path("content");
                JsonNode bodySchema = null;
                for (var media : content.properties()) {
                    if (media.getKey().contains("json")) {
                        bodySchema = media.getValue().path("schema");
                        break;
                    }
                }
                operations.add(new Operation(method, path.getKey(), parameters, bodySchema,
                        op.path("requestBody").path("required").asBoolean(false)));
            }
        }
        operations.sort(java.util.Comparator.comparing(Operation::name));
        if (operations.isEmpty()) {
            throw new IllegalStateException("the OpenAPI document has no operations");
        }
        return operations;
    }
}
