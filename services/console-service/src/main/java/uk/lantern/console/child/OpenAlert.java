package uk.lantern.console.child;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** An alert about the child not yet resolved or cleared, from {@code GET /alerts?childId=} (AlertView). */
public record OpenAlert(String alertId, String what, String severity, String status, String summary, String raised,
                 String dueBy, String assignedTo) {

    private static final Set<String> FINISHED = Set.of("RESOLVED", "CLEARED");

    /** The open ones of an alerts page ({@code {alerts: [...], page, size, total}}), as the service ordered them. */
    static List<OpenAlert> of(JsonNode page) {
        List<OpenAlert> open = new ArrayList<>();
        page.path("alerts").forEach(a -> {
            String status = Profile.text(a, "status", "");
            if (!FINISHED.contains(status)) {
                open.add(new OpenAlert(Profile.text(a, "alertId", ""), Words.alert(Profile.text(a, "code", "")),
                        Profile.text(a, "severity", ""), Words.sentence(status), Profile.text(a, "summary", null),
                        Words.time(Words.instant(Profile.text(a, "raisedAt", null))),
                        Words.time(Words.instant(Profile.text(a, "dueBy", null))),
                        Profile.text(a, "assignedTo", null)));
            }
        });
        return open;
    }

    public String severityWords() {
        return Words.sentence(severity);
    }

    public String severityClass() {
        return severity.toLowerCase(java.util.Locale.ROOT);
    }
}
