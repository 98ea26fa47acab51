package uk.lantern.testsupport.fuzz;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates JSON values that conform (as far as a generator without a solver can) to a JSON Schema or an OpenAPI
 * schema: {@code $ref}, {@code allOf} (merged), {@code oneOf}/{@code anyOf} (one picked), {@code enum}, {@code const},
 * types (also 3.1's {@code ["string","null"]}), properties and required, items and their counts, string lengths,
 * numeric bounds, the formats date, date-time, uuid and email, and simple patterns (see {@link Regexes}). The same
 * seed gives the same value.
 */
public final class SchemaCases {

    /** A schema and where it was found, so a relative {@code $ref} inside it can be followed. */
    public record Located(JsonNode schema, String base) {
    }

    /** Follows a {@code $ref} found in a schema located at {@code from}. */
    public interface Refs {
        Located resolve(Located from, String ref);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 12;
    private static final Instant AROUND = Instant.parse("2026-06-15T12:00:00Z");

    private final Refs refs;

    public SchemaCases(Refs refs) {
        this.refs = refs;
    }

    public JsonNode valid(Located schema, Random random) {
        return generate(schema, random, 0);
    }

    /** The schema with its {@code $ref} followed and its {@code allOf} parts merged into one object schema. */
    public Located flatten(Located located) {
        JsonNode schema = located.schema();
        int guard = 0;
        while (schema.has("$ref") && guard++ < 20) {
            String ref = schema.get("$ref").asString();
            Located from = located;
            int split = ref.indexOf("::");
            if (split >= 0) {
                from = new Located(schema, ref.substring(0, split));
                ref = ref.substring(split + 2);
            }
            Located target = refs.resolve(from, ref);
            if (schema.size() > 1) {
                ObjectNode merged = ((ObjectNode) schema.deepCopy());
                merged.remove("$ref");
                return flatten(new Located(mergeAllOf(List.of(target, new Located(merged, located.base()))),
                        target.base()));
            }
            located = target;
            schema = target.schema();
        }
        if (schema.has("allOf")) {
            List<Located> parts = new ArrayList<>();
            for (JsonNode part : schema.get("allOf")) {
                parts.add(flatten(new Located(part, located.base())));
            }
            ObjectNode rest = ((ObjectNode) schema.deepCopy());
            rest.remove("allOf");
            parts.add(new Located(rest, located.base()));
            return new Located(mergeAllOf(parts), located.base());
        }
        return located;
    }

    private ObjectNode mergeAllOf(List<Located> parts) {
        ObjectNode merged = NODES.objectNode();
        ObjectNode properties = NODES.objectNode();
        Set<String> required = new LinkedHashSet<>();
        for (Located part : parts) {
            JsonNode schema = part.schema();
            for (Map.Entry<String, JsonNode> e : schema.properties()) {
                switch (e.getKey()) {
                    case "properties" -> e.getValue().properties().forEach(p -> properties.set(p.getKey(),
                            absolute(p.getValue(), part.base())));
                    case "required" -> e.getValue().forEach(r -> required.add(r.asString()));
                    default -> merged.set(e.getKey(), absolute(e.getValue(), part.base()));
                }
            }
        }
        if (!properties.isEmpty()) {
            merged.set("properties", properties);
            if (!merged.has("type")) {
                merged.put("type", "object");
            }
        }
        if (!required.isEmpty()) {
            ArrayNode list = merged.putArray("required");
            required.forEach(list::add);
        }
        return merged;
    }

    /** Relative refs inside a part merged from another document are made to carry their own base. */
    private JsonNode absolute(JsonNode node, String base) {
        if (base == null || !node.isContainer()) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        rebase(copy, base);
        return copy;
    }

    private void rebase(JsonNode node, String base) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && !ref.asString().contains("::")) {
                object.put("$ref", base + "::" + ref.asString());
            }
            object.properties().forEach(e -> rebase(e.getValue(), base));
        } else if (node.isArray()) {
            node.forEach(child -> rebase(child, base));
        }
    }

    private JsonNode generate(Located located, Random random, int depth) {
        Located flat = flatten(located);
        JsonNode schema = flat.schema();
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.has(choice) && schema.get(choice).size() > 0) {
                JsonNode options = schema.get(choice);
                List<JsonNode> nonNull = new ArrayList<>();
                options.forEach(o -> {
                    if (!"null".equals(o.path("type").asString(""))) {
                        nonNull.add(o);
                    }
                });
                JsonNode pick = nonNull.isEmpty() ? options.get(0) : nonNull.get(random.nextInt(nonNull.size()));
                return generate(new Located(pick, flat.base()), random, depth + 1);
            }
        }
        String type = type(schema);
        if (depth > MAX_DEPTH) {
            return "object".equals(type) ? NODES.objectNode() : "array".equals(type) ? NODES.arrayNode()
                    : NODES.stringNode("x");
        }
        return switch (type) {
            case "object" -> object(flat, random, depth);
            case "array" -> array(flat, random, depth);
            case "integer" -> NODES.numberNode(integer(schema, random));
            case "number" -> NODES.numberNode(integer(schema, random) + (random.nextBoolean() ? 0.5 : 0));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "null" -> NODES.nullNode();
            default -> NODES.stringNode(string(schema, random));
        };
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
            return "null";
        }
        if (type != null) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }

    private ObjectNode object(Located flat, Random random, int depth) {
        JsonNode schema = flat.schema();
        ObjectNode object = NODES.objectNode();
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (required.contains(property.getKey()) || random.nextInt(4) != 0) {
                object.set(property.getKey(), generate(new Located(property.getValue(), flat.base()), random,
                        depth + 1));
            }
        }
        return object;
    }

    private ArrayNode array(Located flat, Random random, int depth) {
        JsonNode schema = flat.schema();
        ArrayNode array = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(min + 3), min + 3);
        int n = min + random.nextInt(Math.max(1, max - min + 1));
        JsonNode items = schema.get("items");
        for (int i = 0; i < n && items != null; i++) {
            array.add(generate(new Located(items, flat.base()), random, depth + 1));
        }
        return array;
    }

    private static long integer(JsonNode schema, Random random) {
        long min = schema.has("minimum") ? (long) Math.ceil(schema.get("minimum").asDouble()) : 0;
        long max = schema.has("maximum") ? (long) Math.floor(schema.get("maximum").asDouble()) : min + 100;
        if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
            min = (long) Math.floor(schema.get("exclusiveMinimum").asDouble()) + 1;
        }
        if (max < min) {
            max = min;
        }
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private static String string(JsonNode schema, Random random) {
        String format = schema.path("format").asString("");
        switch (format) {
            case "date":
                return LocalDate.of(2008, 1, 1).plusDays(random.nextInt(3650)).toString();
            case "date-time":
                return AROUND.minus(random.nextInt(24 * 400), ChronoUnit.HOURS).plusSeconds(random.nextInt(3600))
                        .toString();
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "email":
                return "someone" + random.nextInt(1000) + "@example.org";
            default:
                break;
        }
        if (schema.has("pattern")) {
            String fromPattern = Regexes.example(schema.get("pattern").asString(), random);
            if (fromPattern != null) {
                return fromPattern;
            }
        }
        int min = schema.path("minLength").asInt(1);
        int max = Math.min(schema.path("maxLength").asInt(min + 11), min + 11);
        int n = Math.max(min, min + random.nextInt(Math.max(1, max - min + 1)));
        StringBuilder text = new StringBuilder();
        String letters = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i < n; i++) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        return text.toString();
    }

    /** Every path (as a list of names and indexes) to a value inside {@code node}, the root excluded. */
    public static List<List<Object>> paths(JsonNode node) {
        List<List<Object>> paths = new ArrayList<>();
        collect(node, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(JsonNode node, List<Object> prefix, List<List<Object>> into) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                List<Object> path = new ArrayList<>(prefix);
                path.add(e.getKey());
                into.add(path);
                collect(e.getValue(), path, into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> path = new ArrayList<>(prefix);
                path.add(i);
                into.add(path);
                collect(node.get(i), path, into);
            }
        }
    }

    /** Keeps the order of the map, for callers that list properties. */
    static <K, V> Map<K, V> ordered() {
        return new LinkedHashMap<>();
    }
}
