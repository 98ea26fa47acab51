package uk.lantern.schemas.compatibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds schema changes that would break a consumer written against a released schema: a schema file removed, a
 * field the consumer could rely on (required) removed, renamed or made optional, or a field's type changed; an enum
 * value added or removed (a consumer switches over the values it was given; history holds the old ones); a property
 * added to a closed object ({@code additionalProperties: false}: a consumer validating with the released schema
 * refuses the message); a pattern, format, length, number of items or numeric bound tightened or newly imposed (the
 * messages already on the topic, valid when written, would fail it when read again); a {@code const} changed, added
 * or removed. Adding optional fields to an open object, adding required fields and relaxing a pattern, format,
 * length or bound are compatible: readers are tolerant. A changed pattern counts as tightened, since whether one
 * regular expression accepts everything another does cannot be decided in general.
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
            constraintBreaks(old, now).forEach(reason -> breaks.add(new Break(schema, field, reason)));
        });
        breaks.sort(Comparator.comparing(Break::field));
        return breaks;
    }

    private static List<String> constraintBreaks(FieldShape old, FieldShape now) {
        List<String> reasons = new ArrayList<>();
        if (!Objects.equals(old.enumValues(), now.enumValues())) {
            if (old.enumValues() == null) {
                reasons.add("enum " + now.enumValues() + " imposed");
            } else if (now.enumValues() == null) {
                reasons.add("enum " + old.enumValues() + " lifted: any value may now appear");
            } else {
                Set<String> added = new TreeSet<>(now.enumValues());
                added.removeAll(old.enumValues());
                Set<String> removed = new TreeSet<>(old.enumValues());
                removed.removeAll(now.enumValues());
                if (!added.isEmpty()) {
                    reasons.add("enum value added " + added);
                }
                if (!removed.isEmpty()) {
                    reasons.add("enum value removed " + removed);
                }
            }
        }
        if (!Objects.equals(old.constValue(), now.constValue())) {
            reasons.add("const changed from " + old.constValue() + " to " + now.constValue());
        }
        if (old.closedTo() != null && now.closedTo() != null) {
            Set<String> added = new TreeSet<>(now.closedTo());
            added.removeAll(old.closedTo());
            if (!added.isEmpty()) {
                reasons.add("property added to a closed schema " + added);
            }
        } else if (old.closedTo() != null) {
            reasons.add("closed schema opened: any property may now appear");
        }
        if (!old.patterns().containsAll(now.patterns())) {
            reasons.add("pattern tightened from " + old.patterns() + " to " + now.patterns());
        }
        if (!old.formats().containsAll(now.formats())) {
            reasons.add("format tightened from " + old.formats() + " to " + now.formats());
        }
        tightened(reasons, "minLength", old.minLength(), now.minLength(), 1);
        tightened(reasons, "maxLength", old.maxLength(), now.maxLength(), -1);
        tightened(reasons, "minItems", old.minItems(), now.minItems(), 1);
        tightened(reasons, "maxItems", old.maxItems(), now.maxItems(), -1);
        tightened(reasons, "minimum", old.minimum(), now.minimum(), 1);
        tightened(reasons, "maximum", old.maximum(), now.maximum(), -1);
        return reasons;
    }

    /** {@code direction} 1: a larger bound is tighter (a minimum); -1: a smaller one is (a maximum). */
    private static <T extends Comparable<T>> void tightened(List<String> reasons, String keyword, T old, T now,
                                                            int direction) {
        if (now != null && (old == null || Integer.signum(now.compareTo(old)) == direction)) {
            reasons.add(keyword + " tightened from " + old + " to " + now);
        }
    }

    private static List<Path> schemaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
