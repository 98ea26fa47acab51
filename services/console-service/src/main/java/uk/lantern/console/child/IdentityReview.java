package uk.lantern.console.child;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A possible match involving this child's records, from correlation {@code GET /reviews?status=} (ReviewQueue.Review):
 * why the two records may be one child, and whether a reviewer may still confirm or reject it.
 */
public record IdentityReview(String reviewId, String status, String score, String reason, String agreeingFields,
                      String explanation, Profile.SourceRecord thisRecord, Profile.SourceRecord otherRecord,
                      String otherChild, boolean pending, String decision, String reviewer, String decidedAt) {

    private static final Map<String, String> STATUS = Map.of(
            "OPEN", "Waiting for a reviewer",
            "LINKED", "Joined by a later record (may still be rejected)",
            "DECIDED", "Decided",
            "WITHDRAWN", "Withdrawn");
    private static final Map<String, String> REASONS = Map.of(
            "STRONG_ID", "They share a strong identifier",
            "PROBABILISTIC", "Name, date of birth and postcode agree closely",
            "CONFIRMED", "A reviewer confirmed it");

    /** The reviews of a list that name this child on either side. */
    static List<IdentityReview> about(String childId, JsonNode reviews) {
        List<IdentityReview> found = new ArrayList<>();
        reviews.forEach(r -> {
            boolean a = childId.equals(Profile.text(r, "childA", null));
            boolean b = childId.equals(Profile.text(r, "childB", null));
            if (!a && !b) {
                return;
            }
            String recordA = Profile.text(r, "recordA", "");
            String recordB = Profile.text(r, "recordB", "");
            String reason = Profile.text(r, "reason", null);
            String pendingId = Profile.text(r, "pendingDecisionId", null);
            found.add(new IdentityReview(Profile.text(r, "reviewId", ""), Profile.text(r, "status", ""),
                    String.format(java.util.Locale.UK, "%.2f", r.path("score").asDouble(0)),
                    reason == null ? null : REASONS.getOrDefault(reason, reason),
                    Profile.text(r, "agreeingFields", null), Profile.text(r, "explanation", null),
                    Profile.sourceRecord(a ? recordA : recordB), Profile.sourceRecord(a ? recordB : recordA),
                    Profile.text(r, a ? "childB" : "childA", null), pendingId != null,
                    Words.sentence(Profile.text(r, "decision", null)), Profile.text(r, "reviewer", null),
                    Words.time(Words.instant(Profile.text(r, "decidedAt", null)))));
        });
        return found;
    }

    public String statusWords() {
        return STATUS.getOrDefault(status, status);
    }

    /** Open or answered by a link, with no decision on its way: a coordinator may confirm or reject it. */
    public boolean decidable() {
        return !pending && ("OPEN".equals(status) || "LINKED".equals(status));
    }
}
