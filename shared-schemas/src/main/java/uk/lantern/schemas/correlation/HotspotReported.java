package uk.lantern.schemas.correlation;

import java.time.Instant;
import java.util.List;

/**
 * Schema: {@code schemas/correlation/hotspot-reported.v1.json}. A place or adult seen with more children in the window
 * than the hotspot setting allows: reported once, instead of an alert for every pair of children.
 *
 * @param childIds the children seen with it in the window, sorted
 */
public record HotspotReported(String hotspotId, String kind, String value, List<String> childIds, Instant firstSeenAt,
                              Instant lastSeenAt, String summary) implements HotspotEvent {
    public HotspotReported {
        childIds = childIds == null ? List.of() : List.copyOf(childIds);
    }
}
