package uk.lantern.schemas.correlation;

import java.time.Instant;
import java.util.List;

import uk.lantern.schemas.EventData;

/**
 * AnalystEvent v2, on {@code lantern.analyst-feed.v2}: one event as police analysts receive it, pseudonymous,
 * minimal and not joinable back to its source. The child is {@code childRef}, a keyed HMAC of the Lantern child id;
 * no direct identifier of any child is ever carried, the event id is keyed rather than the source's, and the time is
 * coarsened. Only the allow-listed fields below exist.
 *
 * <p>New in v2: two event types come from identity resolution rather than a source, with {@code source}
 * correlation-service: {@link #CHILD_REFS_JOINED} (from now on, treat {@code formerChildRef} as {@code childRef}:
 * they were one child) and {@link #CHILD_REF_SPLIT} (from now on, {@code childRef} is a child of its own, and some of
 * the earlier events of {@code formerChildRef} were about it); and an associate who is another child known to Lantern
 * is given by that child's ref alone ({@link Associate#childRef()}).
 *
 * @param eventId        a keyed HMAC of the source event's id (or, for the two identity event types, of the refs and
 *                       what caused the change), shaped as a UUID: the same on every replay and on both versions
 * @param eventType      e.g. ChildReturned, ChildRefsJoined, ChildRefSplit
 * @param occurredAt     when the event happened, cut down to the start of its hour (a setting)
 * @param ageInYears     the child's age on the day of the event, when known
 * @param context        MISSING_FROM_HOME or MISSING_FROM_CARE, for missing episodes
 * @param riskGrade      police risk grade, for missing episodes
 * @param riskCategory   exploitation category 1–4 as NOT_AT_RISK..SIGNIFICANT, for assessments
 * @param place          where the child was found or said they had been: a place name and the postcode district only
 * @param associates     who the child was with: adults by name, normalised phone and vehicle registration; another
 *                       child by ref
 * @param formerChildRef for ChildRefsJoined the ref that joined {@code childRef}; for ChildRefSplit the ref it split
 *                       from. Absent on every other event type
 */
public record AnalystEventV2(String eventId, String childRef, String source, String eventType, Instant occurredAt,
                             Integer ageInYears, String sex, String context, String riskGrade, String riskCategory,
                             Place place, List<Associate> associates, String formerChildRef) implements EventData {

    /** The two refs were one child all along: from this event on, treat {@code formerChildRef} as {@code childRef}. */
    public static final String CHILD_REFS_JOINED = "ChildRefsJoined";
    /** Records left {@code formerChildRef} for {@code childRef}: from this event on, they are two children. */
    public static final String CHILD_REF_SPLIT = "ChildRefSplit";

    public AnalystEventV2 {
        associates = associates == null ? List.of() : List.copyOf(associates);
    }

    public record Place(String name, String postcodeDistrict) {
    }

    /**
     * An adult by name, phone and vehicle registration (each normalised); or another child known to Lantern by
     * {@code childRef} alone, with the other three absent.
     */
    public record Associate(String name, String phone, String vehicleRegistration, String childRef) {

        public static Associate adult(String name, String phone, String vehicleRegistration) {
            return new Associate(name, phone, vehicleRegistration, null);
        }

        public static Associate child(String childRef) {
            return new Associate(null, null, null, childRef);
        }
    }
}
