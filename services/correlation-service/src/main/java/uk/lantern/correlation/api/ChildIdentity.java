package uk.lantern.correlation.api;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.identity.LinkReasons;
import uk.lantern.correlation.projection.ChronologyProjection;
import uk.lantern.correlation.projection.ProfileProjection;
import uk.lantern.correlation.projection.ReviewProjection;
import uk.lantern.correlation.projection.ReviewProjection.ReviewStatus;
import uk.lantern.support.problems.NotFound;

/**
 * Which records make up a child and why they were linked ({@code GET /children/{childId}/identity}): the records of
 * the child's profile, each link between two of them that still holds, in words, and the possible matches waiting
 * for a person. Read from the projections of {@code lantern.identity.v1}: the links each record made when it was
 * resolved ({@code resolutions}), and the reviewers' confirmations ({@code reviews}) with the reason each reviewer
 * wrote, kept sealed apart ({@link DecisionReasons}): the reason of the decision the stream applied to the review
 * (its {@code decisionId}), never of another decision on it. It also lists the records judged to be someone else
 * ({@code decidedApart}): the possible matches reviewers rejected and the records they took out of the child.
 */
public class ChildIdentity {

    /** What is said of a record the kept links do not reach. */
    public static final String BEFORE_REASONS = "Linked before Lantern kept its reasons";

    private static final String MACE_SOURCE = "mace-service";

    private final MongoCollection<Document> profiles;
    private final MongoCollection<Document> resolutions;
    private final MongoCollection<Document> reviews;
    private final MongoCollection<Document> unlinks;
    private final MongoCollection<Document> formerChildren;
    private final ChronologyProjection chronology;
    private final DateTimeFormatter day;
    private final DecisionReasons reasons;

    /**
     * @param zone    dates in words are days of this zone
     * @param reasons the reviewers' kept reasons for their decisions
     */
    public ChildIdentity(MongoTemplate mongo, ZoneId zone, DecisionReasons reasons) {
        this.reasons = reasons;
        this.profiles = mongo.getCollection(ProfileProjection.COLLECTION);
        this.resolutions = mongo.getCollection(ReviewProjection.RESOLUTIONS);
        this.reviews = mongo.getCollection(ReviewProjection.REVIEWS);
        this.unlinks = mongo.getCollection(ReviewProjection.UNLINKS);
        this.formerChildren = mongo.getCollection(ProfileProjection.FORMER_CHILDREN);
        this.chronology = new ChronologyProjection(mongo);
        this.day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(zone);
    }

    /**
     * The answer.
     *
     * @param records        the child's records, first seen first
     * @param links          each link between two of its records, in the order they were made (unknown times last)
     * @param pendingReviews possible matches of one of its records with a record of another child, waiting for a
     *                       coordinator
     */
    public record Identity(String childId, List<IdentityRecord> records, List<Link> links,
                           List<PendingReview> pendingReviews, List<DecidedApart> decidedApart) {
    }

    /**
     * A person's decision that a record is someone else: a possible match of one of the child's records rejected in
     * review, or a record taken out of the child (unlinked).
     *
     * @param recordA   NOT_THE_SAME_CHILD: the child's record (or, when both are still here, the review's first);
     *                  TAKEN_OUT: the record taken out
     * @param recordB   NOT_THE_SAME_CHILD: the record judged to be someone else; null for TAKEN_OUT
     * @param how       NOT_THE_SAME_CHILD or TAKEN_OUT
     * @param reviewer  who decided
     * @param decidedAt when the decision was applied
     * @param reason    the reviewer's own words; null when none was kept
     * @param summary   the decision in words
     * @param reviewId  the review rejected (NOT_THE_SAME_CHILD only)
     */
    public record DecidedApart(String recordA, String recordB, String how, String reviewer, Instant decidedAt,
                               String reason, String summary, String reviewId) {
    }

    /**
     * One record of the child.
     *
     * @param recordKey   the source's own key for the child (its person or case reference)
     * @param firstSeenAt when Lantern first resolved it (or, for a record resolved before that was kept, its
     *                    earliest event's recording); null when neither is known
     * @param why         in words, why the record is part of this child
     */
    public record IdentityRecord(String recordId, String source, String recordKey, Instant firstSeenAt, String why) {
    }

