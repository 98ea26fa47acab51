package uk.lantern.schemas.correlation;

import java.util.List;
import uk.lantern.schemas.Topic;

/**
 * The correlation service's topics. The first three carry envelopes; {@link #CHILD_PROFILES}, {@link #ANALYST_FEED}
 * and {@link #ANALYST_FEED_V2} carry the record itself (see {@code Topics.withoutEnvelope()}).
 */
public final class CorrelationTopics {

    public static final String OWNER = "correlation-service";

    public static final Topic<AlertEvent> ALERTS = new Topic<>(
            "lantern.alerts.v1",
            OWNER,
            "The Lantern child id (AlertEvent.childId): every alert of one child is read in order.",
            AlertEvent.class,
            CorrelationEventTypes.ALERTS);

    /** What people did about alerts, and the escalations when nobody did: written through the service's outbox. */
    public static final Topic<AlertWorkEvent> ALERT_WORK = new Topic<>(
            "lantern.alert-work.v1",
            OWNER,
            "The Lantern child id (AlertWorkEvent.childId), as on lantern.alerts.v1: an alert's raise and the work on it "
                    + "are on the same partition number.",
            AlertWorkEvent.class,
            CorrelationEventTypes.ALERT_WORK);

    public static final Topic<HotspotEvent> HOTSPOTS = new Topic<>(
            "lantern.hotspots.v1",
            OWNER,
            "The link key, kind and value (\"PLACE_NAME:queensgate centre\"): every report about one place or adult "
                    + "is read in order.",
            HotspotEvent.class,
            CorrelationEventTypes.HOTSPOTS);

    public static final Topic<IdentityEvent> IDENTITY = new Topic<>(
            "lantern.identity.v1",
            OWNER,
            "The Lantern child id: for RecordResolved and ReviewRaised the child the record now belongs to, for "
                    + "ReviewDecided recordA's child after the decision, for RecordForgotten the child the record "
                    + "belonged to.",
            IdentityEvent.class,
            CorrelationEventTypes.IDENTITY);

    public static final Topic<IdentityDecisionMade> IDENTITY_DECISIONS = new Topic<>(
            "lantern.identity-decisions.v1",
            OWNER,
            "The decisionId.",
            IdentityDecisionMade.class,
            List.of(CorrelationEventTypes.IDENTITY_DECISION_MADE));

    public static final Topic<ChildProfile> CHILD_PROFILES = new Topic<>(
            "lantern.child-profiles.v2",
            OWNER,
            "The Lantern child id. Compacted: the latest profile per child; a null value (tombstone) when the child "
                    + "no longer exists, having been merged into another.",
            ChildProfile.class,
            List.of(CorrelationEventTypes.CHILD_PROFILE));

    /**
     * The analyst feed as released: source events only. Written beside {@link #ANALYST_FEED_V2} until the cut-over
     * stated in {@code analyst-event.v2.json}, then no longer.
     */
    public static final Topic<AnalystEvent> ANALYST_FEED = new Topic<>(
            "lantern.analyst-feed.v1",
            OWNER,
            "The childRef: the child's pseudonym, never a Lantern or source identifier.",
            AnalystEvent.class,
            List.of(CorrelationEventTypes.ANALYST_EVENT));

    /** The analyst feed: source events, and the identity changes (ChildRefsJoined, ChildRefSplit). */
    public static final Topic<AnalystEventV2> ANALYST_FEED_V2 = new Topic<>(
            "lantern.analyst-feed.v2",
            OWNER,
            "The childRef: the child's pseudonym, never a Lantern or source identifier.",
            AnalystEventV2.class,
            List.of(CorrelationEventTypes.ANALYST_EVENT_V2));

    private CorrelationTopics() {
    }
}
