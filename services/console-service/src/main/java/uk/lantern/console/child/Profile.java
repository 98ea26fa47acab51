package uk.lantern.console.child;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import uk.lantern.schemas.Ethnicity;

/**
 * A child's profile from the correlation service ({@code GET /children/{childId}}, shared-schemas' ChildProfile) in
 * the words the page uses: who the child is, the urgent things first, then the rest.
 */
public record Profile(String childId, String name, List<String> otherNames, String dateOfBirth, Integer age, String sex,
               String ethnicity, String ethnicityNote, String worker, String team, String allocatedSince,
               String allocatedBy, List<Urgent> urgent, int episodesLast30Days, int episodesLast90Days,
               int episodesLast365Days, String homeOrCare, List<Episode> episodes, String cme, String exploitation,
               int maceScore, List<SourceRecord> records, List<Identifier> identifiers, List<String> postcodes,
               List<OpenFlag> openFlags) {

    /** Something that needs someone, most urgent first; {@code level} is urgent, high, medium or low. */
    public record Urgent(String level, String what, String detail) {
    }

    public record Episode(String started, String context, String returned, String grade, String interview, boolean owed) {
    }

    /** One of the records the correlation service joined into this child: its id, the source, the source's key. */
    public record SourceRecord(String recordId, String source, String reference) {
    }

    public record Identifier(String kind, String value, String source) {
    }

    public record OpenFlag(String alertId, String code, String what, String severity, String raised, String dueBy) {
    }

    private static final Map<String, Integer> SEVERITY = Map.of("URGENT", 0, "HIGH", 1, "MEDIUM", 2, "LOW", 3);
    private static final Set<String> INTERVIEW_OWED = Set.of("AWAITING_OFFER", "OFFERED", "ACCEPTED");
    private static final Map<String, String> KINDS = Map.of("LA", "Local authority person id", "NHS", "NHS number",
            "UPN", "Unique pupil number", "POLICE", "Police person id");

    static Profile of(JsonNode p, LocalDate today) {
        List<String> names = new ArrayList<>();
        p.path("names").forEach(n -> {
            String name = (text(n, "givenName", "") + " " + text(n, "familyName", "")).strip();
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        });
        String childId = text(p, "childId", "");
        String name = names.isEmpty() ? "Child " + childId : names.get(0);

        LocalDate born = date(text(p, "dateOfBirth", null));
        Integer age = born == null || born.isAfter(today) ? null : Period.between(born, today).getYears();

        String ethnicity = null;
        String ethnicityNote = null;
        String code = text(p, "ethnicity", null);
        if (code != null) {
            ethnicity = ethnicity(code);
        } else if (p.path("ethnicities").size() > 1) {
            List<String> said = new ArrayList<>();
            p.path("ethnicities").forEach(e -> said.add(ethnicity(text(e, "code", "")) + " ("
                    + Words.source(text(e, "source", "")).toLowerCase(Locale.UK) + ")"));
            ethnicityNote = "The records disagree: " + String.join("; ", said)
                    + ". Ask the source that is wrong to correct it.";
        }

        JsonNode allocation = p.path("allocatedWorker");
        String worker = text(allocation, "name", null);
        String team = text(allocation, "team", null);
        String since = Words.time(Words.instant(text(allocation, "since", null)));
        String by = allocation.isMissingNode() || allocation.isNull() ? null
                : Words.source(text(allocation, "source", ""));

        List<OpenFlag> flags = new ArrayList<>();
        p.path("openFlags").forEach(f -> flags.add(new OpenFlag(text(f, "alertId", ""), text(f, "code", ""),
                Words.alert(text(f, "code", "")), text(f, "severity", ""),
                Words.time(Words.instant(text(f, "raisedAt", null))),
                Words.time(Words.instant(text(f, "dueBy", null))))));
        flags.sort(Comparator.comparing((OpenFlag f) -> SEVERITY.getOrDefault(f.severity(), 9)));

        List<Episode> episodes = new ArrayList<>();
        List<Urgent> owed = new ArrayList<>();
        p.path("episodes").forEach(e -> {
            String status = text(e, "interviewStatus", null);
            Instant returnedAt = Words.instant(text(e, "returnedAt", null));
            boolean isOwed = returnedAt != null && INTERVIEW_OWED.contains(status);
            Episode episode = new Episode(Words.time(Words.instant(text(e, "start", null))),
                    Words.sentence(text(e, "context", null)), returnedAt == null
                    ? (e.path("closed").asBoolean(false) ? "Closed without a return recorded" : "Not yet")
                    : Words.time(returnedAt), Words.sentence(text(e, "riskGrade", null)),
                    status == null ? null : Words.interview(status), isOwed);
            episodes.add(episode);
            if (isOwed) {
                owed.add(new Urgent("high", "Return interview owed",
                        "Returned " + episode.returned() + "; " + Words.interview(status).toLowerCase(Locale.UK) + "."));
            }
        });
        java.util.Collections.reverse(episodes); // the latest first

        List<Urgent> urgent = new ArrayList<>();
        if (p.path("missingNow").asBoolean(false)) {
            String missingSince = Words.time(Words.instant(text(p, "missingSince", null)));
            urgent.add(new Urgent("urgent", "Missing now", missingSince == null ? "Reported missing and not yet back."
                    : "Missing since " + missingSince + "."));
        }
        for (OpenFlag flag : flags) {
            urgent.add(new Urgent(flag.severity().toLowerCase(Locale.ROOT), "Open alert: " + flag.what(),
                    flag.dueBy() == null ? "Raised " + flag.raised() + "."
                            : "Raised " + flag.raised() + "; act by " + flag.dueBy() + "."));
        }
        urgent.addAll(owed);

        JsonNode risk = p.path("exploitation");
        String category = text(risk, "category", null);
        String assessment = text(risk, "assessmentStatus", "NONE");
        String nextReview = Words.date(text(risk, "nextReviewDue", null));
        if ("CONCERN_AWAITING_ASSESSMENT".equals(assessment)) {
            urgent.add(new Urgent("high", "Exploitation concern awaiting assessment",
                    risk.path("concerns").asInt(0) + " concern(s) raised; no assessment since the latest."));
        }
        if ("REVIEW_OVERDUE".equals(assessment)) {
            urgent.add(new Urgent("high", "Exploitation assessment review overdue",
                    nextReview == null ? "The review date has passed." : "It was due on " + nextReview + "."));
        }
        if ("SIGNIFICANT".equals(category) || "MODERATE".equals(category)) {
            urgent.add(new Urgent("SIGNIFICANT".equals(category) ? "high" : "medium",
                    "Exploitation risk: " + Words.category(category), null));
        }
        String exploitation = exploitation(category, assessment, nextReview, risk.path("concerns").asInt(0));

        JsonNode cme = p.path("cme");
        String cmeStatus = text(cme, "status", "NEVER_ON_REGISTER");
        String onSince = Words.date(text(cme, "onRegisterSince", null));
        String lastEnquiry = Words.date(text(cme, "lastEnquiryOn", null));
        String cmeWords = switch (cmeStatus) {
            case "ON_REGISTER" -> "On the register since " + onSince + (lastEnquiry == null
                    ? "; no enquiry logged yet." : "; last enquiry " + lastEnquiry + ".");
            case "REMOVED" -> "Was on the register; taken off" + (lastEnquiry == null ? "."
                    : " (last enquiry " + lastEnquiry + ").");
            default -> "Never on the register.";
        };
        if ("ON_REGISTER".equals(cmeStatus)) {
            urgent.add(new Urgent("medium", "Missing education", cmeWords));
        }
        // the most urgent first whatever it is: a high "return interview owed" above a medium alert (stable, so within
        // a level missing comes first, then alerts, what is owed, exploitation and education)
        urgent.sort(Comparator.comparing((Urgent u) -> SEVERITY.getOrDefault(u.level().toUpperCase(Locale.ROOT), 9)));

        List<SourceRecord> records = new ArrayList<>();
        p.path("records").forEach(r -> records.add(sourceRecord(r.asString(""))));
        List<Identifier> identifiers = new ArrayList<>();
        p.path("identifiers").forEach(i -> identifiers.add(new Identifier(
                KINDS.getOrDefault(text(i, "kind", ""), text(i, "kind", "")), text(i, "value", ""),
                Words.source(text(i, "source", "")))));
        List<String> postcodes = new ArrayList<>();
        p.path("postcodes").forEach(pc -> postcodes.add(pc.asString("")));

        return new Profile(childId, name, names.size() > 1 ? names.subList(1, names.size()) : List.of(),
                Words.date(born), age, Words.sentence(text(p, "sex", null)), ethnicity, ethnicityNote, worker, team,
                since, by, urgent, p.path("episodesLast30Days").asInt(0), p.path("episodesLast90Days").asInt(0),
                p.path("episodesLast365Days").asInt(0), Words.sentence(text(p, "homeOrCare", null)), episodes,
                cmeWords, exploitation, p.path("maceScore").asInt(0), records, identifiers, postcodes, flags);
    }

    /** "missing-episode-service|pol-17|ab12" to its source in words and the source's own key. */
    static SourceRecord sourceRecord(String recordId) {
        String[] parts = recordId.split("\\|", 3);
        return new SourceRecord(recordId, Words.source(parts[0]), parts.length > 1 ? parts[1] : recordId);
    }

    private static String exploitation(String category, String assessment, String nextReview, int concerns) {
        String said = switch (assessment) {
            case "CONCERN_AWAITING_ASSESSMENT" -> "A concern awaits assessment";
            case "REVIEW_OVERDUE" -> "Assessed; the review is overdue";
            case "ASSESSED" -> "Assessed" + (nextReview == null ? "" : "; next review by " + nextReview);
            case "CLOSED" -> "Assessment closed";
            default -> "Never assessed";
        };
        return said + (category == null ? "" : ". " + Words.category(category)) + ". Concerns raised: " + concerns
                + ".";
    }

    private static String ethnicity(String code) {
        try {
            return Ethnicity.valueOf(code).description();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? otherwise : value.asString();
    }
}
