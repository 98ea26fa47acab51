package uk.lantern.correlation.api;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.projection.ReviewProjection;
import uk.lantern.schemas.correlation.IdentityDecisionMade;
import uk.lantern.support.crypto.FieldCipher;
import uk.lantern.support.crypto.SensitiveFields;

/**
 * The reason each reviewer wrote for an identity decision the broker accepted (CONFIRM, REJECT or UNLINK), kept in
 * {@code decision_reasons}: one document per decision id, with its review, its two records, the reviewer and when;
 * the reason itself sealed with the service's {@link FieldCipher} (place {@code decision_reasons/<decisionId>/reason}).
 * The stream's {@code ReviewDecided} carries no reason, so this is the only copy at rest. A decision the stream never
 * applied keeps its reason here too, but nothing shows it: readers ask by the decision id a review was decided by.
 * The projection of {@code lantern.identity.v1} deletes the reasons of decisions naming a forgotten record.
 */
public class DecisionReasons {

    /** The sealed free text of a kept reason. */
    public static final String REASON = "reason";

    private final MongoCollection<Document> reasons;
    private final FieldCipher cipher;

    public DecisionReasons(MongoTemplate mongo, FieldCipher cipher) {
        this.reasons = mongo.getCollection(ReviewProjection.DECISION_REASONS);
        this.cipher = cipher;
    }

    /** The kept reasons' sensitive field, for key rotation (the re-encryption command). */
    public static SensitiveFields sensitiveFields(FieldCipher cipher) {
        return new SensitiveFields(ReviewProjection.DECISION_REASONS, List.of(REASON), cipher);
    }

    /** Keeps the reason of a decision the broker took; the same decision again rewrites the same document. */
    public void keep(IdentityDecisionMade decision) {
        if (decision.reason() == null || decision.reason().isBlank()) {
            return; // the API requires one; nothing to keep otherwise
        }
        String id = decision.decisionId();
        Document kept = new Document("_id", id)
                .append("decision", decision.decision())
                .append("reviewId", decision.reviewId())
                .append("recordA", decision.recordA())
                .append("recordB", decision.recordB())
                .append("reviewer", decision.reviewer())
                .append("at", Date.from(decision.decidedAt()))
                .append(REASON, cipher.seal(decision.reason(), place(id)));
        reasons.replaceOne(Filters.eq("_id", id), kept, new ReplaceOptions().upsert(true));
    }

    /** Deletes the reason of one decision (its record was forgotten while it was being kept). */
    public void forget(String decisionId) {
        reasons.deleteOne(Filters.eq("_id", decisionId));
    }

    /** The reasons, opened, of those of {@code decisionIds} that have one kept, by decision id. */
    public Map<String, String> of(Collection<String> decisionIds) {
        Map<String, String> found = new HashMap<>();
        if (decisionIds.isEmpty()) {
            return found;
        }
        reasons.find(Filters.in("_id", decisionIds)).forEach(d -> {
            String id = d.getString("_id");
            String reason = cipher.open(d.get(REASON), place(id));
            if (reason != null && !reason.isBlank()) {
                found.put(id, reason);
            }
        });
        return found;
    }

    private static String place(String decisionId) {
        return ReviewProjection.DECISION_REASONS + "/" + decisionId + "/" + REASON;
    }
}
