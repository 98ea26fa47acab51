package uk.lantern.returninterview.interview.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.lantern.returninterview.interview.application.CaseStore;
import uk.lantern.returninterview.interview.application.StoredCase;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.interview.domain.CaseStatus;
import uk.lantern.returninterview.interview.domain.Child;
import uk.lantern.returninterview.interview.domain.InterviewCase;
import uk.lantern.support.crypto.SensitiveDocuments;
import uk.lantern.support.crypto.SensitiveFields;
import uk.lantern.support.outbox.OutboxEntry;
import uk.lantern.support.outbox.VersionedWrite;

@Component
class MongoCaseStore implements CaseStore {

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
