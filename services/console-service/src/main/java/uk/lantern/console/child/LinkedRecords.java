package uk.lantern.console.child;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Why each record is part of the child, from correlation {@code GET /children/{childId}/identity}
 * ({@code ChildIdentity.Identity}): for each record when Lantern first saw it and the links that hold it in the child,
 * each in the service's words with the fields that agreed and differed; for each possible match waiting for a
 * coordinator, why a person must decide; and the records people judged to be someone else ({@code decidedApart}):
 * the possible matches rejected and the records taken out of the child, each with who, when and why.
 */
public record LinkedRecords(Map<String, RecordWhy> records, Map<String, String> waiting, List<String> waitingWords,
                            List<Apart> apart) {

    /**
     * A record judged to be someone else.
     *
     * @param record  the record, in words ("Children missing education record cme-4")
     * @param how     what was decided, in words ("not the same child" or "taken out of this child")
     * @param summary the decision in the correlation service's words: by whom, when and the reason given
     */
    public record Apart(String record, String how, String summary) {
    }

    /** One record: when first seen, and why it is here (its links, or what the service says when it has none). */
    public record RecordWhy(String firstSeen, List<Reason> reasons, String said) {
    }

    /** One link of the record: the other record, the link in words, the fields that agreed and differed. */
    public record Reason(String with, String summary, String agreed, String differed) {
    }

    private static final RecordWhy UNKNOWN = new RecordWhy(null, List.of(),
            "Not known: Lantern has not said why yet.");

    static LinkedRecords of(JsonNode answer) {
        List<Link> links = new ArrayList<>();
        answer.path("links").forEach(l -> links.add(new Link(Profile.text(l, "recordA", ""),
                Profile.text(l, "recordB", ""), Profile.text(l, "summary", ""), words(l.path("agreed")),
                words(l.path("differed")))));
        Map<String, RecordWhy> records = new LinkedHashMap<>();
        answer.path("records").forEach(r -> {
            String recordId = Profile.text(r, "recordId", "");
            List<Reason> reasons = new ArrayList<>();
            for (Link l : links) {
                if (l.a().equals(recordId) || l.b().equals(recordId)) {
                    Profile.SourceRecord other = Profile.sourceRecord(l.a().equals(recordId) ? l.b() : l.a());
                    reasons.add(new Reason(other.source() + " record " + other.reference(), l.summary(),
                            l.agreed(), l.differed()));
                }
            }
            records.put(recordId, new RecordWhy(Words.time(Words.instant(Profile.text(r, "firstSeenAt", null))),
                    reasons, reasons.isEmpty() ? Profile.text(r, "why", null) : null));
        });
        Map<String, String> waiting = new HashMap<>();
        List<String> waitingWords = new ArrayList<>();
        answer.path("pendingReviews").forEach(p -> {
            waiting.put(Profile.text(p, "reviewId", ""), Profile.text(p, "summary", ""));
            waitingWords.add(Profile.text(p, "summary", ""));
        });
        List<Apart> apart = new ArrayList<>();
        answer.path("decidedApart").forEach(d -> {
            boolean takenOut = "TAKEN_OUT".equals(Profile.text(d, "how", ""));
            String recordId = Profile.text(d, takenOut ? "recordA" : "recordB", "");
            Profile.SourceRecord record = Profile.sourceRecord(recordId);
            apart.add(new Apart(record.source() + " record " + record.reference(),
                    takenOut ? "taken out of this child" : "not the same child", Profile.text(d, "summary", "")));
        });
        return new LinkedRecords(records, waiting, waitingWords, apart);
    }

    /** Why the record is part of the child; "not known" for a record the answer does not name (it came since). */
    public RecordWhy of(String recordId) {
        return records.getOrDefault(recordId, UNKNOWN);
    }

    /** Why a person must decide a waiting possible match, or null when the answer does not hold it. */
    public String waitingWhy(String reviewId) {
        return waiting.get(reviewId);
    }

    private record Link(String a, String b, String summary, String agreed, String differed) {
    }

    private static String words(JsonNode list) {
        List<String> items = new ArrayList<>();
        list.forEach(i -> items.add(i.asString("")));
        if (items.isEmpty()) {
            return null;
        }
        String joined = items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
