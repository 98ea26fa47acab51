package uk.lantern.schemas;

import java.util.List;
import java.util.Optional;

/**
 * A Kafka topic and what may appear on it. Keys are strings on every Lantern topic; {@code keyDescription} says
 * which. Each topic has one writer, its owning service.
 */
public record Topic<D extends EventData>(
        String name,
        String owner,
        String keyDescription,
        Class<D> dataType,
        List<EventType<? extends D>> eventTypes) {

    public Topic {
        eventTypes = List.copyOf(eventTypes);
    }

    public Optional<EventType<? extends D>> eventType(String name, int version) {
        return eventTypes.stream().filter(t -> t.name().equals(name) && t.version() == version).findFirst();
    }
}