    /**
     * A link between two records of the child.
     *
     * @param how          SAME_NHS_NUMBER, SAME_LA_PERSON_ID, SAME_UPN, SAME_POLICE_PERSON_ID, SAME_IDENTIFIER,
     *                     MATCHED (score over the link threshold), CONFIRMED (by a person in review)
     * @param summary      the link in words
     * @param linkedAt     when it was made; null for a link made before that was kept
     * @param score        the match score in bits
     * @param threshold    the link threshold it was made against (MATCHED only; null before that was kept)
     * @param agreed       the fields that agreed, in words
     * @param differed     the fields that differed, in words
     * @param notCompared  the fields one of the records did not hold
     * @param reviewer     who confirmed it (CONFIRMED only)
     * @param reason       the reviewer's own words for confirming it (CONFIRMED only; null for a link confirmed
     *                     before reasons were kept)
     * @param merged       the children this link joined into one, when it did (empty otherwise)
     */
    public record Link(String recordA, String recordB, String how, String summary, Instant linkedAt, double score,
                       Double threshold, List<String> agreed, List<String> differed, List<String> notCompared,
                       String reviewer, String reason, String reviewId, List<String> merged) {
    }

    /** A possible match waiting for a coordinator: one of this child's records and a record of another child. */
    public record PendingReview(String reviewId, String recordHere, String otherRecord, String otherChild,
                                double score, String summary, List<String> agreed, List<String> differed,
                                Instant raisedAt) {
    }

