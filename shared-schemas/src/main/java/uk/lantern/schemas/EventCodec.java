package uk.lantern.schemas;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns envelopes into the bytes on a topic and back. Decoding checks the message against its schema first, so a
 * consumer learns exactly why a message is unusable. Readers are tolerant: fields they do not know are ignored.
 */
public final class EventCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An empty or blank string (spaces, a NUL) where a date or time is due is not "no date": Jackson would
            // read it as null, past the schema (which does not assert formats), and a consumer would fail on it.
            .withCoercionConfig(LogicalType.DateTime, config -> config
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(true))
            .build();
    private final EventSchemas schemas = new EventSchemas();

    public byte[] encode(Envelope<?> envelope) {
        return mapper.writeValueAsBytes(envelope);
    }

    public JsonNode tree(Envelope<?> envelope) {
        return mapper.valueToTree(envelope);
    }

    public <D extends EventData> Envelope<D> decode(Topic<D> topic, byte[] bytes) {
        if (bytes == null) {
            throw new UndecodableEventException("message has no value");
        }
        JsonNode message;
        try {
            message = mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw new UndecodableEventException(List.of("not JSON: " + e.getOriginalMessage()), e);
        }
        if (!message.isObject() || !message.path("eventType").isString() || !message.path("schemaVersion").isInt()) {
            throw new UndecodableEventException("eventType (string) and schemaVersion (integer) are required");
        }
        String name = message.get("eventType").asString();
        int version = message.get("schemaVersion").asInt();
        EventType<? extends D> type = topic.eventType(name, version).orElseThrow(() -> new UndecodableEventException(
                "unknown event type " + name + " v" + version + " on " + topic.name()));
        List<String> violations = schemas.violations(type, message);
        if (!violations.isEmpty()) {
            throw new UndecodableEventException(violations, null);
        }
        return read(type, message);
    }

    private <D extends EventData> Envelope<D> read(EventType<? extends D> type, JsonNode message) {
        try {
            D data = mapper.treeToValue(message.get("data"), type.dataType());
            return new Envelope<>(
                    mapper.treeToValue(message.get("eventId"), java.util.UUID.class),
                    type.name(),
                    type.version(),
                    mapper.treeToValue(message.get("occurredAt"), java.time.Instant.class),
                    mapper.treeToValue(message.get("recordedAt"), java.time.Instant.class),
                    message.get("source").asString(),
                    mapper.treeToValue(message.get("subject"), Subject.class),
                    data);
        } catch (JacksonException | IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            // A message the schema lets through can still fail here: formats are not asserted by the schemas, and
            // an empty string where a date-time is due reads as null, which the envelope refuses.
            throw new UndecodableEventException(List.of("cannot read " + type.name() + ": " + e.getMessage()), e);
        }
    }
}
