package uk.lantern.correlation.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.schemas.correlation.IdentityEvent;
import uk.lantern.schemas.correlation.LinkExplanation;
import uk.lantern.schemas.correlation.RecordForgotten;
import uk.lantern.schemas.correlation.RecordResolved;
import uk.lantern.schemas.correlation.ReviewDecided;
import uk.lantern.schemas.correlation.ReviewRaised;

/**
 * {@code lantern.identity.v1} into two collections: {@code reviews}, the POSSIBLE_SAME_CHILD queue (one document per
 * review id: OPEN when raised, DECIDED when the stream applied a reviewer's decision), and {@code resolutions}, where
 * each source record stands (one document per record id: its child and how it was resolved). Upserts on those ids,
 * so the same event twice changes nothing; a review once decided is never reopened by a late ReviewRaised. A record
 * forgotten after an erasure at its source (RecordForgotten) leaves both: its open review items are WITHDRAWN (with
 * the reason), its id goes from every review, resolution and former child ({@code former_children}) that named it,
 * its resolution is deleted, and so are its unlinks ({@code unlinks}) and the reviewers' kept reasons of decisions
 * naming it ({@code decision_reasons}),
 * and the records its child lost without it move as the event says. Each resolution keeps the links its record made,
 * each explained, with when ({@code linkedAt}, and the record's {@code resolvedAt}; both kept since issue 19's
 * identity page): an unlink takes the record's links away, a reject the link between its two records, and any move
 * the links left joining two children, as the resolver does, so what is kept explains only links that hold. Each
 * unlink applied is kept in {@code unlinks} (which record, out of which child, by whom, when), so the child it left
 * can say so.
 */
public class ReviewProjection {

    public static final String REVIEWS = "reviews";
    public static final String RESOLUTIONS = "resolutions";
    /**
     * The reviewers' sealed reasons for their decisions, one document per decision id (written by the API's
     * {@code DecisionReasons}); the reasons of decisions naming a forgotten record are deleted here.
     */
    public static final String DECISION_REASONS = "decision_reasons";
    /**
     * Each unlink the stream applied, one document per decision id: the record taken out ({@code recordId}), the
     * child it was taken out of ({@code fromChild}) and the one it went to, who and when. Deleted with its record.
     */
    public static final String UNLINKS = "unlinks";

    /**
     * OPEN: in the reviewers' queue; DECIDED: a reviewer confirmed or rejected it; LINKED: a later record linked both
     * records into one child, which answers the question (off the queue; a reviewer may still reject it);
     * WITHDRAWN: one of its records was forgotten after an erasure at its source, and there is nothing left to decide.
     */
    public enum ReviewStatus { OPEN, DECIDED, LINKED, WITHDRAWN }

    private final EventCodec codec = new EventCodec();
    private final MongoCollection<Document> reviews;
    private final MongoCollection<Document> resolutions;
    private final MongoCollection<Document> formerChildren;
    private final MongoCollection<Document> decisionReasons;
    private final MongoCollection<Document> unlinks;

    public ReviewProjection(MongoTemplate mongo) {
        this.unlinks = mongo.getCollection(UNLINKS);
        this.unlinks.createIndex(Indexes.ascending("fromChild"));
        this.unlinks.createIndex(Indexes.ascending("recordId"));
        this.reviews = mongo.getCollection(REVIEWS);
        this.resolutions = mongo.getCollection(RESOLUTIONS);
        this.decisionReasons = mongo.getCollection(DECISION_REASONS);
        this.formerChildren = mongo.getCollection(ProfileProjection.FORMER_CHILDREN);
    }

    public void apply(byte[] value) {
        Envelope<IdentityEvent> event = codec.decode(CorrelationTopics.IDENTITY, value);
        if (event.data() instanceof ReviewRaised raised) {
            raised(raised, event.recordedAt());
        } else if (event.data() instanceof ReviewDecided decided) {
            decided(decided);
        } else if (event.data() instanceof RecordResolved resolved) {
            resolved(resolved, event.recordedAt());
        } else if (event.data() instanceof RecordForgotten forgotten) {
            forgotten(forgotten);
        }
    }

