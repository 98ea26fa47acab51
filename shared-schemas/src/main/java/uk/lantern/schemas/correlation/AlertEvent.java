package uk.lantern.schemas.correlation;

import uk.lantern.schemas.EventData;

/** The payloads published on {@code lantern.alerts.v1}: an alert raised, its evidence updated, and the facts
 * that ended it. */
public sealed interface AlertEvent extends EventData permits AlertRaised, AlertUpdated, AlertCleared {

    String alertId();

    /** DOMAIN.md's code of the alert, e.g. RHI_OVERDUE. */
    String code();

    /** The Lantern child id the alert is about (also the record key). */
    String childId();
}
