package uk.lantern.schemas.compatibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds schema changes that would break a consumer written against a released schema: a schema file removed, a
 * field the consumer could rely on (required) removed, renamed or made optional, or a field's type changed.
 * Adding optional fields, adding required fields and relaxing constraints are compatible: readers are tolerant.
 */
public final class SchemaCompatibility {

    /** One breaking change, e.g. {@code episode-reported.v1.json $.data.riskGrade: required field removed or renamed}. */
    public record Break(String schema, String field, String reason) {
        @Override
        public String toString() {
            return schema + " " + field + ": " + reason;
        }
    }

    private final JsonMapper mapper = JsonMapper.builder().build();

    /** Compares every schema file under {@code released} with the file at the same relative path under {@code current}. */
    public List<Break> breaks(Path released, Path current) {
        List<Break> breaks = new ArrayList<>();
        for (Path releasedFile : schemaFiles(released)) {
            String relative = released.relativize(releasedFile).toString().replace('\\', '/');
            Path currentFile = current.resolve(relative);
            if (!Files.exists(currentFile)) {
                breaks.add(new Break(relative, "$", "released schema removed"));
                continue;
            }
            Map<String, FieldShape> now;
            try {
                now = fields(currentFile);
            } catch (JacksonException e) {
                breaks.add(new Break(relative, "$", "cannot be read (missing or invalid $ref?): " + e.getOriginalMessage()));
                continue;
            }
            breaks.addAll(compare(relative, fields(releasedFile), now));
        }
        return breaks;
    }

    private Map<String, FieldShape> fields(Path file) {
        return new SchemaFlattener(mapper).flatten(file);
    }

    private static List<Break> compare(String schema, Map<String, FieldShape> before, Map<String, FieldShape> after) {
        List<Break> breaks = new ArrayList<>();
        before.forEach((field, old) -> {
            FieldShape now = after.get(field);
            if (now == null) {
                if (old.required()) {
                    breaks.add(new Break(schema, field, "required field removed or renamed"));
                }
                return;
            }
            if (old.required() && !now.required()) {
                breaks.add(new Break(schema, field, "required field made optional"));
            }
            if (!old.types().isEmpty() && !old.types().equals(now.types())) {
                breaks.add(new Break(schema, field, "type changed from " + old.types() + " to " + now.types()));
            }
        });
        breaks.sort(Comparator.comparing(Break::field));
        return breaks;
    }

    private static List<Path> schemaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
