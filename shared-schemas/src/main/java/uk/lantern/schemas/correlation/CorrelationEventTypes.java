package uk.lantern.schemas.correlation;

import java.util.List;
import uk.lantern.schemas.EventType;

/**
 * Every event type on the correlation service's topics, at every schema version still published or readable. The
 * schemas of {@link #CHILD_PROFILE}, {@link #ANALYST_EVENT} and {@link #ANALYST_EVENT_V2} describe the whole message:
 * those topics carry the record itself, not an envelope.
 */
public final class CorrelationEventTypes {

    private static final String SCHEMAS = "schemas/correlation/";

    public static final EventType<AlertRaised> ALERT_RAISED =
            new EventType<>("AlertRaised", 1, AlertRaised.class, SCHEMAS + "alert-raised.v1.json");
    public static final EventType<AlertUpdated> ALERT_UPDATED =
            new EventType<>("AlertUpdated", 1, AlertUpdated.class, SCHEMAS + "alert-updated.v1.json");
    public static final EventType<AlertCleared> ALERT_CLEARED =
            new EventType<>("AlertCleared", 1, AlertCleared.class, SCHEMAS + "alert-cleared.v1.json");
    /** Version 2 of the alert events: v1 with the codes added since release (MACE_DRIFT), published for those only. */
    public static final EventType<AlertRaised> ALERT_RAISED_V2 =
            new EventType<>("AlertRaised", 2, AlertRaised.class, SCHEMAS + "alert-raised.v2.json");
    public static final EventType<AlertUpdated> ALERT_UPDATED_V2 =
            new EventType<>("AlertUpdated", 2, AlertUpdated.class, SCHEMAS + "alert-updated.v2.json");
    public static final EventType<AlertCleared> ALERT_CLEARED_V2 =
            new EventType<>("AlertCleared", 2, AlertCleared.class, SCHEMAS + "alert-cleared.v2.json");

    public static final EventType<RecordResolved> RECORD_RESOLVED =
            new EventType<>("RecordResolved", 1, RecordResolved.class, SCHEMAS + "record-resolved.v1.json");
    public static final EventType<ReviewRaised> REVIEW_RAISED =
            new EventType<>("ReviewRaised", 1, ReviewRaised.class, SCHEMAS + "review-raised.v1.json");
    public static final EventType<ReviewDecided> REVIEW_DECIDED =
            new EventType<>("ReviewDecided", 1, ReviewDecided.class, SCHEMAS + "review-decided.v1.json");
    public static final EventType<RecordForgotten> RECORD_FORGOTTEN =
            new EventType<>("RecordForgotten", 1, RecordForgotten.class, SCHEMAS + "record-forgotten.v1.json");

    public static final EventType<IdentityDecisionMade> IDENTITY_DECISION_MADE = new EventType<>(
            "IdentityDecisionMade", 1, IdentityDecisionMade.class, SCHEMAS + "identity-decision-made.v1.json");

    public static final EventType<ChildProfile> CHILD_PROFILE =
            new EventType<>("ChildProfile", 2, ChildProfile.class, SCHEMAS + "child-profile.v2.json");
    /** As released; published beside {@link #ANALYST_EVENT_V2} until the cut-over its schema states. */
    public static final EventType<AnalystEvent> ANALYST_EVENT =
            new EventType<>("AnalystEvent", 1, AnalystEvent.class, SCHEMAS + "analyst-event.v1.json");
    public static final EventType<AnalystEventV2> ANALYST_EVENT_V2 =
            new EventType<>("AnalystEvent", 2, AnalystEventV2.class, SCHEMAS + "analyst-event.v2.json");

    public static final EventType<HotspotReported> HOTSPOT_REPORTED =
            new EventType<>("HotspotReported", 1, HotspotReported.class, SCHEMAS + "hotspot-reported.v1.json");
    public static final EventType<HotspotEnded> HOTSPOT_ENDED =
            new EventType<>("HotspotEnded", 1, HotspotEnded.class, SCHEMAS + "hotspot-ended.v1.json");

    public static final EventType<AlertAcknowledged> ALERT_ACKNOWLEDGED = new EventType<>(
            "AlertAcknowledged", 1, AlertAcknowledged.class, SCHEMAS + "alert-acknowledged.v1.json");
    public static final EventType<AlertAssigned> ALERT_ASSIGNED =
            new EventType<>("AlertAssigned", 1, AlertAssigned.class, SCHEMAS + "alert-assigned.v1.json");
    public static final EventType<AlertResolved> ALERT_RESOLVED =
            new EventType<>("AlertResolved", 1, AlertResolved.class, SCHEMAS + "alert-resolved.v1.json");
    public static final EventType<AlertEscalated> ALERT_ESCALATED =
            new EventType<>("AlertEscalated", 1, AlertEscalated.class, SCHEMAS + "alert-escalated.v1.json");

    public static final List<EventType<? extends AlertEvent>> ALERTS = List.of(ALERT_RAISED, ALERT_UPDATED, ALERT_CLEARED,
            ALERT_RAISED_V2, ALERT_UPDATED_V2, ALERT_CLEARED_V2);
    public static final List<EventType<? extends AlertWorkEvent>> ALERT_WORK =
            List.of(ALERT_ACKNOWLEDGED, ALERT_ASSIGNED, ALERT_RESOLVED, ALERT_ESCALATED);
    public static final List<EventType<? extends HotspotEvent>> HOTSPOTS = List.of(HOTSPOT_REPORTED, HOTSPOT_ENDED);
    public static final List<EventType<? extends IdentityEvent>> IDENTITY =
            List.of(RECORD_RESOLVED, REVIEW_RAISED, REVIEW_DECIDED, RECORD_FORGOTTEN);

    private CorrelationEventTypes() {
    }
}
