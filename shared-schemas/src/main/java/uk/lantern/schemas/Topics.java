package uk.lantern.schemas;

import java.util.List;
import uk.lantern.schemas.cmeregister.CmeRegisterEvent;
import uk.lantern.schemas.cmeregister.CmeRegisterTopics;
import uk.lantern.schemas.correlation.AlertEvent;
import uk.lantern.schemas.correlation.AlertWorkEvent;
import uk.lantern.schemas.correlation.HotspotEvent;
import uk.lantern.schemas.correlation.AnalystEvent;
import uk.lantern.schemas.correlation.AnalystEventV2;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.schemas.correlation.IdentityDecisionMade;
import uk.lantern.schemas.correlation.IdentityEvent;
import uk.lantern.schemas.exploitationrisk.ExploitationRiskEvent;
import uk.lantern.schemas.exploitationrisk.ExploitationRiskTopics;
import uk.lantern.schemas.mace.MaceEvent;
import uk.lantern.schemas.mace.MaceTopics;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.returninterview.ReturnInterviewTopics;

/**
 * The registry of Lantern's topics. The AsyncAPI document {@code asyncapi.yaml} describes the same topics.
 * {@link #all()} lists the topics whose messages are envelopes, which {@link EventCodec} reads;
 * {@link #withoutEnvelope()} those whose value is the record itself.
 */
public final class Topics {

    public static final Topic<MissingEpisodeEvent> MISSING_EPISODES = new Topic<>(
            "lantern.missing-episodes.v1",
            "missing-episode-service",
            "The child's strongest identifier as the source knows it at report time (Subject.partitionKey), "
                    + "else \"episode:\" + episode id; every event of one episode carries the same key.",
            MissingEpisodeEvent.class,
            MissingEpisodeEventTypes.ALL);

    public static final Topic<ReturnInterviewEvent> RETURN_INTERVIEWS = ReturnInterviewTopics.RETURN_INTERVIEWS;

    public static final Topic<CmeRegisterEvent> CME_REGISTER = CmeRegisterTopics.CME_REGISTER;

    public static final Topic<ExploitationRiskEvent> EXPLOITATION_RISK = ExploitationRiskTopics.EXPLOITATION_RISK;

    public static final Topic<AlertEvent> ALERTS = CorrelationTopics.ALERTS;
    public static final Topic<AlertWorkEvent> ALERT_WORK = CorrelationTopics.ALERT_WORK;
    public static final Topic<HotspotEvent> HOTSPOTS = CorrelationTopics.HOTSPOTS;

    public static final Topic<IdentityEvent> IDENTITY = CorrelationTopics.IDENTITY;

    public static final Topic<IdentityDecisionMade> IDENTITY_DECISIONS = CorrelationTopics.IDENTITY_DECISIONS;

    public static final Topic<ChildProfile> CHILD_PROFILES = CorrelationTopics.CHILD_PROFILES;

    public static final Topic<AnalystEvent> ANALYST_FEED = CorrelationTopics.ANALYST_FEED;

    public static final Topic<AnalystEventV2> ANALYST_FEED_V2 = CorrelationTopics.ANALYST_FEED_V2;

    public static final Topic<MaceEvent> MACE = MaceTopics.MACE;

    private Topics() {
    }

    /** Every topic whose messages are envelopes: the four sources' and the correlation service's events. */
    public static List<Topic<?>> all() {
        return List.of(MISSING_EPISODES, RETURN_INTERVIEWS, CME_REGISTER, EXPLOITATION_RISK, ALERTS, HOTSPOTS,
                IDENTITY, IDENTITY_DECISIONS, MACE, ALERT_WORK);
    }

    /**
     * The topics whose value is the record itself, not an envelope (their event type's schema describes the whole
     * message, and {@link EventCodec} does not read them): the child profiles (compacted) and the analyst feed, v1 and
     * v2.
     */
    public static List<Topic<?>> withoutEnvelope() {
        return List.of(CHILD_PROFILES, ANALYST_FEED, ANALYST_FEED_V2);
    }
}
