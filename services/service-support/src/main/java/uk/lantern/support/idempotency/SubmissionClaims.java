package uk.lantern.support.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Natural keys of submissions (a police reference, a school's notification reference, an Idempotency-Key) and the
 * record each belongs to. The unique {@code _id} makes a claim atomic without transactions: the first request to
 * claim a key decides which record it names; every repeat finds that record.
 */
public final class SubmissionClaims {

    public record Claim(String key, String recordId, String fingerprint) {
    }

    @Document("submission_claims")
    record ClaimDocument(@Id String key, String recordId, String fingerprint) {
    }

    private final MongoTemplate mongo;

    public SubmissionClaims(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Claims {@code key} for {@code recordId} unless it is already claimed; returns the claim that holds. */
    public Claim claim(String key, String recordId, String fingerprint) {
        try {
            mongo.insert(new ClaimDocument(key, recordId, fingerprint));
            return new Claim(key, recordId, fingerprint);
        } catch (DuplicateKeyException taken) {
            ClaimDocument held = mongo.findById(key, ClaimDocument.class);
            return new Claim(key, held.recordId(), held.fingerprint());
        }
    }

    /** The claim on {@code key}, if someone holds it. */
    public java.util.Optional<Claim> find(String key) {
        return java.util.Optional.ofNullable(mongo.findById(key, ClaimDocument.class))
                .map(held -> new Claim(held.key(), held.recordId(), held.fingerprint()));
    }

    /**
     * Moves the claim on {@code key} from {@code fromRecordId} to {@code toRecordId}, if it still names
     * {@code fromRecordId}: one conditional single-document write, so of two requests moving the same claim one wins.
     * False if the claim names another record now, or was released.
     */
    public boolean reassign(String key, String fromRecordId, String toRecordId) {
        return mongo.updateFirst(
                org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(key)
                                .and("recordId").is(fromRecordId)),
                new org.springframework.data.mongodb.core.query.Update().set("recordId", toRecordId),
                ClaimDocument.class).getMatchedCount() == 1;
    }

    /** Releases the claim on {@code key} if it still names {@code recordId}; otherwise leaves it. Idempotent. */
    public void release(String key, String recordId) {
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(key).and("recordId").is(recordId)),
                ClaimDocument.class);
    }

    /**
     * Forgets every claim naming {@code recordId}: the record was erased, so its natural keys (a police reference
     * among them) are no longer held, and a new submission with the same key records afresh. Idempotent.
     */
    public void releaseAll(String recordId) {
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("recordId").is(recordId)),
                ClaimDocument.class);
    }
}
