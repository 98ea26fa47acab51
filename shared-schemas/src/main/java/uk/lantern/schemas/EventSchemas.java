package uk.lantern.schemas;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** Validates whole messages against the JSON Schema of their event type, loaded from the classpath. */
public final class EventSchemas {

    /**
     * Formats (date, date-time, uuid) are asserted, not only annotations as 2020-12 has them by default: a date of
     * 30 February, a year of +999999999 or a NUL where a date-time is due is refused here, naming the field, rather
     * than failing (or reading as null) further on in a consumer.
     */
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The reasons the message does not conform, each naming the field; empty when it conforms. */
    public List<String> violations(EventType<?> type, JsonNode message) {
        return schema(type.schemaPath()).validate(message).stream()
                .map(error -> error.toString())
                .toList();
    }

    public List<String> violations(String schemaPath, JsonNode message) {
        return schema(schemaPath).validate(message).stream().map(error -> error.toString()).toList();
    }

    private Schema schema(String path) {
        return schemas.computeIfAbsent(path, p -> registry.getSchema(SchemaLocation.of("classpath:" + p)));
    }
}