    private void raised(ReviewRaised review, Instant at) {
        Document known = reviews.find(Filters.eq("_id", review.reviewId())).first();
        if (known != null && ReviewStatus.WITHDRAWN.name().equals(known.getString("status"))) {
            return; // projected after the record it names was forgotten (from another partition): stays withdrawn
        }
        reviews.updateOne(Filters.eq("_id", review.reviewId()), Updates.combine(
                Updates.set("recordA", review.recordA()),
                Updates.set("childA", review.childA()),
                Updates.set("recordB", review.recordB()),
                Updates.set("childB", review.childB()),
                Updates.set("score", review.score()),
                Updates.set("reason", review.reason()),
                Updates.set("agreeingFields", review.agreeingFields()),
                Updates.set("explanation", review.explanation()),
                Updates.set("raisedAt", AlertProjection.date(review.raisedAt())),
                Updates.setOnInsert("status", ReviewStatus.OPEN.name())), new UpdateOptions().upsert(true));
        // Projected after the merge that answered it (the two come from different partitions): answered already.
        Document a = resolutions.find(Filters.eq("_id", review.recordA())).first();
        Document b = resolutions.find(Filters.eq("_id", review.recordB())).first();
        if (a != null && b != null && a.getString("childId") != null
                && a.getString("childId").equals(b.getString("childId"))) {
            linked(Filters.eq("_id", review.reviewId()), review.recordA(), at);
        }
    }

    private void decided(ReviewDecided decided) {
        if (decided.reviewId() != null) {
            reviews.updateOne(Filters.eq("_id", decided.reviewId()), Updates.combine(
                    Updates.set("status", ReviewStatus.DECIDED.name()),
                    Updates.set("decision", decided.decision()),
                    Updates.set("decisionId", decided.decisionId()),
                    Updates.set("reviewer", decided.reviewer()),
                    Updates.set("decidedAt", AlertProjection.date(decided.decidedAt())),
                    Updates.set("moves", moves(decided)),
                    Updates.setOnInsert("recordA", decided.recordA()),
                    Updates.setOnInsert("recordB", decided.recordB()),
                    Updates.unset("pendingDecisionId"),
                    Updates.unset("pendingSince")), new UpdateOptions().upsert(true));
        }
        for (ReviewDecided.RecordMove move : decided.moves()) {
            resolutions.updateOne(Filters.eq("_id", move.recordId()), Updates.combine(
                    Updates.set("childId", move.toChild()),
                    Updates.set("lastDecisionId", decided.decisionId())), new UpdateOptions().upsert(true));
        }
        if (decided.reviewId() == null && decided.recordA() != null) {
            resolutions.updateOne(Filters.eq("_id", decided.recordA()), Updates.combine(
                    Updates.set("lastDecisionId", decided.decisionId()),
                    Updates.unset("pendingDecisionId"), Updates.unset("pendingSince")));
        }
        if ("UNLINK".equals(decided.decision()) && decided.recordA() != null) {
            unlinked(decided);
            // The record's links went with the unlink: no explanation of it is left in the child it left.
            for (String side : List.of("recordA", "recordB")) {
                resolutions.updateMany(Filters.eq("links." + side, decided.recordA()),
                        Updates.pull("links", new Document(side, decided.recordA())));
            }
        }
        if ("REJECT".equals(decided.decision()) && decided.recordB() != null) {
            pullLink(decided.recordA(), decided.recordB());
            pullLink(decided.recordB(), decided.recordA());
        }
        dropLinksAcrossChildren(decided.moves().stream().map(ReviewDecided.RecordMove::recordId).toList());
    }

