package uk.lantern.correlation.api;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.projection.ReviewProjection;
import uk.lantern.correlation.projection.ReviewProjection.ReviewStatus;
import uk.lantern.schemas.correlation.IdentityDecisionMade;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.problems.NotFound;
import uk.lantern.support.problems.RuleViolation;
import uk.lantern.support.problems.StateConflict;

/**
 * The POSSIBLE_SAME_CHILD review queue and the reviewers' decisions. A decision is claimed on the review (or record)
 * document before it is sent ({@code pendingDecisionId}), so two reviewers deciding the same item at once get one 202
 * and one 409; the claim is released if the broker refuses the decision, and lapses after
 * {@code lantern.correlation.decisions.pending-for} in case the stream never applies it. The stream's
 * {@code ReviewDecided} marks the review DECIDED. Once the broker took a decision, its reason is kept, sealed
 * ({@link DecisionReasons}): the stream's events never carry it.
 */
public class ReviewQueue {

    private static final Logger log = LoggerFactory.getLogger(ReviewQueue.class);

    private final MongoCollection<Document> reviews;
    private final MongoCollection<Document> resolutions;
    private final DecisionPublisher publisher;
    private final Clock clock;
    private final DecisionSettings settings;
    private final DecisionReasons reasons;

    public ReviewQueue(MongoTemplate mongo, DecisionPublisher publisher, Clock clock, DecisionSettings settings,
                       DecisionReasons reasons) {
        this.reasons = reasons;
        this.reviews = mongo.getCollection(ReviewProjection.REVIEWS);
        this.resolutions = mongo.getCollection(ReviewProjection.RESOLUTIONS);
        this.publisher = publisher;
        this.clock = clock;
        this.settings = settings;
    }

    public record Review(String reviewId, String status, double score, String reason, String agreeingFields,
                         String explanation, String recordA, String childA, String recordB, String childB,
                         Instant raisedAt, String pendingDecisionId, String decision, String reviewer,
                         Instant decidedAt, String withdrawnReason, Instant withdrawnAt) {

        static Review of(Document d) {
            return new Review(d.getString("_id"), d.getString("status"), number(d.get("score")), d.getString("reason"),
                    d.getString("agreeingFields"), d.getString("explanation"), d.getString("recordA"),
                    d.getString("childA"), d.getString("recordB"), d.getString("childB"), instant(d, "raisedAt"),
                    d.getString("pendingDecisionId"), d.getString("decision"), d.getString("reviewer"),
                    instant(d, "decidedAt"), d.getString("withdrawnReason"), instant(d, "withdrawnAt"));
        }
    }

    /**
     * @param status OPEN (the queue, highest score first), DECIDED or LINKED (latest decided first), WITHDRAWN
     *               (latest withdrawn first)
     */
    public List<Review> list(String status) {
        String wanted = AlertWork.known("status", status == null ? "OPEN" : status, ReviewStatus.values());
        Bson order = wanted.equals(ReviewStatus.OPEN.name())
                ? Sorts.orderBy(Sorts.descending("score"), Sorts.ascending("raisedAt"), Sorts.ascending("_id"))
                : wanted.equals(ReviewStatus.WITHDRAWN.name())
                ? Sorts.orderBy(Sorts.descending("withdrawnAt"), Sorts.ascending("_id"))
                : Sorts.orderBy(Sorts.descending("decidedAt"), Sorts.ascending("_id"));
        List<Review> found = new ArrayList<>();
        reviews.find(Filters.eq("status", wanted)).sort(order).forEach(d -> found.add(Review.of(d)));
        return found;
    }

    public long open() {
        return reviews.countDocuments(Filters.eq("status", ReviewStatus.OPEN.name()));
    }

