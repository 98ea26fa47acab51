package uk.lantern.console.alerts;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Alert X was raised, updated or cleared": all an open board is told. The board then asks the console for its rows,
 * and the console asks the correlation service with the person's own token, so what each person sees is still
 * decided, and logged, there. Read from any Lantern event envelope whose {@code data} names an {@code alertId}.
 */
public record AlertNotice(String alertId, Change change) {

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
            return Optional.of(new AlertNotice(alertId, change));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
