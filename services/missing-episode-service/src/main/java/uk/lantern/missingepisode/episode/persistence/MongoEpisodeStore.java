package uk.lantern.missingepisode.episode.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.lantern.missingepisode.retention.domain.Erasure;
import uk.lantern.missingepisode.retention.domain.ErasureReason;
import uk.lantern.support.crypto.SensitiveDocuments;
import uk.lantern.support.crypto.SensitiveFields;
import uk.lantern.support.outbox.OutboxEntry;
import uk.lantern.support.outbox.VersionedWrite;
import uk.lantern.support.retention.MongoTombstones;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.lantern.missingepisode.episode.application.EpisodeStore;
import uk.lantern.missingepisode.episode.application.StoredEpisode;
import uk.lantern.missingepisode.episode.domain.Child;
import uk.lantern.missingepisode.episode.domain.Episode;
import uk.lantern.missingepisode.episode.domain.EpisodeContext;
import uk.lantern.missingepisode.episode.domain.EpisodeId;
import uk.lantern.missingepisode.episode.domain.EpisodeStatus;

@Component
class MongoEpisodeStore implements EpisodeStore {

    /** The status of a tombstone: the episode was erased; only ids and the erasure are left. */
    static final String ERASED = MongoTombstones.ERASED;

    private final MongoTemplate mongo;
    private final SensitiveDocuments documents;

    MongoEpisodeStore(MongoTemplate mongo, SensitiveFields episodeSensitiveFields) {
        this.mongo = mongo;
        this.documents = new SensitiveDocuments(mongo, episodeSensitiveFields);
    }

    @Override
    public boolean insert(Episode episode, List<OutboxEntry> events, String requestKey, Instant now) {
        try {
            documents.insert(new EpisodeDocument(episode.id().value(), 0, episode, episode.status().name(),
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
                .set("episode", documents.sealed(episode.id().value(), "episode", episode))
                .set("version", expectedVersion + 1)
                .set("status", episode.status().name())
                .set("needToKnow", episode.needToKnowRaised())
                .set("updatedAt", now);
        return VersionedWrite.apply(mongo, EpisodeDocument.class, episode.id().value(), expectedVersion, update, events,
                requestKey);
    }

    @Override
    public Optional<StoredEpisode> find(EpisodeId id) {
        return documents.findById(id.value(), EpisodeDocument.class)
                .filter(d -> d.episode() != null) // a tombstone: the episode was erased
                .map(d -> new StoredEpisode(d.episode(), d.version(), d.requestKeys() == null ? List.of() : d.requestKeys()));
    }

    @Override
    public List<Episode> findByChild(String identifierKind, String identifier) {
        Query byChild = query(where("childKeys").is(identifierKind + ":" + identifier.trim()))
                .with(Sort.by(Sort.Direction.DESC, "reportedAt"));
        return documents.find(byChild, EpisodeDocument.class).stream().map(EpisodeDocument::episode).toList();
    }

    @Override
    public List<Episode> findOpen(Optional<EpisodeContext.Type> context, boolean missingNowOnly,
                                  boolean needToKnowOnly, int page, int size) {
        Criteria open = missingNowOnly
                ? where("status").is(EpisodeStatus.MISSING.name())
                : where("status").nin(EpisodeStatus.CLOSED.name(), ERASED);
        context.ifPresent(c -> open.and("contextType").is(c.name()));
        if (needToKnowOnly) {
            open.and("needToKnow").is(true);
        }
        Query query = query(open).with(Sort.by(Sort.Direction.DESC, "reportedAt")).skip((long) page * size).limit(size);
        return documents.find(query, EpisodeDocument.class).stream().map(EpisodeDocument::episode).toList();
    }

    @Override
    public boolean erase(Erasure erasure, long expectedVersion, OutboxEntry erased) {
        Update removing = new Update().unset("episode").unset("contextType").unset("reportedAt").set("needToKnow", false);
        return MongoTombstones.erase(mongo, EpisodeDocument.class, erasure.episodeId().value(), expectedVersion,
                removing, kept(erasure), erased);
    }

    @Override
    public Optional<Erasure> erasure(EpisodeId id) {
        return MongoTombstones.erasure(mongo, "episodes", id.value()).map(e -> new Erasure(e.eventId(), id,
                e.erasedAt(), ErasureReason.valueOf(e.reason()), e.erasedBy()));
    }

    @Override
    public List<EpisodeId> dueForErasure(Instant cutoff, Optional<EpisodeId> after, int limit) {
        Criteria closed = where("status").is(EpisodeStatus.CLOSED.name()).and("episode.closure.closedAt").lte(cutoff);
        Criteria returnedNeverClosed = where("status").is(EpisodeStatus.RETURNED.name())
                .and("episode.returnDetails.returnedAt").lte(cutoff);
        return MongoTombstones.candidates(mongo, "episodes", new Criteria().orOperator(closed, returnedNeverClosed),
                after.map(EpisodeId::value), limit).stream().map(EpisodeId::new).toList();
    }

    private static MongoTombstones.KeptErasure kept(Erasure erasure) {
        return new MongoTombstones.KeptErasure(erasure.eventId(), erasure.erasedAt(), erasure.reason().name(),
                erasure.erasedBy());
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
