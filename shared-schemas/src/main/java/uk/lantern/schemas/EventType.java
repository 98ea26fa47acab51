package uk.lantern.schemas;

/**
 * One event type at one schema version: its name on the wire, the contract record of its {@code data}, and the
 * classpath location of the JSON Schema that describes the whole message.
 */
public record EventType<D extends EventData>(String name, int version, Class<D> dataType, String schemaPath) {
}
