package uk.lantern.schemas.compatibility;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flattens a JSON Schema into field paths ({@code $.data.lastSeen.at}, {@code $.data.associates[].name}) with their
 * shape, following {@code $ref} (relative files and JSON pointers) and {@code allOf}.
 */
final class SchemaFlattener {

    private static final int MAX_DEPTH = 32;

    private final JsonMapper mapper;
    private final Map<Path, JsonNode> documents = new java.util.HashMap<>();

    SchemaFlattener(JsonMapper mapper) {
        this.mapper = mapper;
    }

    Map<String, FieldShape> flatten(Path file) {
        Map<String, FieldShape> fields = new TreeMap<>();
        walk(document(file), file, "$", true, fields, 0);
        return fields;
    }

    private void walk(JsonNode schema, Path file, String path, boolean required, Map<String, FieldShape> out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("schema nesting too deep (recursive $ref?) at " + path + " in " + file);
        }
        out.merge(path, shape(required, schema), FieldShape::merge);
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            int hash = ref.indexOf('#');
            Path target = hash == 0 ? file : file.resolveSibling(hash < 0 ? ref : ref.substring(0, hash)).normalize();
            JsonNode resolved = document(target);
            if (hash >= 0) {
                resolved = resolved.at(ref.substring(hash + 1));
            }
            walk(resolved, target, path, required, out, depth + 1);
        }
        for (JsonNode part : schema.path("allOf")) {
            walk(part, file, path, required, out, depth + 1);
        }
        Set<String> requiredNames = new HashSet<>();
        schema.path("required").forEach(n -> requiredNames.add(n.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            walk(property.getValue(), file, path + "." + property.getKey(), requiredNames.contains(property.getKey()),
                    out, depth + 1);
        }
        if (schema.has("items")) {
            walk(schema.get("items"), file, path + "[]", false, out, depth + 1);
        }
    }

    private static FieldShape shape(boolean required, JsonNode schema) {
        Set<String> enumValues = null;
        if (schema.has("enum")) {
            enumValues = new TreeSet<>();
            for (JsonNode value : schema.get("enum")) {
                enumValues.add(value.toString());
            }
        }
        Set<String> closedTo = null;
        if (isFalse(schema.get("additionalProperties")) || isFalse(schema.get("unevaluatedProperties"))) {
            closedTo = new TreeSet<>(schema.path("properties").propertyNames());
        }
        return new FieldShape(required, types(schema), enumValues,
                schema.has("const") ? schema.get("const").toString() : null,
                text(schema, "pattern"), text(schema, "format"),
                integer(schema, "minLength"), integer(schema, "maxLength"),
                integer(schema, "minItems"), integer(schema, "maxItems"),
                number(schema, "minimum"), number(schema, "maximum"), closedTo);
    }

    private static boolean isFalse(JsonNode node) {
        return node != null && node.isBoolean() && !node.asBoolean();
    }

    private static Set<String> text(JsonNode schema, String keyword) {
        return schema.has(keyword) ? Set.of(schema.get(keyword).asString()) : Set.of();
    }

    private static Integer integer(JsonNode schema, String keyword) {
        return schema.has(keyword) ? schema.get(keyword).asInt() : null;
    }

    private static BigDecimal number(JsonNode schema, String keyword) {
        return schema.has(keyword) ? schema.get(keyword).decimalValue() : null;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isString()) {
            types.add(type.asString());
        }
        type.values().forEach(t -> types.add(t.asString()));
        return types;
    }

    private JsonNode document(Path file) {
        return documents.computeIfAbsent(file.normalize(), f -> mapper.readTree(f.toFile()));
    }
}
