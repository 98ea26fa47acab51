package uk.lantern.correlation.stream;

import java.time.Instant;
import java.util.List;

import uk.lantern.correlation.patterns.Alert;
import uk.lantern.correlation.patterns.SharedLinks;

/**
 * One link key's store value: who was seen with it and when, the SHARED_* alerts it holds open, its next deadline, and
 * the hotspot it was reported as ({@code hotspotId}, null while it is not one).
 */
record LinkState(List<SharedLinks.Sighting> sightings, List<Alert> openAlerts, Instant nextEvaluationAt,
                 String hotspotId) {

    LinkState {
        sightings = sightings == null ? List.of() : List.copyOf(sightings);
        openAlerts = openAlerts == null ? List.of() : List.copyOf(openAlerts);
    }

    LinkState(List<SharedLinks.Sighting> sightings, List<Alert> openAlerts, Instant nextEvaluationAt) {
        this(sightings, openAlerts, nextEvaluationAt, null);
    }
}
