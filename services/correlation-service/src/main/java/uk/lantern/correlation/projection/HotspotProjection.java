package uk.lantern.correlation.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.schemas.correlation.HotspotEnded;
import uk.lantern.schemas.correlation.HotspotEvent;
import uk.lantern.schemas.correlation.HotspotReported;

/**
 * {@code lantern.hotspots.v1} into {@code hotspots}: one document per hotspot id, CURRENT when reported and ENDED when
 * its sightings left the window. Upserts on the id, so the same event twice changes nothing, and an end that arrives
 * before its report (a replay from another partition order) is not undone by the report.
 */
public class HotspotProjection {

    public static final String COLLECTION = "hotspots";

    public enum HotspotStatus { CURRENT, ENDED }

    private final EventCodec codec = new EventCodec();
    private final MongoCollection<Document> hotspots;

    public HotspotProjection(MongoTemplate mongo) {
        this.hotspots = mongo.getCollection(COLLECTION);
    }

    public void apply(byte[] value) {
        Envelope<HotspotEvent> event = codec.decode(CorrelationTopics.HOTSPOTS, value);
        if (event.data() instanceof HotspotReported reported) {
            hotspots.updateOne(Filters.eq("_id", reported.hotspotId()), Updates.combine(
                    Updates.set("kind", reported.kind()),
                    Updates.set("value", reported.value()),
                    Updates.set("childIds", reported.childIds()),
                    Updates.set("children", reported.childIds().size()),
                    Updates.set("firstSeenAt", date(reported.firstSeenAt())),
                    Updates.set("lastSeenAt", date(reported.lastSeenAt())),
                    Updates.set("summary", reported.summary()),
                    Updates.set("reportedAt", date(event.occurredAt())),
                    Updates.setOnInsert("status", HotspotStatus.CURRENT.name())), new UpdateOptions().upsert(true));
        } else if (event.data() instanceof HotspotEnded ended) {
            hotspots.updateOne(Filters.eq("_id", ended.hotspotId()), Updates.combine(
                    Updates.set("kind", ended.kind()),
                    Updates.set("value", ended.value()),
                    Updates.set("status", HotspotStatus.ENDED.name()),
                    Updates.set("endedAt", date(ended.endedAt()))), new UpdateOptions().upsert(true));
        }
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
