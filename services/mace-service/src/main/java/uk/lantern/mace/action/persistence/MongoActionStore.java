package uk.lantern.mace.action.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.lantern.mace.action.application.ActionStore;
import uk.lantern.mace.action.domain.Action;
import uk.lantern.support.crypto.SensitiveDocuments;
import uk.lantern.support.crypto.SensitiveFields;
import uk.lantern.support.outbox.OutboxEntry;
import uk.lantern.support.outbox.VersionedWrite;

@Component
class MongoActionStore implements ActionStore {

    @Document("actions")
    record ActionDocument(@Id String id, long version, Action action, String childId, String status,
                          String personOfConcernId, String placeOfConcernId, Instant updatedAt,
                          List<OutboxEntry> outbox, List<String> requestKeys) {
    }

    private final MongoTemplate mongo;
    private final SensitiveDocuments documents;

    MongoActionStore(MongoTemplate mongo, SensitiveFields actionSensitiveFields) {
        this.mongo = mongo;
        this.documents = new SensitiveDocuments(mongo, actionSensitiveFields);
    }

    @Override
    public boolean insert(Action action, List<OutboxEntry> events, Instant now) {
        try {
            documents.insert(new ActionDocument(action.id(), 0, action, action.childId(), action.status().name(),
                    action.personOfConcernId(), action.placeOfConcernId(), now, List.copyOf(events), List.of()));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public boolean update(Action action, long expectedVersion, List<OutboxEntry> events, String requestKey, Instant now) {
        Update update = new Update()
                .set("action", documents.sealed(action.id(), "action", action))
                .set("version", expectedVersion + 1)
                .set("status", action.status().name())
                .set("updatedAt", now);
        return VersionedWrite.apply(mongo, ActionDocument.class, action.id(), expectedVersion, update, events, requestKey);
    }

    @Override
    public Optional<StoredAction> find(String id) {
        return documents.findById(id, ActionDocument.class).map(d -> new StoredAction(d.action(),
                d.version(), d.requestKeys() == null ? List.of() : d.requestKeys()));
    }

    @Override
    public List<Action> find(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : actions(query(where("_id").in(ids)));
    }

    @Override
    public List<Action> open() {
        return actions(query(where("status").is("OPEN")).with(Sort.by("_id")));
    }

    @Override
    public List<Action> ofChild(String childId) {
        return actions(query(where("childId").is(childId)).with(Sort.by("_id")));
    }

    @Override
    public List<Action> against(String field, String id) {
        return actions(query(where(field).is(id)).with(Sort.by("_id")));
    }

    private List<Action> actions(org.springframework.data.mongodb.core.query.Query q) {
        return documents.find(q, ActionDocument.class).stream().map(ActionDocument::action).toList();
    }
}
