package uk.lantern.mace.meeting.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.lantern.mace.meeting.application.MeetingStore;
import uk.lantern.mace.meeting.application.StoredMeeting;
import uk.lantern.mace.meeting.domain.Meeting;
import uk.lantern.support.crypto.SensitiveDocuments;
import uk.lantern.support.crypto.SensitiveFields;
import uk.lantern.support.outbox.OutboxEntry;
import uk.lantern.support.outbox.VersionedWrite;

@Component
class MongoMeetingStore implements MeetingStore {

    /** One meeting and its unpublished events; {@code heldOn} (ISO date) and {@code status} beside it for queries. */
    @Document("meetings")
    record MeetingDocument(@Id String id, long version, Meeting meeting, String heldOn, String status,
                           Instant updatedAt, List<OutboxEntry> outbox, List<String> requestKeys) {
    }

    private final MongoTemplate mongo;
    private final SensitiveDocuments documents;

    MongoMeetingStore(MongoTemplate mongo, SensitiveFields meetingSensitiveFields) {
        this.mongo = mongo;
        this.documents = new SensitiveDocuments(mongo, meetingSensitiveFields);
    }

    @Override
    public boolean insert(Meeting meeting, List<OutboxEntry> events, String requestKey, Instant now) {
        try {
            documents.insert(new MeetingDocument(meeting.id(), 0, meeting, meeting.heldOn().toString(),
                    meeting.status().name(), now, List.copyOf(events),
                    requestKey == null ? List.of() : List.of(requestKey)));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public boolean update(Meeting meeting, long expectedVersion, List<OutboxEntry> events, String requestKey,
                          Instant now) {
        Update update = new Update()
                .set("meeting", documents.sealed(meeting.id(), "meeting", meeting))
                .set("version", expectedVersion + 1)
                .set("status", meeting.status().name())
                .set("updatedAt", now);
        return VersionedWrite.apply(mongo, MeetingDocument.class, meeting.id(), expectedVersion, update, events,
                requestKey);
    }

    @Override
    public Optional<StoredMeeting> find(String id) {
        return documents.findById(id, MeetingDocument.class).map(d -> new StoredMeeting(d.meeting(),
                d.version(), d.requestKeys() == null ? List.of() : d.requestKeys()));
    }

    @Override
    public List<Meeting> closedBefore(LocalDate before, int limit) {
        Query closed = query(where("status").is("CLOSED").and("heldOn").lt(before.toString()))
                .with(Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("_id"))).limit(limit);
        return documents.find(closed, MeetingDocument.class).stream().map(MeetingDocument::meeting).toList();
    }

    @Override
    public List<Meeting> list(int page, int size) {
        return documents.find(new Query().with(Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("_id")))
                .skip((long) page * size).limit(size), MeetingDocument.class).stream().map(MeetingDocument::meeting).toList();
    }
}
