package uk.lantern.schemas.correlation;

import java.time.Instant;

/** Schema: {@code schemas/correlation/hotspot-ended.v1.json}. The hotspot's sightings have left the window. */
public record HotspotEnded(String hotspotId, String kind, String value, Instant endedAt) implements HotspotEvent {
}
