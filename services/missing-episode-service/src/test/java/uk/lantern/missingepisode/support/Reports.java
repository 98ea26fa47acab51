package uk.lantern.missingepisode.support;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request bodies as recorders send them, each with identifiers no other test uses, and each time a little before now
 * by the given clock (the service's own, so that neither is ahead of the other).
 */
public final class Reports {

    private final Clock clock;

    public Reports(Clock clock) {
        this.clock = clock;
    }

    public static String uniqueLaId() {
        return "LA-T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    public String fromHome(String laId, String policeReference, String riskGrade) {
        Instant lastSeen = clock.instant().minus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"subject": {"localAuthorityPersonId": "%s", "givenName": "Amelia", "familyName": "Jones",
                             "dateOfBirth": "2010-04-01", "sex": "FEMALE", "postcode": "PE1 2AB"},
                 "context": {"type": "MISSING_FROM_HOME"},
                 "category": "MISSING",
                 "lastSeen": {"at": "%s", "place": "Queensgate"},
                 "reportedBy": {"name": "PC Sarah Patel", "role": "Police officer", "organisation": "Cambridgeshire Constabulary"},
                 %s
                 "riskGrade": "%s", "childProtectionPlan": false, "lookedAfter": false}
                """.formatted(laId, lastSeen, policeReference == null ? "" : "\"policeReference\": \"" + policeReference + "\",",
                riskGrade);
    }

    public String fromCare(String laId, String policeReference) {
        return fromCare(laId, policeReference, "MISSING");
    }

    /** Away from placement without authorisation: whereabouts known, not missing. */
    public String awayFromPlacement(String laId, String policeReference) {
        return fromCare(laId, policeReference, "AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION");
    }

    private String fromCare(String laId, String policeReference, String category) {
        Instant lastSeen = clock.instant().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"subject": {"localAuthorityPersonId": "%s", "nhsNumber": "9434765919", "givenName": "Tyler", "familyName": "Reed"},
                 "context": {"type": "MISSING_FROM_CARE", "placementType": "CHILDRENS_HOME", "placingAuthority": "Peterborough", "outOfArea": false},
                 "category": "%s",
                 "lastSeen": {"at": "%s"},
                 "reportedBy": {"name": "Jo Smith", "role": "Residential worker"},
                 "policeReference": "%s",
                 "riskGrade": "MEDIUM", "childProtectionPlan": false, "lookedAfter": true}
                """.formatted(laId, category, lastSeen, policeReference);
    }

    public String regrade(String grade) {
        return """
                {"riskGrade": "%s", "at": "%s", "by": {"name": "DS Khan"}, "reason": "Seen getting into a car with an adult"}
                """.formatted(grade, clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    }

    public String returned() {
        return """
                {"returnedAt": "%s", "location": {"placeName": "Central Park", "postcode": "PE1 4LZ", "latitude": 52.58, "longitude": -0.24},
                 "associates": [{"name": "Dean", "phone": "07700 900123", "vehicleRegistration": "AB12 CDE", "age": 34, "adult": true},
                                {"name": "Kayla", "age": 14}],
                 "how": "FOUND_BY_POLICE", "recordedBy": {"name": "PC Sarah Patel"}}
                """.formatted(clock.instant().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS));
    }

    public String closure() {
        return """
                {"closedAt": "%s", "closedBy": {"name": "Coordinator Lee"}}
                """.formatted(clock.instant().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS));
    }

    public static String uniquePoliceReference() {
        return "CC-T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

}