    /** The unlink as a decision to show on the child the record left; the same decision again rewrites it. */
    private void unlinked(ReviewDecided decided) {
        ReviewDecided.RecordMove out = decided.moves().stream()
                .filter(m -> decided.recordA().equals(m.recordId())).findFirst().orElse(null);
        if (decided.decisionId() == null || out == null || out.fromChild() == null) {
            return; // nothing was taken out of a child
        }
        unlinks.replaceOne(Filters.eq("_id", decided.decisionId()), new Document("_id", decided.decisionId())
                .append("recordId", decided.recordA())
                .append("fromChild", out.fromChild())
                .append("toChild", out.toChild())
                .append("reviewer", decided.reviewer())
                .append("decidedAt", AlertProjection.date(decided.decidedAt())), new ReplaceOptions().upsert(true));
    }

    private void pullLink(String recordA, String recordB) {
        resolutions.updateMany(Filters.and(Filters.eq("links.recordA", recordA), Filters.eq("links.recordB", recordB)),
                Updates.pull("links", new Document("recordA", recordA).append("recordB", recordB)));
    }

    /**
     * The resolver never keeps a link between records of two children (a decision removes the links it splits), so
     * after records moved, each kept link that now joins two children is the explanation of a link that is gone.
     */
    private void dropLinksAcrossChildren(List<String> moved) {
        if (moved.isEmpty()) {
            return;
        }
        List<Document> holders = resolutions.find(Filters.or(Filters.in("links.recordA", moved),
                Filters.in("links.recordB", moved))).into(new ArrayList<>());
        Set<String> named = new HashSet<>();
        for (Document holder : holders) {
            for (Document link : holder.getList("links", Document.class, List.of())) {
                named.add(link.getString("recordA"));
                named.add(link.getString("recordB"));
            }
        }
        Map<String, String> childOf = new HashMap<>();
        resolutions.find(Filters.in("_id", named)).forEach(d -> childOf.put(d.getString("_id"),
                d.getString("childId")));
        for (Document holder : holders) {
            List<Document> links = holder.getList("links", Document.class, List.of());
            List<Document> kept = links.stream().filter(l -> {
                String a = childOf.get(l.getString("recordA"));
                String b = childOf.get(l.getString("recordB"));
                return a == null || b == null || a.equals(b);
            }).toList();
            if (kept.size() != links.size()) {
                resolutions.updateOne(Filters.eq("_id", holder.get("_id")), Updates.set("links", kept));
            }
        }
    }

    private void resolved(RecordResolved resolved, Instant at) {
        List<Document> links = new ArrayList<>();
        for (LinkExplanation link : resolved.links()) {
            links.add(new Document("recordA", link.recordA()).append("recordB", link.recordB())
                    .append("reason", link.reason()).append("score", link.score())
                    .append("agreeingFields", link.agreeingFields()).append("explanation", link.explanation())
                    .append("linkedAt", AlertProjection.date(at)));
        }
        Bson update = Updates.combine(
                Updates.set("childId", resolved.childId()),
                Updates.set("resolvedAt", AlertProjection.date(at)),
                Updates.set("source", resolved.source()),
                Updates.set("sourceEventId", resolved.sourceEventId()),
                Updates.set("decision", resolved.decision()),
                Updates.set("links", links),
                Updates.set("mergedChildren", resolved.mergedChildren()));
        resolutions.updateOne(Filters.eq("_id", resolved.recordId()), update, new UpdateOptions().upsert(true));
        if (!resolved.mergedChildren().isEmpty()) {
            // Every record of a merged child is the surviving child's now, and so is each review's side.
            String survivor = resolved.childId();
            Bson merged = Filters.in("childId", resolved.mergedChildren());
            resolutions.updateMany(merged, Updates.set("childId", survivor));
            reviews.updateMany(Filters.in("childA", resolved.mergedChildren()), Updates.set("childA", survivor));
            reviews.updateMany(Filters.in("childB", resolved.mergedChildren()), Updates.set("childB", survivor));
            linked(Filters.and(Filters.eq("childA", survivor), Filters.eq("childB", survivor)), resolved.recordId(),
                    at);
        }
    }

