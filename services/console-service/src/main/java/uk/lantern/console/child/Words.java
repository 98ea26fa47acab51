package uk.lantern.console.child;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The services' codes and instants as the page says them: "3 March 2011", "4 Dec 2026, 14:05", "Returned", "Need to
 * know". Times are London's, as the people reading them live by.
 */
final class Words {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private static final Map<String, String> SOURCES = Map.of(
            "missing-episode-service", "Missing episodes",
            "return-interview-service", "Return interviews",
            "cme-register-service", "Children missing education",
            "cse-risk-service", "Exploitation risk",
            "mace-service", "MACE");

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("EpisodeReported", "Reported missing"),
            Map.entry("RiskRegraded", "Police risk grade changed"),
            Map.entry("ChildReturned", "Returned or found"),
            Map.entry("EpisodeClosed", "Missing episode closed"),
            Map.entry("NeedToKnowRaised", "Need to know: senior managers told"),
            Map.entry("InterviewCaseOpened", "Return interview case opened"),
            Map.entry("InterviewOffered", "Return interview offered"),
            Map.entry("InterviewAccepted", "Return interview accepted"),
            Map.entry("InterviewDeclined", "Return interview declined"),
            Map.entry("InterviewCompleted", "Return interview done"),
            Map.entry("InterviewNotOffered", "Decision not to offer a return interview"),
            Map.entry("InterviewCaseClosed", "Return interview case closed"),
            Map.entry("NotificationRecorded", "Notified as missing education"),
            Map.entry("ChildAddedToRegister", "Added to the CME register"),
            Map.entry("EnquiryLogged", "CME enquiry logged"),
            Map.entry("AlternativeProvisionRecorded", "Alternative provision recorded"),
            Map.entry("ChildRemovedFromRegister", "Taken off the CME register"),
            Map.entry("ConcernRaised", "Exploitation concern raised"),
            Map.entry("AssessmentCompleted", "Exploitation risk assessed"),
            Map.entry("AssessmentReviewed", "Exploitation risk assessment reviewed"),
            Map.entry("AssessmentSharedWithPolice", "Assessment shared with the police"),
            Map.entry("AssessmentClosed", "Exploitation risk assessment closed"));

    private static final Map<String, String> ALERTS = Map.ofEntries(
            Map.entry("NEED_TO_KNOW", "Need to know"),
            Map.entry("RHI_OVERDUE", "Return interview overdue"),
            Map.entry("REPEAT_MISSING", "Repeatedly missing"),
            Map.entry("MISSING_AND_CME", "Missing and missing education"),
            Map.entry("MISSING_WITH_EXPLOITATION_RISK", "Missing while at risk of exploitation"),
            Map.entry("SCREENING_GAP", "Signs of exploitation, no assessment"),
            Map.entry("ASSESSMENT_REVIEW_OVERDUE", "Exploitation assessment review overdue"),
            Map.entry("SHARED_ASSOCIATE", "Seen with the same adult as other children"),
            Map.entry("SHARED_LOCATION", "Seen at the same place as other children"),
            Map.entry("CME_ENQUIRY_STALLED", "CME enquiries stalled"),
            Map.entry("POSSIBLE_SAME_CHILD", "Possibly the same child as another record"));

    private static final Map<String, String> INTERVIEWS = Map.of(
            "NOT_DUE", "Not due yet (still missing)",
            "AWAITING_OFFER", "Not yet offered",
            "OFFERED", "Offered, not yet done",
            "ACCEPTED", "Accepted, not yet done",
            "DECLINED", "Declined",
            "NOT_OFFERED", "Decided not to offer",
            "COMPLETED", "Done");

    private static final Map<String, String> CATEGORIES = Map.of(
            "NOT_AT_RISK", "Not at risk (category 1)",
            "MILD", "Mild risk (category 2)",
            "MODERATE", "Moderate risk (category 3)",
            "SIGNIFICANT", "Significant risk (category 4)");

    private Words() {
    }

    static String date(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(isoDate).format(DATE);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    static String date(LocalDate date) {
        return date == null ? null : date.format(DATE);
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.atZone(LONDON).format(TIME);
    }

    static Instant instant(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String source(String service) {
        return SOURCES.getOrDefault(service, service);
    }

    static String event(String eventType) {
        return EVENTS.getOrDefault(eventType, eventType);
    }

    static String alert(String code) {
        return ALERTS.getOrDefault(code, code);
    }

    static String interview(String status) {
        return INTERVIEWS.getOrDefault(status, status);
    }

    static String category(String category) {
        return category == null ? null : CATEGORIES.getOrDefault(category, category);
    }

    /** MISSING_FROM_CARE to "Missing from care", HIGH to "High": a code as a sentence starts. */
    static String sentence(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