    /** CONFIRM or REJECT the possible match; returns the decision id. */
    public String decide(String reviewId, String decision, String reviewer, String reason) {
        String kind = decisionKind(decision);
        Document review = reviews.find(Filters.eq("_id", reviewId)).first();
        if (review == null) {
            throw new NotFound("review " + reviewId);
        }
        if (ReviewStatus.WITHDRAWN.name().equals(review.getString("status"))) {
            throw new ReviewWithdrawn("review " + reviewId + " was withdrawn: " + review.getString("withdrawnReason")
                    + ". Nothing was decided.");
        }
        if (ReviewStatus.DECIDED.name().equals(review.getString("status"))) {
            throw new StateConflict("review " + reviewId + " was already decided: " + review.getString("decision")
                    + " by " + review.getString("reviewer"));
        }
        Instant now = clock.instant();
        String decisionId = UUID.randomUUID().toString();
        // A review answered by a link can still be decided: a reviewer who knows they are two children rejects it.
        claim(reviews, reviewId, "review " + reviewId,
                Filters.in("status", ReviewStatus.OPEN.name(), ReviewStatus.LINKED.name()), decisionId, now);
        String recordA = review.getString("recordA");
        String recordB = review.getString("recordB");
        IdentityDecisionMade made = new IdentityDecisionMade(decisionId, kind, recordA, recordB, reviewId, reviewer,
                reason, now);
        send(reviews, reviewId, made, now);
        // Forgotten while it was kept? The review names neither record once RecordForgotten is projected.
        keep(made, () -> reviews.countDocuments(Filters.and(Filters.eq("_id", reviewId),
                Filters.eq("recordA", recordA), Filters.eq("recordB", recordB))) > 0);
        return decisionId;
    }

    /** UNLINK a record from its child; returns the decision id. */
    public String unlink(String recordId, String reviewer, String reason) {
        if (resolutions.find(Filters.eq("_id", recordId)).first() == null) {
            throw new NotFound("record " + recordId);
        }
        Instant now = clock.instant();
        String decisionId = UUID.randomUUID().toString();
        claim(resolutions, recordId, "record " + recordId, new Document(), decisionId, now);
        IdentityDecisionMade made = new IdentityDecisionMade(decisionId, "UNLINK", recordId, null, null, reviewer,
                reason, now);
        send(resolutions, recordId, made, now);
        keep(made, () -> resolutions.countDocuments(Filters.eq("_id", recordId)) > 0);
        return decisionId;
    }

    /**
     * Keeps the reason of a decision the broker took. Then, if its record was forgotten meanwhile ({@code stillKnown}
     * false: the projection deletes the kept reasons of a forgotten record after it took the record from its review
     * and resolution), deletes it again, so no reason outlives its record. A store that fails here does not undo the
     * decision, which is on its way: the failure is logged and the decision stands, without its reason.
     */
    private void keep(IdentityDecisionMade decision, BooleanSupplier stillKnown) {
        try {
            reasons.keep(decision);
            if (!stillKnown.getAsBoolean()) {
                reasons.forget(decision.decisionId());
            }
        } catch (RuntimeException e) {
            log.error("Decision {} was sent and will be applied, but its reason was not kept: {}",
                    decision.decisionId(), e.toString());
        }
    }

    private void claim(MongoCollection<Document> collection, String id, String what, Bson allowed, String decisionId,
                       Instant now) {
        Bson free = Filters.or(Filters.exists("pendingDecisionId", false),
                Filters.lte("pendingSince", Date.from(now.minus(settings.pendingFor()))));
        Document claimed = collection.findOneAndUpdate(Filters.and(Filters.eq("_id", id), allowed, free),
                Updates.combine(Updates.set("pendingDecisionId", decisionId),
                        Updates.set("pendingSince", Date.from(now))));
        if (claimed == null) {
            throw new StateConflict("a decision on " + what + " is already on its way; it is applied within moments");
        }
    }

    private void send(MongoCollection<Document> collection, String id, IdentityDecisionMade decision, Instant now) {
        try {
            publisher.publish(decision, now);
        } catch (RuntimeException e) {
            collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("pendingDecisionId",
                    decision.decisionId())), Updates.combine(Updates.unset("pendingDecisionId"),
                    Updates.unset("pendingSince")));
            throw e;
        }
    }

    static String decisionKind(String decision) {
        if (decision == null || decision.isBlank()) {
            throw new InvalidRequestParameter("decision", "is required: CONFIRM or REJECT");
        }
        String upper = decision.strip().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "CONFIRM", "REJECT" -> upper;
            case "UNLINK" -> throw new RuleViolation("decision",
                    "a review is confirmed or rejected; to unlink a record use POST /records/{recordId}/unlink");
            default -> throw new InvalidRequestParameter("decision", "unknown decision '" + decision
                    + "': CONFIRM or REJECT");
        };
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
