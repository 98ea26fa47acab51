package uk.lantern.schemas.correlation;

import java.time.Instant;
import java.util.List;

import uk.lantern.schemas.EventData;

/**
 * One source event as police analysts receive it on {@code lantern.analyst-feed.v1}: pseudonymous and minimal. The
 * child is {@code childRef}, a keyed HMAC of the Lantern child id; no name, date of birth, NHS number, UPN, local
 * authority or police id, or address of the child is ever carried. Only the allow-listed fields below exist.
 *
 * <p>Two event types come from identity resolution rather than a source, with {@code source} correlation-service:
 * {@link #CHILD_REFS_JOINED} (from now on, treat {@code formerChildRef} as {@code childRef}: they were one child) and
 * {@link #CHILD_REF_SPLIT} (from now on, {@code childRef} is a child of its own, and some of the earlier events of
 * {@code formerChildRef} were about it).
 *
 * @param eventId        the source event's id (random, identifies nothing); for the two identity event types, an id
 *                       derived from the refs and what caused the change, the same on every replay
 * @param eventType      e.g. ChildReturned, ChildRefsJoined, ChildRefSplit
 * @param ageInYears     the child's age on the day of the event, when known
 * @param context        MISSING_FROM_HOME or MISSING_FROM_CARE, for missing episodes
 * @param riskGrade      police risk grade, for missing episodes
 * @param riskCategory   exploitation category 1–4 as NOT_AT_RISK..SIGNIFICANT, for assessments
 * @param place          where the child was found or said they had been: a place name and the postcode district only
 * @param associates     adults the child was with: name, normalised phone, normalised vehicle registration
 * @param formerChildRef for ChildRefsJoined the ref that joined {@code childRef}; for ChildRefSplit the ref it split
 *                       from. Absent on every other event type
 */
public record AnalystEvent(String eventId, String childRef, String source, String eventType, Instant occurredAt,
                           Integer ageInYears, String sex, String context, String riskGrade, String riskCategory,
                           AnalystPlace place, List<AnalystAssociate> associates, String formerChildRef)
        implements EventData {

    /** The two refs were one child all along: from this event on, treat {@code formerChildRef} as {@code childRef}. */
    public static final String CHILD_REFS_JOINED = "ChildRefsJoined";
    /** Records left {@code formerChildRef} for {@code childRef}: from this event on, they are two children. */
    public static final String CHILD_REF_SPLIT = "ChildRefSplit";

    public AnalystEvent {
        associates = associates == null ? List.of() : List.copyOf(associates);
    }

    /** A source event's view: no former ref. */
    public AnalystEvent(String eventId, String childRef, String source, String eventType, Instant occurredAt,
                        Integer ageInYears, String sex, String context, String riskGrade, String riskCategory,
                        AnalystPlace place, List<AnalystAssociate> associates) {
        this(eventId, childRef, source, eventType, occurredAt, ageInYears, sex, context, riskGrade, riskCategory,
                place, associates, null);
    }

    public record AnalystPlace(String name, String postcodeDistrict) {
    }

    public record AnalystAssociate(String name, String phone, String vehicleRegistration) {
    }
}
