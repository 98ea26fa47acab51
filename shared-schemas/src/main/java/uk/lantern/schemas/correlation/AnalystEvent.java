package uk.lantern.schemas.correlation;

import java.time.Instant;
import java.util.List;

import uk.lantern.schemas.EventData;

/**
 * AnalystEvent v1, on {@code lantern.analyst-feed.v1}, as released: one source event as police analysts receive it,
 * pseudonymous and minimal. The child is {@code childRef}, a keyed HMAC of the Lantern child id; no name, date of
 * birth, NHS number, UPN, local authority or police id, or address of the child is ever carried. Only the
 * allow-listed fields below exist. Superseded by {@link AnalystEventV2} and published beside it until the cut-over
 * its schema states; v1 cannot carry the identity changes (ChildRefsJoined, ChildRefSplit) nor an associate who is
 * another child, so those are only on v2.
 *
 * @param eventId      random to the reader, it identifies nothing: a keyed HMAC of the source event's id, the same
 *                     as on v2 for the same event
 * @param eventType    e.g. ChildReturned
 * @param occurredAt   when the event happened, coarsened (to the hour by default) as on v2
 * @param ageInYears   the child's age on the day of the event, when known
 * @param context      MISSING_FROM_HOME or MISSING_FROM_CARE, for missing episodes
 * @param riskGrade    police risk grade, for missing episodes
 * @param riskCategory exploitation category 1–4 as NOT_AT_RISK..SIGNIFICANT, for assessments
 * @param place        where the child was found or said they had been: a place name and the postcode district only
 * @param associates   adults the child was with: name, normalised phone, normalised vehicle registration
 */
public record AnalystEvent(String eventId, String childRef, String source, String eventType, Instant occurredAt,
                           Integer ageInYears, String sex, String context, String riskGrade, String riskCategory,
                           AnalystPlace place, List<AnalystAssociate> associates) implements EventData {
    public AnalystEvent {
        associates = associates == null ? List.of() : List.copyOf(associates);
    }

    public record AnalystPlace(String name, String postcodeDistrict) {
    }

    public record AnalystAssociate(String name, String phone, String vehicleRegistration) {
    }
}