    /**
     * The record was forgotten: its open (or link-answered) review items are withdrawn, and no review or resolution
     * keeps its id, nor a review the comparison of its details. A withdrawn review named in the event but not yet
     * projected is written as withdrawn, so its late ReviewRaised does not open it. Its resolution goes, and the
     * records that moved without it are their new child's.
     */
    private void forgotten(RecordForgotten forgotten) {
        String recordId = forgotten.recordId();
        Bson namesIt = Filters.or(Filters.eq("recordA", recordId), Filters.eq("recordB", recordId),
                Filters.in("_id", forgotten.reviewsWithdrawn()));
        reviews.updateMany(Filters.and(namesIt, Filters.in("status", ReviewStatus.OPEN.name(),
                ReviewStatus.LINKED.name())), Updates.combine(
                Updates.set("status", ReviewStatus.WITHDRAWN.name()),
                Updates.set("withdrawnReason", "record " + recordId + " was forgotten: " + forgotten.reason()),
                Updates.set("withdrawnAt", AlertProjection.date(forgotten.forgottenAt())),
                Updates.unset("pendingDecisionId"),
                Updates.unset("pendingSince")));
        for (String reviewId : forgotten.reviewsWithdrawn()) {
            reviews.updateOne(Filters.eq("_id", reviewId), Updates.combine(
                    Updates.setOnInsert("status", ReviewStatus.WITHDRAWN.name()),
                    Updates.setOnInsert("withdrawnReason", "one of its records was forgotten: " + forgotten.reason()),
                    Updates.setOnInsert("withdrawnAt", AlertProjection.date(forgotten.forgottenAt()))),
                    new UpdateOptions().upsert(true));
        }
        for (String side : List.of("recordA", "recordB")) {
            reviews.updateMany(Filters.eq(side, recordId), Updates.combine(Updates.unset(side),
                    Updates.unset("explanation")));
        }
        reviews.updateMany(Filters.eq("linkedByRecord", recordId), Updates.unset("linkedByRecord"));
        reviews.updateMany(Filters.eq("moves.recordId", recordId),
                Updates.pull("moves", new Document("recordId", recordId)));
        resolutions.deleteOne(Filters.eq("_id", recordId));
        unlinks.deleteMany(Filters.eq("recordId", recordId));
        formerChildren.updateMany(Filters.eq("records", recordId), Updates.pull("records", recordId));
        for (String side : List.of("recordA", "recordB")) {
            resolutions.updateMany(Filters.eq("links." + side, recordId),
                    Updates.pull("links", new Document(side, recordId)));
        }
        for (ReviewDecided.RecordMove move : forgotten.moves()) {
            resolutions.updateOne(Filters.eq("_id", move.recordId()), Updates.set("childId", move.toChild()),
                    new UpdateOptions().upsert(true));
        }
        dropLinksAcrossChildren(forgotten.moves().stream().map(ReviewDecided.RecordMove::recordId).toList());
        // Last, after no review or resolution names the record: the API, keeping a reason while this runs, checks
        // for that after writing it (ReviewQueue), so a reason is never kept for a forgotten record.
        decisionReasons.deleteMany(Filters.or(Filters.eq("recordA", recordId), Filters.eq("recordB", recordId)));
    }

    /** Open reviews whose two records are one child now: answered by the link, taken off the queue. */
    private void linked(Bson which, String byRecord, Instant at) {
        reviews.updateMany(Filters.and(which, Filters.eq("status", ReviewStatus.OPEN.name())), Updates.combine(
                Updates.set("status", ReviewStatus.LINKED.name()),
                Updates.set("linkedByRecord", byRecord),
                Updates.set("decidedAt", AlertProjection.date(at))));
    }

    private static List<Document> moves(ReviewDecided decided) {
        return decided.moves().stream().map(m -> new Document("recordId", m.recordId())
                .append("fromChild", m.fromChild()).append("toChild", m.toChild())).toList();
    }
}
