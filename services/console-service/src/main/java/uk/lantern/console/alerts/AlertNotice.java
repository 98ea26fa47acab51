package uk.lantern.console.alerts;

import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Alert X was raised, updated or cleared": all an open board is told. The board then asks the console for its rows,
 * and the console asks the correlation service with the person's own token, so what each person sees is still
 * decided, and logged, there. Read from any Lantern event envelope whose {@code data} names an {@code alertId}.
 *
 * @param changedAt for the correlation service's own alert events (raised, updated, cleared: {@code
 *                  lantern.alerts.v1}), the event's {@code recordedAt}, which the board's rows are asked to have (the
 *                  service stores those events from the topic as the console hears them, so may not have it yet);
 *                  null for the work people do on an alert, which the service stores before it is published
 */
public record AlertNotice(String alertId, Change change, Instant changedAt) {

    public AlertNotice(String alertId, Change change) {
        this(alertId, change, null);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Change {
        RAISED("New alert"), UPDATED("Alert updated"), CLEARED("Alert cleared");

        private final String words;

        Change(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The notice in an event's bytes; empty when they are not an envelope naming an alert (never an error). */
    static Optional<AlertNotice> from(byte[] value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            JsonNode envelope = JSON.readTree(value);
            String alertId = envelope.path("data").path("alertId").asString(null);
            if (alertId == null || alertId.isBlank() || alertId.length() > 200) {
                return Optional.empty();
            }
            String type = envelope.path("eventType").asString("");
            Change change = switch (type) {
                case "AlertRaised" -> Change.RAISED;
                case "AlertCleared" -> Change.CLEARED;
                default -> Change.UPDATED; // AlertUpdated, and the work on it: acknowledged, assigned, resolved...
            };
            Instant changedAt = switch (type) {
                case "AlertRaised", "AlertUpdated", "AlertCleared" -> recordedAt(envelope);
                default -> null;
            };
            return Optional.of(new AlertNotice(alertId, change, changedAt));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Instant recordedAt(JsonNode envelope) {
        try {
            return Instant.parse(envelope.path("recordedAt").asString(""));
        } catch (java.time.DateTimeException unreadable) {
            return null; // the board is still told; it just cannot ask to wait for the change
        }
    }
}
