package uk.lantern.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The one write of a change to an aggregate document: its new state (the {@code update} a store prepared, which also
 * sets the next version), the events it caused appended to the document's outbox, and the request key recorded as
 * applied — all in a single-document update that matches only if the document is still at {@code expectedVersion}.
 */
public final class VersionedWrite {

    /** True if the document was still at {@code expectedVersion} and has been changed; false if someone else won. */
    public static boolean apply(MongoTemplate mongo, Class<?> documentType, String id, long expectedVersion,
                                Update update, List<OutboxEntry> events, String requestKey) {
        if (!events.isEmpty()) {
            update.push(MongoOutbox.FIELD).each(events.toArray());
        }
        if (requestKey != null) {
            update.addToSet("requestKeys", requestKey);
        }
        return mongo.updateFirst(query(where("_id").is(id).and("version").is(expectedVersion)), update, documentType)
                .getMatchedCount() == 1;
    }

    private VersionedWrite() {
    }
}
