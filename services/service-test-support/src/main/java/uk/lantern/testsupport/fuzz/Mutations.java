package uk.lantern.testsupport.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a valid JSON value into a hostile one: a field dropped, null, of the wrong type, an awkward string (empty,
 * huge, control characters, unpaired surrogates, right-to-left, an operator object), an awkward number (huge,
 * negative, fractional, beyond a long), an impossible or ambiguous date or time (30 February, a leap second, the hour
 * that does not exist or happens twice when the clocks change), deep nesting, a key twice, truncated or non-UTF-8
 * bytes, an unexpected top-level value, unknown fields (including ones that polymorphic readers act on). Each case
 * says what was done.
 */
public final class Mutations {

    /** A body to send (or put on a topic), what was done to it, and the content type it claims (JSON unless said). */
    public record Case(String description, String contentType, byte[] body) {
        public String bodyText(int max) {
            String text = body == null ? "<none>" : new String(body, StandardCharsets.UTF_8);
            return text.length() <= max ? text : text.substring(0, max) + "…(" + body.length + " bytes)";
        }
    }

    public static final String JSON_TYPE = "application/json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper ESCAPING = JsonMapper.builder()
            .enable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<String> AWKWARD_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\u0007\u001b[31m",
            "\r\n\r\nHTTP/1.1 200 OK", "\uD800", "\uDFFF\uD800", "😀👨‍👩‍👧", "\u202Eevil", "Ａｍｅｌｉａ", "e\u0301",
            "'; DROP TABLE children; --", "$where", "{\"$gt\": \"\"}", "../../etc/passwd", "${jndi:ldap://x/a}",
            "<script>alert(1)</script>", "%s%s%n", "null", "true", "0", "-1", "NaN", "java.lang.Runtime",
            "\t\t", "ÿ", "\uFEFF", "\uFFFF");
    static final List<String> AWKWARD_DATES = List.of("2026-02-30", "2026-13-01", "2026-00-10", "2025-02-29",
            "0000-01-01", "9999-12-31", "-2026-01-01", "+999999999-12-31", "2026-1-1", "26-01-01", "2026/01/01",
            "01/02/2026", "2026-01-01T00:00:00Z", "today", "");
    static final List<String> AWKWARD_TIMES = List.of("2026-03-29T01:30:00Z", "2026-03-29T01:30:00+01:00",
            "2026-03-29T01:30:00", "2026-10-25T01:30:00+01:00", "2026-10-25T01:30:00+00:00",
            "2026-10-25T01:30:00Europe/London", "2026-06-30T23:59:60Z", "2026-02-30T10:00:00Z",
            "2026-01-01T24:00:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z", "2026-01-01T00:00:00+25:00", "2026-01-01T00:00:00.123456789123Z",
            "2026-01-01", "1767225600", "2026-W01-1T00:00Z", "");
    static final List<String> NUMBERS = List.of("-1", "0", "-0", "0.5", "1e309", "-1e309", "1e-400",
            "9223372036854775808", "-9223372036854775809", "2147483648", "1" + "0".repeat(400), "1.0", "1E2",
            "123456789012345678901234567890.5");
    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=UTF-16", "application/json; charset=nonsense",
            "application/*", "x/y;;", "application/problem+json", "application/json-patch+json", "");

    private final int hugeBytes;

    /** @param hugeBytes the size of the "huge" bodies and strings: over the service's body limit */
    public Mutations(int hugeBytes) {
        this.hugeBytes = hugeBytes;
    }

    private interface Operator extends BiFunction<JsonNode, Random, Case> {
    }

    private List<Operator> operators() {
        List<Operator> ops = new ArrayList<>();
        ops.add((v, r) -> valueCase("as generated", v));
        ops.add(this::drop);
        ops.add(this::drop);
        ops.add((v, r) -> replace(v, r, "null", NODES.nullNode()));
        ops.add(this::wrongType);
        ops.add(this::wrongType);
        ops.add((v, r) -> {
            String s = AWKWARD_STRINGS.get(r.nextInt(AWKWARD_STRINGS.size()));
            return replace(v, r, "awkward string " + printable(s), NODES.stringNode(s));
        });
        ops.add((v, r) -> {
            String s = AWKWARD_STRINGS.get(r.nextInt(AWKWARD_STRINGS.size()));
            return replaceStrings(v, r, "every string awkward " + printable(s), s);
        });
        ops.add((v, r) -> replace(v, r, "long string (10,000 chars)", NODES.stringNode("x".repeat(10_000))));
        ops.add((v, r) -> replace(v, r, "string over the body limit", NODES.stringNode("y".repeat(hugeBytes))));
        ops.add((v, r) -> {
            String n = NUMBERS.get(r.nextInt(NUMBERS.size()));
            return rawReplace(v, r, "number " + n, n);
        });
        ops.add((v, r) -> {
            String d = AWKWARD_DATES.get(r.nextInt(AWKWARD_DATES.size()));
            return replaceFormatted(v, r, "date " + d, d, false);
        });
        ops.add((v, r) -> {
            String t = AWKWARD_TIMES.get(r.nextInt(AWKWARD_TIMES.size()));
            return replaceFormatted(v, r, "date-time " + t, t, true);
        });
        ops.add((v, r) -> replaceStrings(v, r, "enum values in lower case", null));
        ops.add((v, r) -> replace(v, r, "operator object {\"$gt\":\"\"}", JSON.readTree("{\"$gt\":\"\",\"$ne\":null}")));
        ops.add((v, r) -> replace(v, r, "deep nesting (200)", nested(200)));
        ops.add((v, r) -> textCase("deep nesting (5,000) at the top", "[".repeat(5000) + "]".repeat(5000)));
        ops.add((v, r) -> replace(v, r, "array of 5,000", array(5000)));
        ops.add(this::duplicateKey);
        ops.add(this::truncated);
        ops.add(this::truncated);
        ops.add((v, r) -> {
            String type = CONTENT_TYPES.get(r.nextInt(CONTENT_TYPES.size()));
            return new Case("content type " + (type.isEmpty() ? "(empty)" : type), type.isEmpty() ? null : type,
                    bytes(v));
        });
        ops.add(this::notUtf8);
        ops.add((v, r) -> {
            byte[] body = bytes(v);
            byte[] bom = new byte[body.length + 3];
            bom[0] = (byte) 0xEF;
            bom[1] = (byte) 0xBB;
            bom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bom, 3, body.length);
            return new Case("UTF-8 byte order mark first", JSON_TYPE, bom);
        });
        ops.add(this::unknownFields);
        ops.add((v, r) -> {
            List<String> tops = List.of("", "null", "[]", "{}", "\"text\"", "1", "true", "[" + text(v) + "]",
                    text(v) + text(v), text(v) + " garbage", "{\"a\":1}{", "\u0000", "   ");
            String top = tops.get(r.nextInt(tops.size()));
            return textCase("top level " + printable(top.length() > 20 ? top.substring(0, 20) + "…" : top), top);
        });
        ops.add((v, r) -> textCase("comments and single quotes", "/* c */" + text(v).replace('"', '\'')));
        ops.add((v, r) -> textCase("NaN and Infinity", text(v).replaceFirst(":\\s*(\"[^\"]*\"|[-0-9.eE]+|true|false)",
                ":NaN")));
        ops.add((v, r) -> new Case("body over the limit", JSON_TYPE,
                ("{\"padding\":\"" + "z".repeat(hugeBytes) + "\"}").getBytes(StandardCharsets.UTF_8)));
        return ops;
    }

    /** One hostile case made from the valid value, chosen by {@code random}. */
    public Case mutate(JsonNode valid, Random random) {
        List<Operator> ops = operators();
        return ops.get(random.nextInt(ops.size())).apply(valid.deepCopy(), random);
    }

    /** How many kinds of mutation there are. */
    public int kinds() {
        return operators().size();
    }

    private Case drop(JsonNode v, Random r) {
        List<List<Object>> paths = SchemaCases.paths(v);
        if (paths.isEmpty()) {
            return valueCase("nothing to drop", v);
        }
        List<Object> path = paths.get(r.nextInt(paths.size()));
        JsonNode parent = at(v, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else if (parent instanceof ArrayNode array) {
            array.remove((Integer) last);
        }
        return valueCase("dropped " + describe(path), v);
    }

    private Case wrongType(JsonNode v, Random r) {
        List<JsonNode> others = List.of(NODES.numberNode(42), NODES.stringNode("42"), NODES.booleanNode(true),
                NODES.objectNode(), NODES.arrayNode(), JSON.readTree("[\"a\",{\"b\":1}]"), NODES.numberNode(1.5));
        JsonNode other = others.get(r.nextInt(others.size()));
        return replace(v, r, "wrong type " + other, other);
    }

    private Case replace(JsonNode v, Random r, String what, JsonNode with) {
        List<List<Object>> paths = SchemaCases.paths(v);
        if (paths.isEmpty()) {
            return valueCase(what + " as the whole body", with);
        }
        List<Object> path = paths.get(r.nextInt(paths.size()));
        set(v, path, with);
        return valueCase(what + " at " + describe(path), v);
    }

    /** Replaces a value by raw JSON text (numbers Jackson's tree would not keep as written). */
    private Case rawReplace(JsonNode v, Random r, String what, String raw) {
        List<List<Object>> paths = SchemaCases.paths(v);
        if (paths.isEmpty()) {
            return textCase(what + " as the whole body", raw);
        }
        List<Object> path = paths.get(r.nextInt(paths.size()));
        String marker = "\"@@RAW-" + r.nextInt(1_000_000) + "@@\"";
        set(v, path, NODES.stringNode(marker.substring(1, marker.length() - 1)));
        return textCase(what + " at " + describe(path), text(v).replace(marker, raw));
    }

    /** Replaces a value that looks like a date (or a date-time) with the given text; any string if none does. */
    private Case replaceFormatted(JsonNode v, Random r, String what, String text, boolean dateTime) {
        List<List<Object>> candidates = new ArrayList<>();
        for (List<Object> path : SchemaCases.paths(v)) {
            JsonNode node = at(v, path);
            if (node.isString() && (dateTime ? node.asString().matches("\\d{4}-\\d\\d-\\d\\dT.*")
                    : node.asString().matches("\\d{4}-\\d\\d-\\d\\d"))) {
                candidates.add(path);
            }
        }
        if (candidates.isEmpty()) {
            return replace(v, r, what, NODES.stringNode(text));
        }
        List<Object> path = candidates.get(r.nextInt(candidates.size()));
        set(v, path, NODES.stringNode(text));
        return valueCase(what + " at " + describe(path), v);
    }

    /** Every string (or, with null, every upper-case enum-like string in lower case) replaced. */
    private Case replaceStrings(JsonNode v, Random r, String what, String with) {
        for (List<Object> path : SchemaCases.paths(v)) {
            JsonNode node = at(v, path);
            if (node.isString()) {
                if (with != null) {
                    set(v, path, NODES.stringNode(with));
                } else if (node.asString().matches("[A-Z_]+")) {
                    set(v, path, NODES.stringNode(node.asString().toLowerCase()));
                }
            }
        }
        return valueCase(what, v);
    }

    private Case duplicateKey(JsonNode v, Random r) {
        if (v instanceof ObjectNode object && !object.isEmpty()) {
            String first = object.propertyNames().iterator().next();
            String body = text(v);
            return textCase("key " + first + " twice", "{\"" + first + "\":\"duplicate\"," + body.substring(1));
        }
        return textCase("duplicate keys", "{\"a\":1,\"a\":2}");
    }

    private Case truncated(JsonNode v, Random r) {
        byte[] body = bytes(v);
        int cut = body.length <= 1 ? 0 : 1 + r.nextInt(body.length - 1);
        byte[] part = new byte[cut];
        System.arraycopy(body, 0, part, 0, cut);
        return new Case("truncated after " + cut + " of " + body.length + " bytes", JSON_TYPE, part);
    }

    private Case notUtf8(JsonNode v, Random r) {
        byte[] body = bytes(v);
        byte[][] bad = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
        byte[] insert = bad[r.nextInt(bad.length)];
        // Inside the first string value if there is one, else anywhere.
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf(":\"");
        int pos = at < 0 ? r.nextInt(body.length + 1) : text.substring(0, at + 2).getBytes(StandardCharsets.UTF_8).length;
        byte[] out = new byte[body.length + insert.length];
        System.arraycopy(body, 0, out, 0, pos);
        System.arraycopy(insert, 0, out, pos, insert.length);
        System.arraycopy(body, pos, out, pos + insert.length, body.length - pos);
        return new Case("bytes that are not UTF-8 at " + pos, JSON_TYPE, out);
    }

    private Case unknownFields(JsonNode v, Random r) {
        List<ObjectNode> objects = new ArrayList<>();
        if (v instanceof ObjectNode root) {
            objects.add(root);
        }
        for (List<Object> path : SchemaCases.paths(v)) {
            if (at(v, path) instanceof ObjectNode o) {
                objects.add(o);
            }
        }
        if (objects.isEmpty()) {
            return valueCase("no object for unknown fields", v);
        }
        ObjectNode target = objects.get(r.nextInt(objects.size()));
        List<String> names = List.of("unknownField", "@class", "@type", "__proto__", "constructor", "$where", "_id",
                "", "\u0000", "x".repeat(300), "id", "version");
        String name = names.get(r.nextInt(names.size()));
        target.put(name, name.startsWith("@") ? "java.lang.ProcessBuilder" : "surprise");
        return valueCase("unknown field " + printable(name.length() > 20 ? name.substring(0, 20) + "…" : name), v);
    }

    private static JsonNode nested(int depth) {
        JsonNode node = NODES.stringNode("deep");
        for (int i = 0; i < depth; i++) {
            ObjectNode o = NODES.objectNode();
            o.set("a", node);
            node = o;
        }
        return node;
    }

    private static ArrayNode array(int n) {
        ArrayNode a = NODES.arrayNode();
        for (int i = 0; i < n; i++) {
            a.add(i);
        }
        return a;
    }

    static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.set((String) last, value);
        } else if (parent instanceof ArrayNode a) {
            a.set((Integer) last, value);
        }
    }

    static String describe(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            out.append(step instanceof Integer ? "[" + step + "]" : (out.isEmpty() ? "" : ".") + step);
        }
        return printable(out.toString());
    }

    static String printable(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().limit(40).forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0xD800 && c <= 0xDFFF) || c == 0x202E || c == 0xFEFF) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private static Case valueCase(String description, JsonNode value) {
        return new Case(description, JSON_TYPE, bytes(value));
    }

    private static Case textCase(String description, String text) {
        return new Case(description, JSON_TYPE, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] bytes(JsonNode value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    /** As JSON text; a lone surrogate, which UTF-8 cannot carry, is written as its escape. */
    static String text(JsonNode value) {
        try {
            String text = JSON.writeValueAsString(value);
            text.getBytes(StandardCharsets.UTF_8);
            return hasLoneSurrogate(text) ? ESCAPING.writeValueAsString(value) : text;
        } catch (RuntimeException e) {
            return ESCAPING.writeValueAsString(value);
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
