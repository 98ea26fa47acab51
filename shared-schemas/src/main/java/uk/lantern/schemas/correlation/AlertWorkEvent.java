package uk.lantern.schemas.correlation;

import uk.lantern.schemas.EventData;

/**
 * The payloads published on {@code lantern.alert-work.v1}: what people did about an alert (acknowledged, assigned,
 * resolved it) and what happened when nobody did (escalated). No free text: a resolver's note stays in the
 * correlation service's store.
 */
public sealed interface AlertWorkEvent extends EventData
        permits AlertAcknowledged, AlertAssigned, AlertResolved, AlertEscalated {

    /** The alertId of the AlertRaised on {@code lantern.alerts.v1}. */
    String alertId();

    /** The Lantern child id the alert is about (also the record key). */
    String childId();

    /** The alert's code (its pattern). */
    String code();
}
