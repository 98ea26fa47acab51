package uk.lantern.returninterview.interview.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import uk.lantern.returninterview.interview.application.CaseStore;
import uk.lantern.returninterview.interview.application.StoredCase;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.interview.domain.CaseStatus;
import uk.lantern.returninterview.interview.domain.Child;
import uk.lantern.returninterview.interview.domain.InterviewCase;
import uk.lantern.returninterview.retention.domain.Erasure;
import uk.lantern.returninterview.retention.domain.ErasureReason;
import uk.lantern.support.crypto.SensitiveDocuments;
import uk.lantern.support.crypto.SensitiveFields;
import uk.lantern.support.outbox.MongoOutbox;
import uk.lantern.support.outbox.OutboxEntry;
import uk.lantern.support.retention.MongoTombstones;
import uk.lantern.support.outbox.VersionedWrite;

@Component
class MongoCaseStore implements CaseStore {

    /** The status of a tombstone: the case was erased (or never opened, its episode erased); only ids are left. */
    static final String ERASED = MongoTombstones.ERASED;
    static final String COLLECTION = "cases";

    private final MongoTemplate mongo;
    private final SensitiveDocuments documents;

    MongoCaseStore(MongoTemplate mongo, SensitiveFields caseSensitiveFields) {
        this.mongo = mongo;
        this.documents = new SensitiveDocuments(mongo, caseSensitiveFields);
    }

    @Override
    public boolean insert(InterviewCase c, List<OutboxEntry> events, UUID sourceEventId, Instant now) {
        try {
            documents.insert(new CaseDocument(c.id().value(), 0, c, c.status().name(), c.provider(), c.context().name(),
                    childKeys(c.child()), c.returnedAt(), c.deadline(), null, now, List.copyOf(events),
                    List.of(sourceEventId.toString()), List.of()));
            return true;
        } catch (DuplicateKeyException alreadyOpen) {
            return false;
        }
    }

    @Override
    public boolean update(InterviewCase c, long expectedVersion, List<OutboxEntry> events, String requestKey,
                          Instant now) {
        Update update = new Update()
                .set("interviewCase", documents.sealed(c.id().value(), "interviewCase", c))
                .set("version", expectedVersion + 1)
                .set("status", c.status().name())
                .set("completedOn", c.interview() == null ? null : c.interview().completedOn())
                .set("updatedAt", now);
        return VersionedWrite.apply(mongo, CaseDocument.class, c.id().value(), expectedVersion, update, events,
                requestKey);
    }

    @Override
    public Optional<StoredCase> find(CaseId id) {
        return documents.findById(id.value(), CaseDocument.class)
                .filter(d -> d.interviewCase() != null) // a tombstone: the case was erased
                .map(d -> new StoredCase(d.interviewCase(), d.version(), d.requestKeys() == null ? List.of() : d.requestKeys()));
    }

    @Override
    public List<InterviewCase> findByChild(String identifierKind, String identifier) {
        Query byChild = query(where("childKeys").is(identifierKind + ":" + identifier.trim()))
                .with(Sort.by(Sort.Direction.DESC, "returnedAt"));
        return cases(byChild);
    }

    @Override
    public List<InterviewCase> findAwaitingOutcome(String provider) {
        return cases(query(where("provider").is(provider).and("status")
                .in(InterviewCase.AWAITING_OUTCOME.stream().map(CaseStatus::name).toList()))
                .with(Sort.by("deadline", "_id")));
    }

    @Override
    public List<InterviewCase> findReturnedBetween(Instant from, Instant to) {
        return cases(query(where("returnedAt").gte(from).lt(to)).with(Sort.by("returnedAt", "_id")));
    }

    @Override
    public List<InterviewCase> findInterviewedBetween(LocalDate from, LocalDate to) {
        return cases(query(where("completedOn").gte(from).lt(to)).with(Sort.by("completedOn", "_id")));
    }

    @Override
    public boolean erase(Erasure erasure, long expectedVersion, OutboxEntry erased) {
        Update removing = new Update().unset("interviewCase").unset("provider").unset("contextType").unset("returnedAt")
                .unset("deadline").unset("completedOn");
        return MongoTombstones.erase(mongo, CaseDocument.class, erasure.caseId().value(), expectedVersion, removing,
                kept(erasure), erased);
    }

    @Override
    public boolean keepErasedBeforeOpening(Erasure erasure) {
        try {
            mongo.insert(new Document("_id", erasure.caseId().value())
                    .append("version", 0L)
                    .append("status", ERASED)
                    .append("childKeys", List.of())
                    .append("requestKeys", List.of())
                    .append("appliedEventIds", List.of())
                    .append(MongoOutbox.FIELD, List.of())
                    .append("updatedAt", java.util.Date.from(erasure.erasedAt()))
                    .append("erasure", kept(erasure).document()), COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<Erasure> erasure(CaseId id) {
        return MongoTombstones.erasure(mongo, COLLECTION, id.value()).map(e -> new Erasure(e.eventId(), id,
                e.erasedAt(), ErasureReason.valueOf(e.reason()), e.erasedBy()));
    }

    /**
     * The retention clock's start (RetentionPolicy.clockStartsAt) as a query: the closure, else the outcome of a case
     * never closed. Cases stored before 0.2 have an interview day and no time: they are read and judged in full.
     */
    @Override
    public List<CaseId> dueForErasure(Instant cutoff, Optional<CaseId> after, int limit) {
        Criteria closed = where("status").is(CaseStatus.CLOSED.name()).and("interviewCase.closure.closedAt").lte(cutoff);
        Criteria completed = where("status").is(CaseStatus.COMPLETED.name())
                .orOperator(where("interviewCase.interview.completedAt").lte(cutoff),
                        where("interviewCase.interview.completedAt").exists(false));
        Criteria declined = where("status").is(CaseStatus.DECLINED.name()).and("interviewCase.answer.at").lte(cutoff);
        Criteria notOffered = where("status").is(CaseStatus.NOT_OFFERED.name())
                .and("interviewCase.decisionNotToOffer.decidedAt").lte(cutoff);
        Criteria due = new Criteria().orOperator(closed, completed, declined, notOffered);
        return MongoTombstones.candidates(mongo, COLLECTION, due, after.map(CaseId::value), limit).stream()
                .map(CaseId::new).toList();
    }

    /** The erasure as its tombstone keeps it; no event id for the tombstone of a case never opened. */
    private static MongoTombstones.KeptErasure kept(Erasure erasure) {
        return new MongoTombstones.KeptErasure(erasure.eventId(), erasure.erasedAt(), erasure.reason().name(),
                erasure.erasedBy());
    }

    private List<InterviewCase> cases(Query query) {
        query.fields().exclude("outbox");
        return documents.find(query, CaseDocument.class).stream().map(CaseDocument::interviewCase).toList();
    }

    static List<String> childKeys(Child child) {
        List<String> keys = new ArrayList<>();
        if (child != null) {
            add(keys, "la", child.localAuthorityPersonId());
            add(keys, "nhs", child.nhsNumber());
            add(keys, "upn", child.upn());
            add(keys, "police", child.policePersonId());
        }
        return keys;
    }

    private static void add(List<String> keys, String kind, String value) {
        if (value != null && !value.isBlank()) {
            keys.add(kind + ":" + value.trim());
        }
    }
}
