package uk.lantern.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The outbox of one collection whose documents keep their unsent events in an {@code outbox} array and their last
 * change time in {@code updatedAt}. Removal is a {@code $pull} by event id, so it never races a concurrent
 * change of the document's state (which only {@code $push}es to the array).
 */
public final class MongoOutbox implements OutboxSource {

    public static final String FIELD = "outbox";

    private final MongoTemplate mongo;
    private final String collection;

    public MongoOutbox(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    @Override
    public List<PendingEvents> pendingEvents(int limit) {
        Query pending = query(where(FIELD + ".0").exists(true)).with(Sort.by("updatedAt")).limit(limit);
        pending.fields().include("_id", FIELD);
        return mongo.find(pending, Document.class, collection).stream()
                .map(d -> new PendingEvents(d.get("_id").toString(), entries(d)))
                .toList();
    }

    @Override
    public void markPublished(String aggregateId, List<String> eventIds) {
        mongo.updateFirst(query(where("_id").is(aggregateId)),
                new Update().pull(FIELD, new Document("eventId", new Document("$in", eventIds))), collection);
    }

    private static List<OutboxEntry> entries(Document document) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (Document e : document.getList(FIELD, Document.class)) {
            entries.add(new OutboxEntry(e.getString("eventId"), e.getString("eventType"), e.getString("topic"),
                    e.getString("key"), e.getString("payload"), e.getDate("recordedAt").toInstant()));
        }
        return entries;
    }
}
