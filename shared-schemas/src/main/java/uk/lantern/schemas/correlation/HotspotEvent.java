package uk.lantern.schemas.correlation;

import uk.lantern.schemas.EventData;

/** The payloads published on {@code lantern.hotspots.v1}: a place or adult became a hotspot, and stopped being one. */
public sealed interface HotspotEvent extends EventData permits HotspotReported, HotspotEnded {

    String hotspotId();

    /** PLACE_NAME, POSTCODE, PHONE, VEHICLE or PERSON_NAME. */
    String kind();

    /** The place or adult as Lantern compares it; with {@link #kind()}, the record key. */
    String value();
}
