package uk.lantern.console.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.lantern.console.backend.BackendProblem;
import uk.lantern.console.backend.BackendUnavailable;
import uk.lantern.console.backend.Backends;

/**
 * The correlation service's alerts and daily-review movements, asked with the signed-in person's token: the service
 * decides what they may see and logs it. Reads that show a child state why ({@link Backends#PURPOSE}).
 */
@Component
class CorrelationAlerts {

    static final String BOARD_PURPOSE = "Alerts board: deciding which child needs someone now";
    static final String ALERT_PURPOSE = "Working an alert";
    static final String REVIEW_PURPOSE = "Daily missing review with the police";
    /** One page of each status, the most urgent first: more open alerts than this is itself the news. */
    static final int PAGE = 500;

    private final Backends backends;

    CorrelationAlerts(Backends backends) {
        this.backends = backends;
    }

    /**
     * The alerts the filter asks for, one call per status (the service filters by one status at a time): the board's
     * alerts, and whether they have the change a live notice told of: asked with the notice's alert and
     * time, the correlation service waits a few seconds for its own copy of the alerts to have that change.
     *
     * @param matching how many alerts match the filter in all (more than {@code alerts} when a status has more than a
     *                 page: the page then holds the most urgent of them)
     * @param caughtUp false when the service still did not have the change; null when no change was asked about
     */
    record Board(List<Alert> alerts, long matching, Boolean caughtUp) {
    }

    Board board(BoardFilter filter, AlertNotice notice) {
        Map<String, Alert> found = new LinkedHashMap<>();
        Boolean caughtUp = null;
        long matching = 0;
        for (String status : filter.statuses()) {
            // the first call waits for the change, if any: the later ones are asked after it
            AlertNotice waitFor = caughtUp == null ? notice : null;
            JsonNode page = backends.correlation().get()
                    .uri(uri -> uri.path("/alerts").queryParamIfPresent("code", java.util.Optional.ofNullable(filter.code()))
                            .queryParamIfPresent("severity", java.util.Optional.ofNullable(filter.severity()))
                            .queryParamIfPresent("area", java.util.Optional.ofNullable(filter.area()))
                            .queryParam("status", status).queryParam("size", PAGE).queryParam("sort", "urgency")
                            .queryParamIfPresent("changed", java.util.Optional.ofNullable(waitFor)
                                    .filter(n -> n.changedAt() != null).map(AlertNotice::alertId))
                            .queryParamIfPresent("changedAt", java.util.Optional.ofNullable(waitFor)
                                    .map(AlertNotice::changedAt).map(Instant::toString))
                            .build())
                    .header(Backends.PURPOSE, BOARD_PURPOSE)
                    .retrieve().body(JsonNode.class);
            if (page != null) {
                if (page.has("caughtUp")) {
                    caughtUp = page.path("caughtUp").asBoolean();
                }
                matching += page.path("total").asLong(page.path("alerts").size());
                page.path("alerts").forEach(a -> {
                    Alert alert = Alert.of(a);
                    found.putIfAbsent(alert.alertId(), alert);
                });
            }
        }
        return new Board(new ArrayList<>(found.values()), Math.max(matching, found.size()), caughtUp);
    }

    /**
     * The areas an alert may be in, as the correlation service is set up ({@code GET /alerts/areas}), in its order;
     * none when it will not say (the board then offers no area).
     */
    List<String> areas() {
        try {
            JsonNode areas = backends.correlation().get().uri("/alerts/areas").retrieve().body(JsonNode.class);
            List<String> names = new ArrayList<>();
            if (areas != null) {
                areas.forEach(a -> names.add(a.path("name").asString()));
            }
            return names;
        } catch (BackendProblem | BackendUnavailable refused) {
            return List.of();
        }
    }

    /** A child's alerts that someone still has to act on. */
    List<Alert> stillOpenFor(String childId) {
        JsonNode page = backends.correlation().get()
                .uri(uri -> uri.path("/alerts").queryParam("childId", childId).queryParam("size", PAGE).build())
                .header(Backends.PURPOSE, REVIEW_PURPOSE)
                .retrieve().body(JsonNode.class);
        List<Alert> open = new ArrayList<>();
        if (page != null) {
            page.path("alerts").forEach(a -> {
                Alert alert = Alert.of(a);
                if (alert.canBeAssignedOrResolved()) {
                    open.add(alert);
                }
            });
        }
        return open;
    }

    Alert alert(String alertId) {
        return Alert.of(backends.correlation().get().uri("/alerts/{id}", alertId)
                .header(Backends.PURPOSE, ALERT_PURPOSE).retrieve().body(JsonNode.class));
    }

    void acknowledge(String alertId) {
        post(alertId, "acknowledge", Map.of());
    }

    /** @param assignee PERSON or TEAM */
    void assign(String alertId, String to, String assignee) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to == null ? "" : to.strip());
        body.put("assignee", assignee);
        post(alertId, "assign", body);
    }

    void resolve(String alertId, String outcome, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome == null ? "" : outcome);
        body.put("note", note == null ? "" : note.strip());
        post(alertId, "resolve", body);
    }

    /** The children who went missing or came back since {@code since} (correlation's {@code /children/movements}). */
    JsonNode movements(Instant since) {
        return backends.correlation().get()
                .uri(uri -> uri.path("/children/movements").queryParam("since", since.toString()).build())
                .header(Backends.PURPOSE, REVIEW_PURPOSE)
                .retrieve().body(JsonNode.class);
    }

    private void post(String alertId, String action, Map<String, Object> body) {
        backends.correlation().post().uri("/alerts/{id}/" + action, alertId)
                .header(Backends.PURPOSE, ALERT_PURPOSE)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toBodilessEntity();
    }
}
