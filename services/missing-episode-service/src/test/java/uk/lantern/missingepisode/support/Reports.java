package uk.lantern.missingepisode.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies as recorders send them, each with identifiers no other test uses. */
public final class Reports {

    public static String uniqueLaId() {
        return "LA-T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    public static String fromHome(String laId, String policeReference, String riskGrade) {
        Instant lastSeen = Instant.now().minus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
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

    public static String fromCare(String laId, String policeReference) {
        return fromCare(laId, policeReference, "MISSING");
    }

    /** Away from placement without authorisation: whereabouts known, not missing. */
    public static String awayFromPlacement(String laId, String policeReference) {
        return fromCare(laId, policeReference, "AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION");
    }

    private static String fromCare(String laId, String policeReference, String category) {
        Instant lastSeen = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
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

    public static String regrade(String grade) {
        return """
                {"riskGrade": "%s", "at": "%s", "by": {"name": "DS Khan"}, "reason": "Seen getting into a car with an adult"}
                """.formatted(grade, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    }

    public static String returned() {
        return """
                {"returnedAt": "%s", "location": {"placeName": "Central Park", "postcode": "PE1 4LZ", "latitude": 52.58, "longitude": -0.24},
                 "associates": [{"name": "Dean", "phone": "07700 900123", "vehicleRegistration": "AB12 CDE", "age": 34, "adult": true},
                                {"name": "Kayla", "age": 14}],
                 "how": "FOUND_BY_POLICE", "recordedBy": {"name": "PC Sarah Patel"}}
                """.formatted(Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS));
    }

    public static String closure() {
        return """
                {"closedAt": "%s", "closedBy": {"name": "Coordinator Lee"}}
                """.formatted(Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS));
    }

    public static String uniquePoliceReference() {
        return "CC-T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    private Reports() {
    }
}
