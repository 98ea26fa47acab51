package uk.lantern.cmeregister.register.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.lantern.cmeregister.register.application.RegisterFilter;
import uk.lantern.cmeregister.register.application.RegisterStore;
import uk.lantern.cmeregister.register.application.StoredEntry;
import uk.lantern.cmeregister.register.domain.Child;
import uk.lantern.cmeregister.register.domain.EntryId;
import uk.lantern.cmeregister.register.domain.EntryStatus;
import uk.lantern.cmeregister.register.domain.Notification;
import uk.lantern.cmeregister.register.domain.NotificationGround;
import uk.lantern.cmeregister.register.domain.RegisterEntry;
import uk.lantern.cmeregister.retention.domain.Erasure;
import uk.lantern.cmeregister.retention.domain.ErasureReason;
import uk.lantern.support.crypto.SensitiveDocuments;
import uk.lantern.support.crypto.SensitiveFields;
import uk.lantern.support.outbox.MongoOutbox;
import uk.lantern.support.outbox.OutboxEntry;
import uk.lantern.support.outbox.VersionedWrite;

@Component
class MongoRegisterStore implements RegisterStore {

    /** The status of a tombstone: the entry was erased; only ids and the erasure are left. */
    static final String ERASED = "ERASED";

    private final MongoTemplate mongo;
    private final SensitiveDocuments documents;

    MongoRegisterStore(MongoTemplate mongo, SensitiveFields entrySensitiveFields) {
        this.mongo = mongo;
        this.documents = new SensitiveDocuments(mongo, entrySensitiveFields);
    }

    @Override
    public boolean insert(RegisterEntry entry, List<OutboxEntry> events, String requestKey, Instant now) {
        try {
            documents.insert(new RegisterEntryDocument(entry.id().value(), 0, entry, entry.status().name(),
                    entry.ground().name(), grounds(entry), deletionGrounds(entry), schoolUrns(entry),
                    entry.onRegisterSince().toString(), childKeys(entry.child()), now, List.copyOf(events),
                    requestKey == null ? List.of() : List.of(requestKey)));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public boolean update(RegisterEntry entry, long expectedVersion, List<OutboxEntry> events, String requestKey,
                          Instant now) {
        Update update = new Update()
                .set("entry", documents.sealed(entry.id().value(), "entry", entry))
                .set("version", expectedVersion + 1)
                .set("status", entry.status().name())
                .set("grounds", grounds(entry))
                .set("deletionGrounds", deletionGrounds(entry))
                .set("schoolUrns", schoolUrns(entry))
                .set("updatedAt", now);
        return VersionedWrite.apply(mongo, RegisterEntryDocument.class, entry.id().value(), expectedVersion, update, events,
                requestKey);
    }

    @Override
    public Optional<StoredEntry> find(EntryId id) {
        return documents.findById(id.value(), RegisterEntryDocument.class)
                .filter(d -> d.entry() != null) // a tombstone: the entry was erased
                .map(d -> new StoredEntry(d.entry(), d.version(), d.requestKeys() == null ? List.of() : d.requestKeys()));
    }

    @Override
    public List<RegisterEntry> findOnRegister(RegisterFilter filter, int page, int size) {
        Criteria onRegister = where("status").is(EntryStatus.ON_REGISTER.name());
        filter.ground().ifPresent(g -> onRegister.and("grounds").is(g.name()));
        filter.deletionGround().ifPresent(g -> onRegister.and("deletionGrounds").is(g.name()));
        filter.schoolUrn().ifPresent(urn -> onRegister.and("schoolUrns").is(urn));
        filter.onRegisterSinceBefore().ifPresent(d -> onRegister.and("onRegisterSince").lt(d.toString()));
        Query query = query(onRegister)
                .with(Sort.by(Sort.Order.asc("onRegisterSince"), Sort.Order.asc("_id")))
                .skip((long) page * size).limit(size);
        return documents.find(query, RegisterEntryDocument.class).stream().map(RegisterEntryDocument::entry).toList();
    }

    @Override
    public List<RegisterEntry> findByChild(String identifierKind, String identifier) {
        Query byChild = query(where("childKeys").is(identifierKind + ":" + identifier.trim()))
                .with(Sort.by(Sort.Order.desc("onRegisterSince"), Sort.Order.desc("_id")));
        return documents.find(byChild, RegisterEntryDocument.class).stream().map(RegisterEntryDocument::entry).toList();
    }

    @Override
    public boolean erase(Erasure erasure, long expectedVersion, OutboxEntry erased) {
        Update tombstone = new Update()
                .unset("entry").unset("ground").unset("onRegisterSince")
                .set("status", ERASED)
                .set("grounds", List.of())
                .set("deletionGrounds", List.of())
                .set("schoolUrns", List.of())
                .set("childKeys", List.of())
                .set("requestKeys", List.of())
                .set(MongoOutbox.FIELD, List.of(erased))
                .set("version", expectedVersion + 1)
                .set("updatedAt", erasure.erasedAt())
                .set("erasure", new Document("eventId", erasure.eventId().toString())
                        .append("erasedAt", java.util.Date.from(erasure.erasedAt()))
                        .append("reason", erasure.reason().name())
                        .append("erasedBy", erasure.erasedBy()));
        return mongo.updateFirst(query(where("_id").is(erasure.entryId().value()).and("version").is(expectedVersion)
                .and("status").ne(ERASED)), tombstone, RegisterEntryDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<Erasure> erasure(EntryId id) {
        Query tombstone = query(where("_id").is(id.value()).and("status").is(ERASED));
        tombstone.fields().include("erasure");
        return Optional.ofNullable(mongo.findOne(tombstone, Document.class, RegisterEntryDocument.COLLECTION))
                .map(d -> d.get("erasure", Document.class))
                .map(e -> new Erasure(UUID.fromString(e.getString("eventId")), id, e.getDate("erasedAt").toInstant(),
                        ErasureReason.valueOf(e.getString("reason")), e.getString("erasedBy")));
    }

    /**
     * By the removal's date inside the entry, as the converter stores it (the query value is converted the same
     * way, so the comparison holds for entries removed before this query existed too).
     */
    @Override
    public List<EntryId> dueForErasure(LocalDate removedOnOrBefore, int limit) {
        Query due = query(where("status").is(EntryStatus.REMOVED.name())
                .and("entry.removal.removedOn").lte(removedOnOrBefore))
                .with(Sort.by(Sort.Order.asc("entry.removal.removedOn"), Sort.Order.asc("_id"))).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, Document.class, RegisterEntryDocument.COLLECTION).stream()
                .map(d -> new EntryId(d.get("_id").toString())).toList();
    }

    @Override
    public Map<NotificationGround, Long> countOnRegisterByGround() {
        Map<NotificationGround, Long> counts = new EnumMap<>(NotificationGround.class);
        for (NotificationGround ground : NotificationGround.values()) {
            counts.put(ground, mongo.count(query(where("status").is(EntryStatus.ON_REGISTER.name())
                    .and("ground").is(ground.name())), RegisterEntryDocument.class));
        }
        return counts;
    }

    private static List<String> grounds(RegisterEntry entry) {
        return entry.notifications().stream().map(n -> n.ground().name()).distinct().toList();
    }

    private static List<String> deletionGrounds(RegisterEntry entry) {
        return entry.notifications().stream().map(Notification::deletionGround).filter(Objects::nonNull)
                .map(Enum::name).distinct().toList();
    }

    private static List<String> schoolUrns(RegisterEntry entry) {
        return entry.notifications().stream().map(n -> n.school().urn()).distinct().toList();
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
