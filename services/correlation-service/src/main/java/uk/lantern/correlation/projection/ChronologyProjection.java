package uk.lantern.correlation.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.mace.MaceEntries;
import uk.lantern.correlation.profile.ChronologyEntry;
import uk.lantern.correlation.stream.CorrelationTopology;
import uk.lantern.correlation.stream.Erasure;
import uk.lantern.correlation.stream.SourceRecords;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.mace.MaceEvent;
import uk.lantern.schemas.mace.MaceTopics;

/**
 * The four source topics and the MACE panel's events about a child into the collection {@code chronology}, one document per event ({@code _id} = event id)
 * naming the source record it is about, by the record id the stream gives it. A child's chronology is the events
 * of the records its profile lists, so it follows the child through merges and splits without being rewritten:
 * only the profile's list of records changes. Writing an event again (a redelivery) replaces it with itself. Each
 * entry also names the source's record it belongs to ({@code item}: {@code episodeId:ep-1}, {@code entryId:cme-4}...),
 * so that when the source erases that record (an episode, a case, a register entry, a concern, an assessment) its
 * entries are deleted.
 */
public class ChronologyProjection {

    public static final String COLLECTION = "chronology";

    private static final Map<String, Topic<?>> SOURCE_TOPICS = Topics.all().stream()
            .filter(t -> CorrelationTopology.sourceTopics().contains(t.name()))
            .collect(Collectors.toUnmodifiableMap(Topic::name, Function.identity()));

    private final EventCodec codec = new EventCodec();
    private final MongoCollection<Document> events;

    public ChronologyProjection(MongoTemplate mongo) {
        this.events = mongo.getCollection(COLLECTION);
        this.events.createIndex(Indexes.ascending("recordId"));
        // An erasure deletes by item (by episode id, for an episode's entries projected before items were kept).
        this.events.createIndex(Indexes.ascending("item"));
        this.events.createIndex(Indexes.ascending("episodeId"));
    }

    /**
     * @param topic     the source topic the event was read from
     * @param sourceKey the message's key: the source's own key for the child, part of the record id
     */
    public void apply(String topic, String sourceKey, byte[] value) {
        if (MaceTopics.MACE.name().equals(topic)) {
            mace(codec.decode(MaceTopics.MACE, value));
            return;
        }
        Topic<?> source = SOURCE_TOPICS.get(topic);
        if (source == null) {
            throw new UndecodableEventException("not a source topic: " + topic);
        }
        Envelope<?> event = codec.decode(source, value);
        var erasure = Erasure.of(event);
        if (erasure.isPresent()) {
            erased(erasure.get());
            return;
        }
        String eventId = event.eventId().toString();
        var document = new Document("_id", eventId)
                .append("recordId", SourceRecords.recordId(event.source(), sourceKey, event.subject()))
                .append("source", event.source())
                .append("eventType", event.eventType())
                .append("occurredAt", text(event.occurredAt()))
                .append("recordedAt", text(event.recordedAt()));
        String item = Erasure.itemOf(event.data());
        if (item != null) {
            document.append("item", item); // so that an erasure finds its entries
        }
        events.replaceOne(Filters.eq("_id", eventId), document, new ReplaceOptions().upsert(true));
    }

    /**
     * A MACE event about a child: the record the panel's events about that child id make, and what happened in
     * words. The stream keeps the same record in the child's history, so the profile that lists it is the surviving
     * child's after a merge.
     */
    private void mace(Envelope<? extends MaceEvent> event) {
        var childId = MaceEntries.childOf(event.data());
        if (childId.isEmpty()) {
            return; // about a meeting, a person or a place: no child's chronology
        }
        String eventId = event.eventId().toString();
        var document = new Document("_id", eventId)
                .append("recordId", MaceEntries.recordId(childId.get()))
                .append("source", event.source())
                .append("eventType", event.eventType())
                .append("occurredAt", text(event.occurredAt()))
                .append("recordedAt", text(event.recordedAt()))
                .append("summary", MaceEntries.describe(event.data()));
        events.replaceOne(Filters.eq("_id", eventId), document, new ReplaceOptions().upsert(true));
    }

    /**
     * The record is erased at its source: its entries go. Those of a missing episode projected before entries named
     * their item carry its {@code episodeId} instead; entries projected before either have neither and stay
     * (RETENTION.md, "Not done yet").
     */
    private void erased(Erasure erasure) {
        var ofItem = Filters.eq("item", erasure.item());
        var which = "missing-episode-service".equals(erasure.source())
                ? Filters.or(ofItem, Filters.eq("episodeId", erasure.id())) : ofItem;
        events.deleteMany(Filters.and(Filters.eq("source", erasure.source()), which));
    }

    /** Every event of these records, oldest first. */
    public List<ChronologyEntry> ofRecords(Collection<String> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        var entries = new ArrayList<ChronologyEntry>();
        for (Document d : events.find(Filters.in("recordId", recordIds))) {
            entries.add(entry(d.getString("_id"), d));
        }
        return ChronologyEntry.oldestFirst(entries);
    }

    /**
     * The chronology of a child's stored profile: the events of its records, and, while the document is still one
     * the v1 projection wrote, the chronology inside it (the source topics may no longer hold its older events).
     */
    public List<ChronologyEntry> ofProfile(Document profile) {
        var byEvent = new LinkedHashMap<String, ChronologyEntry>();
        legacy(profile).forEach(e -> byEvent.put(e.eventId(), e));
        ofRecords(profile.getList("records", String.class, List.of())).forEach(e -> byEvent.put(e.eventId(), e));
        return ChronologyEntry.oldestFirst(byEvent.values());
    }

    /**
     * Keeps the chronology inside a profile document the v1 projection wrote, before a v2 profile or a tombstone
     * replaces it: an event already here is left as it is.
     */
    public void keepFromV1(Document profile) {
        for (ChronologyEntry e : legacy(profile)) {
            events.updateOne(Filters.eq("_id", e.eventId()), Updates.combine(
                    Updates.setOnInsert("recordId", e.recordId()), Updates.setOnInsert("source", e.source()),
                    Updates.setOnInsert("eventType", e.eventType()),
                    Updates.setOnInsert("occurredAt", text(e.occurredAt())),
                    Updates.setOnInsert("recordedAt", text(e.recordedAt()))), new UpdateOptions().upsert(true));
        }
    }

    private static List<ChronologyEntry> legacy(Document profile) {
        var entries = new ArrayList<ChronologyEntry>();
        for (Document d : profile.getList("chronology", Document.class, List.of())) {
            entries.add(entry(d.getString("eventId"), d));
        }
        return entries;
    }

    private static ChronologyEntry entry(String eventId, Document d) {
        return new ChronologyEntry(eventId, d.getString("source"), d.getString("eventType"),
                instant(d.getString("occurredAt")), instant(d.getString("recordedAt")), d.getString("recordId"),
                d.getString("summary"));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
