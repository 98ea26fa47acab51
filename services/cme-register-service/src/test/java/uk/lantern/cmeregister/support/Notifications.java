package uk.lantern.cmeregister.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies as schools and CME officers send them, each with identifiers no other test uses. */
public final class Notifications {

    /** Today in England by {@code clock}: the day the service counts from. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    /** A unique pupil number no other test uses: a letter, 11 digits, a digit. */
    public static String uniqueUpn() {
        return "T" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
    }

    public static String uniqueUrn() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    public static String deletedFromRoll(String upn, String urn, LocalDate date) {
        return """
                {"pupil": {"upn": "%s", "givenName": "Kai", "familyName": "Brown", "dateOfBirth": "2013-02-03",
                           "sex": "MALE", "postcode": "PE2 5XY"},
                 "school": {"urn": "%s", "name": "Orton Academy"},
                 "ground": "DELETED_FROM_ROLL", "deletionGround": "MOVED_AWAY_NO_KNOWN_SCHOOL",
                 "date": "%s",
                 "notifiedBy": {"name": "Jo Green", "role": "Attendance officer", "organisation": "Orton Academy"}}
                """.formatted(upn, urn, date);
    }

    public static String absent(String upn, String urn, LocalDate date) {
        return """
                {"pupil": {"upn": "%s", "familyName": "Brown"},
                 "school": {"urn": "%s", "name": "Orton Academy"},
                 "ground": "TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE",
                 "date": "%s",
                 "notifiedBy": {"name": "Jo Green"}}
                """.formatted(upn, urn, date);
    }

    public static String enquiry(String check, boolean found, LocalDate on) {
        return """
                {"madeOn": "%s", "check": "%s", "whereaboutsFound": %s, "notes": "Checked", "madeBy": {"name": "Sam Ali"}}
                """.formatted(on, check, found);
    }

    public static String alternativeProvision(double hours, LocalDate startedOn) {
        return """
                {"provider": "City tuition centre", "hoursPerWeek": %s, "startedOn": "%s", "recordedBy": {"name": "Sam Ali"}}
                """.formatted(hours, startedOn);
    }

    public static String removal(String outcomeAndDetail) {
        return """
                {%s "removedBy": {"name": "Sam Ali", "role": "CME officer"}}
                """.formatted(outcomeAndDetail);
    }

    private Notifications() {
    }
}
