package uk.lantern.support.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.lantern.support.outbox.MongoOutbox;
import uk.lantern.support.outbox.OutboxEntry;

/**
 * The Mongo side of erasure that every recording store does alike: a record turned into its tombstone in one
 * conditional write (status {@value #ERASED}, no child keys, no request keys, the erasure event as its whole outbox,
 * the erasure kept), the erasure read back from a tombstone, and the purge's candidates read a page at a time in id
 * order. What a record's own fields are, and which of its records are due, stay in the service's store.
 */
public final class MongoTombstones {

    /** The status of a tombstone: the record was erased; only ids and the erasure are left. */
    public static final String ERASED = "ERASED";

    private MongoTombstones() {
    }

    /**
     * What a tombstone keeps of its erasure: ids, time, reason and who asked; nothing of the child.
     *
     * @param eventId  the erasure event's id; null only for a tombstone kept where there was no record to erase
     * @param erasedBy the person who asked; null for the purge and for erasures that follow another
     */
    public record KeptErasure(UUID eventId, Instant erasedAt, String reason, String erasedBy) {

        public Document document() {
            return new Document("eventId", eventId == null ? null : eventId.toString())
                    .append("erasedAt", Date.from(erasedAt))
                    .append("reason", reason)
                    .append("erasedBy", erasedBy);
        }

        static KeptErasure of(Document kept) {
            String eventId = kept.getString("eventId");
            return new KeptErasure(eventId == null ? null : UUID.fromString(eventId), kept.getDate("erasedAt").toInstant(),
                    kept.getString("reason"), kept.getString("erasedBy"));
        }
    }

    /**
     * Turns the record into its tombstone if it is still at {@code expectedVersion} and not erased: drops what
     * {@code removing} unsets or empties (the record's own fields), and in the same write sets the tombstone's
     * status, empties its child and request keys, makes {@code erased} its whole outbox, and keeps the erasure.
     * False if the record moved on meanwhile (or was erased): read it again.
     */
    public static boolean erase(MongoTemplate mongo, Class<?> documentType, String id, long expectedVersion,
                                Update removing, KeptErasure erasure, OutboxEntry erased) {
        Update tombstone = removing
                .set("status", ERASED)
                .set("childKeys", List.of())
                .set("requestKeys", List.of())
                .set(MongoOutbox.FIELD, List.of(erased))
                .set("version", expectedVersion + 1)
                .set("updatedAt", erasure.erasedAt())
                .set("erasure", erasure.document());
        return mongo.updateFirst(query(where("_id").is(id).and("version").is(expectedVersion).and("status").ne(ERASED)),
                tombstone, documentType).getMatchedCount() == 1;
    }

    /** The erasure a tombstone keeps; empty if the record is not erased (or not there). */
    public static Optional<KeptErasure> erasure(MongoTemplate mongo, String collection, String id) {
        Query tombstone = query(where("_id").is(id).and("status").is(ERASED));
        tombstone.fields().include("erasure");
        return Optional.ofNullable(mongo.findOne(tombstone, Document.class, collection))
                .map(d -> d.get("erasure", Document.class))
                .map(KeptErasure::of);
    }

    /** Up to {@code limit} ids of records matching {@code due}, in id order, after {@code after} (from the first if empty). */
    public static List<String> candidates(MongoTemplate mongo, String collection, Criteria due, Optional<String> after,
                                          int limit) {
        Criteria page = after.map(a -> new Criteria().andOperator(where("_id").gt(a), due)).orElse(due);
        Query query = query(page).with(Sort.by("_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(d -> d.get("_id").toString()).toList();
    }
}
