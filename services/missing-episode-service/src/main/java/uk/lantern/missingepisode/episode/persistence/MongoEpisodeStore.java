package uk.lantern.missingepisode.episode.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.lantern.missingepisode.episode.application.EpisodeStore;
import uk.lantern.missingepisode.episode.application.OutboxEntry;
import uk.lantern.missingepisode.episode.application.StoredEpisode;
import uk.lantern.missingepisode.episode.domain.Child;
import uk.lantern.missingepisode.episode.domain.Episode;
import uk.lantern.missingepisode.episode.domain.EpisodeContext;
import uk.lantern.missingepisode.episode.domain.EpisodeId;
import uk.lantern.missingepisode.episode.domain.EpisodeStatus;

@Component
class MongoEpisodeStore implements EpisodeStore {

    private final MongoTemplate mongo;

    MongoEpisodeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(Episode episode, List<OutboxEntry> events, String requestKey, Instant now) {
        try {
            mongo.insert(new EpisodeDocument(episode.id().value(), 0, episode, episode.status().name(),
                    episode.context().type().name(), episode.needToKnowRaised(), childKeys(episode.child()),
                    episode.reportedAt(), now, List.copyOf(events),
                    requestKey == null ? List.of() : List.of(requestKey)));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public boolean update(Episode episode, long expectedVersion, List<OutboxEntry> events, String requestKey,
                          Instant now) {
        Update update = new Update()
                .set("episode", episode)
                .set("version", expectedVersion + 1)
                .set("status", episode.status().name())
                .set("needToKnow", episode.needToKnowRaised())
                .set("updatedAt", now);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.toArray());
        }
        if (requestKey != null) {
            update.addToSet("requestKeys", requestKey);
        }
        Query current = query(where("_id").is(episode.id().value()).and("version").is(expectedVersion));
        return mongo.updateFirst(current, update, EpisodeDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<StoredEpisode> find(EpisodeId id) {
        return Optional.ofNullable(mongo.findById(id.value(), EpisodeDocument.class))
                .map(d -> new StoredEpisode(d.episode(), d.version(), d.requestKeys() == null ? List.of() : d.requestKeys()));
    }

    @Override
    public List<Episode> findByChild(String identifierKind, String identifier) {
        Query byChild = query(where("childKeys").is(identifierKind + ":" + identifier.trim()))
                .with(Sort.by(Sort.Direction.DESC, "reportedAt"));
        return mongo.find(byChild, EpisodeDocument.class).stream().map(EpisodeDocument::episode).toList();
    }

    @Override
    public List<Episode> findOpen(Optional<EpisodeContext.Type> context, boolean missingNowOnly,
                                  boolean needToKnowOnly, int page, int size) {
        Criteria open = missingNowOnly
                ? where("status").is(EpisodeStatus.MISSING.name())
                : where("status").ne(EpisodeStatus.CLOSED.name());
        context.ifPresent(c -> open.and("contextType").is(c.name()));
        if (needToKnowOnly) {
            open.and("needToKnow").is(true);
        }
        Query query = query(open).with(Sort.by(Sort.Direction.DESC, "reportedAt")).skip((long) page * size).limit(size);
        return mongo.find(query, EpisodeDocument.class).stream().map(EpisodeDocument::episode).toList();
    }

    @Override
    public SubmissionClaim claim(String key, EpisodeId episodeId, String fingerprint) {
        try {
            mongo.insert(new SubmissionClaimDocument(key, episodeId.value(), fingerprint));
            return new SubmissionClaim(key, episodeId, fingerprint);
        } catch (DuplicateKeyException taken) {
            SubmissionClaimDocument held = mongo.findById(key, SubmissionClaimDocument.class);
            return new SubmissionClaim(key, new EpisodeId(held.episodeId()), held.fingerprint());
        }
    }

    @Override
    public List<PendingEvents> pendingEvents(int limit) {
        Query pending = query(where("outbox.0").exists(true)).with(Sort.by("updatedAt")).limit(limit);
        pending.fields().include("_id", "outbox");
        return mongo.find(pending, Document.class, "episodes").stream()
                .map(d -> new PendingEvents(new EpisodeId(d.getString("_id")), outbox(d)))
                .toList();
    }

    @Override
    public void markPublished(EpisodeId id, List<String> eventIds) {
        mongo.updateFirst(query(where("_id").is(id.value())),
                new Update().pull("outbox", new Document("eventId", new Document("$in", eventIds))),
                EpisodeDocument.class);
    }

    @Override
    public Map<EpisodeContext.Type, Long> countOpenByContext() {
        Map<EpisodeContext.Type, Long> counts = new EnumMap<>(EpisodeContext.Type.class);
        for (EpisodeContext.Type type : EpisodeContext.Type.values()) {
            counts.put(type, mongo.count(query(where("status").ne(EpisodeStatus.CLOSED.name())
                    .and("contextType").is(type.name())), EpisodeDocument.class));
        }
        return counts;
    }

    private List<OutboxEntry> outbox(Document document) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (Document e : document.getList("outbox", Document.class)) {
            entries.add(new OutboxEntry(e.getString("eventId"), e.getString("eventType"), e.getString("key"),
                    e.getString("payload"), e.getDate("recordedAt").toInstant()));
        }
        return entries;
    }

    static List<String> childKeys(Child child) {
        List<String> keys = new ArrayList<>();
        add(keys, "la", child.localAuthorityPersonId());
        add(keys, "nhs", child.nhsNumber());
        add(keys, "upn", child.upn());
        add(keys, "police", child.policePersonId());
        return keys;
    }

    private static void add(List<String> keys, String kind, String value) {
        if (value != null && !value.isBlank()) {
            keys.add(kind + ":" + value.trim());
        }
    }
}