    public Identity of(String childId) {
        Document profile = profiles.find(Filters.eq("_id", childId)).first();
        if (profile == null) {
            throw new NotFound("child " + childId + " (unknown, or merged into another child: search by identifier)");
        }
        List<String> recordIds = profile.getList("records", String.class, List.of());
        Set<String> here = new LinkedHashSet<>(recordIds);
        Map<String, Document> resolved = new HashMap<>();
        resolutions.find(Filters.in("_id", recordIds)).forEach(d -> resolved.put(d.getString("_id"), d));

        List<Link> links = new ArrayList<>();
        Set<String> seenPairs = new HashSet<>();
        for (String recordId : recordIds) {
            Document resolution = resolved.get(recordId);
            if (resolution == null) {
                continue;
            }
            List<String> merged = resolution.getList("mergedChildren", String.class, List.of());
            for (Document l : resolution.getList("links", Document.class, List.of())) {
                String a = l.getString("recordA");
                String b = l.getString("recordB");
                if (!here.contains(a) || !here.contains(b) || !seenPairs.add(pair(a, b))) {
                    continue;
                }
                links.add(link(l, merged, childId));
            }
        }
        List<Document> confirmations = new ArrayList<>();
        reviews.find(Filters.and(Filters.eq("status", ReviewStatus.DECIDED.name()), Filters.eq("decision", "CONFIRM"),
                Filters.in("recordA", recordIds), Filters.in("recordB", recordIds))).forEach(r -> {
                    if (seenPairs.add(pair(r.getString("recordA"), r.getString("recordB")))) {
                        confirmations.add(r);
                    }
                });
        Map<String, String> reasonOf = reasons.of(confirmations.stream().map(r -> r.getString("decisionId"))
                .filter(Objects::nonNull).toList());
        for (Document r : confirmations) {
            links.add(confirmed(r, childId, reasonOf.get(r.getString("decisionId"))));
        }
        links.sort(Comparator.comparing(Link::linkedAt, Comparator.nullsLast(Comparator.naturalOrder())));

        Map<String, Instant> firstSeen = firstSeen(recordIds, resolved);
        List<IdentityRecord> records = new ArrayList<>();
        for (String recordId : recordIds) {
            records.add(new IdentityRecord(recordId, source(recordId), key(recordId), firstSeen.get(recordId),
                    why(recordId, links, recordIds.size())));
        }
        records.sort(Comparator.comparing(IdentityRecord::firstSeenAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(IdentityRecord::recordId));
        return new Identity(childId, records, links, pending(childId, here), decidedApart(childId, recordIds));
    }

    /**
     * The REJECT decisions on reviews naming one of the child's records, and the unlinks of records this child (or
     * a child since joined into it) lost; each with the reason of the decision the stream applied. A review that no
     * longer names both its records (one was forgotten) and the unlinks of a forgotten record are gone from the store.
     */
    private List<DecidedApart> decidedApart(String childId, List<String> recordIds) {
        List<Document> rejections = new ArrayList<>();
        reviews.find(Filters.and(Filters.eq("status", ReviewStatus.DECIDED.name()), Filters.eq("decision", "REJECT"),
                Filters.or(Filters.in("recordA", recordIds), Filters.in("recordB", recordIds)))).forEach(r -> {
                    if (r.getString("recordA") != null && r.getString("recordB") != null) {
                        rejections.add(r);
                    }
                });
        Set<String> lostFrom = new LinkedHashSet<>(List.of(childId));
        formerChildren.find(Filters.in("records", recordIds)).forEach(f -> lostFrom.add(f.getString("_id")));
        List<Document> unlinked = unlinks.find(Filters.in("fromChild", lostFrom)).into(new ArrayList<>());
        List<String> decisionIds = new ArrayList<>();
        rejections.forEach(r -> decisionIds.add(r.getString("decisionId")));
        unlinked.forEach(u -> decisionIds.add(u.getString("_id")));
        Map<String, String> reasonOf = reasons.of(decisionIds.stream().filter(Objects::nonNull).toList());

        Set<String> here = new HashSet<>(recordIds);
        List<DecidedApart> apart = new ArrayList<>();
        for (Document r : rejections) {
            boolean aHere = here.contains(r.getString("recordA"));
            String mine = aHere ? r.getString("recordA") : r.getString("recordB");
            String other = aHere ? r.getString("recordB") : r.getString("recordA");
            String reviewer = r.getString("reviewer");
            Instant at = instant(r.getDate("decidedAt"));
            String reason = r.getString("decisionId") == null ? null : reasonOf.get(r.getString("decisionId"));
            String summary = "Judged not the same child as " + words(other) + " (a possible match of "
                    + (here.contains(other) ? words(mine) : "this child's " + words(mine).substring("the ".length()))
                    + ")" + byWhomAndWhen(reviewer, at)
                    + "." + reasonInWords(reason);
            apart.add(new DecidedApart(mine, other, "NOT_THE_SAME_CHILD", reviewer, at, reason, summary,
                    r.getString("_id")));
        }
        for (Document u : unlinked) {
            String reviewer = u.getString("reviewer");
            Instant at = instant(u.getDate("decidedAt"));
            String reason = reasonOf.get(u.getString("_id"));
            String recordId = u.getString("recordId");
            String summary = "Taken out of this child" + (childId.equals(u.getString("fromChild")) ? ""
                    : " (then child " + u.getString("fromChild") + ")") + ": " + words(recordId)
                    + ", judged not the same child" + byWhomAndWhen(reviewer, at) + "." + reasonInWords(reason);
            apart.add(new DecidedApart(recordId, null, "TAKEN_OUT", reviewer, at, reason, summary, null));
        }
        apart.sort(Comparator.comparing(DecidedApart::decidedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DecidedApart::summary));
        return apart;
    }

    private String byWhomAndWhen(String reviewer, Instant at) {
        return " by " + (reviewer == null ? "a reviewer" : reviewer) + (at == null ? "" : " on " + day.format(at));
    }

    private static String reasonInWords(String reason) {
        return reason == null ? "" : " Reason given: \"" + reason.strip() + "\"";
    }

    private Link link(Document l, List<String> merged, String childId) {
        double score = number(l.get("score"));
        var explained = LinkReasons.explain(l.getString("reason"), score, l.getString("explanation"));
        Instant at = instant(l.getDate("linkedAt"));
        List<String> joined = merged.isEmpty() ? List.of() : merged;
        String summary = explained.summary()
                + (at == null ? ". " + BEFORE_REASONS + " in full: when is not known"
                        : ". Linked on " + day.format(at))
                + (joined.isEmpty() ? "" : "; this joined " + children(joined) + " into this child, which had been "
                        + "apart")
                + ".";
        return new Link(l.getString("recordA"), l.getString("recordB"), explained.how(), summary, at, score,
                explained.threshold(), explained.agreed(), explained.differed(), explained.notCompared(), null, null,
                null, joined);
    }

    /** @param reason the reviewer's words, or null when none was kept */
    private Link confirmed(Document review, String childId, String reason) {
        double score = number(review.get("score"));
        var explained = LinkReasons.explain("PROBABILISTIC", score, review.getString("explanation"));
        Instant at = instant(review.getDate("decidedAt"));
        String reviewer = review.getString("reviewer");
        List<String> merged = new ArrayList<>();
        for (Document move : review.getList("moves", Document.class, List.of())) {
            String from = move.getString("fromChild");
            if (from != null && !from.equals(childId) && childId.equals(move.getString("toChild"))
                    && !merged.contains(from)) {
                merged.add(from);
            }
        }
        String summary = "Confirmed as the same child by " + (reviewer == null ? "a reviewer" : reviewer)
                + (at == null ? "" : " on " + day.format(at))
                + (explained.agreed().isEmpty() ? "" : ", after a possible match on "
                        + LinkReasons.list(explained.agreed()) + " (score " + fixed(score) + ")")
                + (merged.isEmpty() ? "" : "; this joined " + children(merged) + " into this child")
                + "."
                + (reason == null ? "" : " Reason given: \"" + reason.strip() + "\"");
        return new Link(review.getString("recordA"), review.getString("recordB"), "CONFIRMED", summary, at, score,
                null, explained.agreed(), explained.differed(), explained.notCompared(), reviewer, reason,
                review.getString("_id"), merged);
    }

    private String why(String recordId, List<Link> links, int records) {
        if (MACE_SOURCE.equals(source(recordId))) {
            return "The MACE panel's record of this child, kept under the child's Lantern reference: nothing to link.";
        }
        List<String> reasons = new ArrayList<>();
        for (Link l : links) {
            if (l.recordA().equals(recordId) || l.recordB().equals(recordId)) {
                String other = l.recordA().equals(recordId) ? l.recordB() : l.recordA();
                reasons.add("linked to " + words(other) + ": " + l.summary());
            }
        }
        if (!reasons.isEmpty()) {
            String text = String.join(" Also ", reasons);
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return records == 1 ? "The only record of this child." : BEFORE_REASONS + ".";
    }

    private List<PendingReview> pending(String childId, Set<String> here) {
        List<PendingReview> pending = new ArrayList<>();
        reviews.find(Filters.and(Filters.eq("status", ReviewStatus.OPEN.name()),
                Filters.or(Filters.eq("childA", childId), Filters.eq("childB", childId),
                        Filters.in("recordA", here), Filters.in("recordB", here)))).forEach(r -> {
                            String a = r.getString("recordA");
                            String b = r.getString("recordB");
                            boolean aHere = a != null && here.contains(a);
                            boolean bHere = b != null && here.contains(b);
                            if (aHere == bHere) {
                                return; // both here (answered by a link) or neither: nothing pending for this child
                            }
                            double score = number(r.get("score"));
                            var explained = LinkReasons.explain("PROBABILISTIC", score, r.getString("explanation"));
                            String other = aHere ? b : a;
                            String summary = "Waiting for a coordinator's review: " + words(aHere ? a : b) + " and "
                                    + words(other) + " may be the same child (score " + fixed(score) + "). "
                                    + LinkReasons.whyReviewed(r.getString("reason"));
                            pending.add(new PendingReview(r.getString("_id"), aHere ? a : b, other,
                                    r.getString(aHere ? "childB" : "childA"), score, summary, explained.agreed(),
                                    explained.differed(), instant(r.getDate("raisedAt"))));
                        });
        pending.sort(Comparator.comparing(PendingReview::score).reversed().thenComparing(PendingReview::reviewId));
        return pending;
    }

    /** When each record was first seen: its resolution's time, else the earliest recording of any event of it. */
    private Map<String, Instant> firstSeen(List<String> recordIds, Map<String, Document> resolved) {
        Map<String, Instant> first = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String recordId : recordIds) {
            Document d = resolved.get(recordId);
            Instant at = d == null ? null : instant(d.getDate("resolvedAt"));
            if (at != null) {
                first.put(recordId, at);
            } else {
                unknown.add(recordId);
            }
        }
        if (!unknown.isEmpty()) {
            chronology.ofRecords(unknown).forEach(e -> {
                Instant at = e.recordedAt() != null ? e.recordedAt() : e.occurredAt();
                if (at != null) {
                    first.merge(e.recordId(), at, (x, y) -> x.isBefore(y) ? x : y);
                }
            });
        }
        return first;
    }

    private static String words(String recordId) {
        String source = source(recordId);
        String name = switch (source) {
            case "missing-episode-service" -> "the missing episodes record";
            case "return-interview-service" -> "the return interviews record";
            case "cme-register-service" -> "the CME register record";
            case "cse-risk-service", "exploitation-risk-service" -> "the exploitation risk record";
            default -> "the " + source + " record";
        };
        return name + " " + key(recordId);
    }

    private static String children(List<String> children) {
        return (children.size() == 1 ? "child " : "children ") + LinkReasons.list(children);
    }

    static String source(String recordId) {
        int bar = recordId.indexOf('|');
        return bar < 0 ? recordId : recordId.substring(0, bar);
    }

    static String key(String recordId) {
        String[] parts = recordId.split("\\|");
        return parts.length > 1 ? parts[1] : recordId;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
