package uk.lantern.returninterview.support;

import java.time.Instant;

/** Request bodies as providers send them. */
public final class Requests {

    public static String offer(Instant at) {
        return """
                {"offeredAt": "%s", "offeredBy": {"name": "Sam Okafor", "role": "Return interview worker",
                 "organisation": "Home Returns Service"}, "method": "PHONE"}
                """.formatted(at);
    }

    public static String answer(String outcome, Instant at, String by) {
        return """
                {"outcome": "%s", "at": "%s", "by": "%s"}
                """.formatted(outcome, at, by);
    }

    public static String interview(Instant at) {
        return """
                {"completedAt": "%s", "interviewer": {"name": "Sam Okafor"},
                 "pushFactors": ["CONFLICT_AT_HOME"], "pullFactors": ["ADULT_ASSOCIATE", "PARTY"],
                 "factorsInChildsWords": "Argued with mum; Dean said there was a party",
                 "whereabouts": {"placeName": "Flat above the takeaway", "postcode": "PE1 4LZ"},
                 "associates": [{"name": "Dean", "phone": "07700 900123", "vehicleRegistration": "AB12 CDE", "age": 34, "adult": true}],
                 "disclosures": "Was given cannabis",
                 "exploitationIndicators": ["ASSOCIATING_WITH_OLDER_ADULTS", "SUBSTANCE_MISUSE"]}
                """.formatted(at);
    }

    public static String notOffered(Instant at) {
        return """
                {"reason": "Interviewed by the placement's independent visitor", "decidedBy": {"name": "Coordinator Lee"},
                 "decidedAt": "%s"}
                """.formatted(at);
    }

    public static String closure(Instant at) {
        return """
                {"closedAt": "%s", "closedBy": {"name": "Coordinator Lee"}}
                """.formatted(at);
    }

    private Requests() {
    }
}
