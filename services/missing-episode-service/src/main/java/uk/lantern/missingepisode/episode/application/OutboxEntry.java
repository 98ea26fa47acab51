package uk.lantern.missingepisode.episode.application;

import java.time.Instant;

/**
 * An event decided but perhaps not yet on its topic, kept in the episode's own document so that the state change and
 * the event are written in one atomic operation. {@code payload} is the exact message: a re-send is byte-identical.
 */
public record OutboxEntry(String eventId, String eventType, String key, String payload, Instant recordedAt) {
}
