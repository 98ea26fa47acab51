package uk.lantern.mace.concern.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import uk.lantern.mace.concern.application.ConcernStore;
import uk.lantern.mace.concern.domain.PersonOfConcern;
import uk.lantern.mace.concern.domain.PlaceOfConcern;
import uk.lantern.support.outbox.OutboxEntry;

@Component
class MongoConcernStore implements ConcernStore {

    @Document("persons_of_concern")
    record PersonDocument(@Id String id, long version, PersonOfConcern person, Instant updatedAt,
                          List<OutboxEntry> outbox, List<String> requestKeys) {
    }

    @Document("places_of_concern")
    record PlaceDocument(@Id String id, long version, PlaceOfConcern place, Instant updatedAt,
                         List<OutboxEntry> outbox, List<String> requestKeys) {
    }

    private final MongoTemplate mongo;

    MongoConcernStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(PersonOfConcern person, OutboxEntry event, String requestKey, Instant now) {
        try {
            mongo.insert(new PersonDocument(person.id(), 0, person, now, List.of(event),
                    requestKey == null ? List.of() : List.of(requestKey)));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public boolean insert(PlaceOfConcern place, OutboxEntry event, String requestKey, Instant now) {
        try {
            mongo.insert(new PlaceDocument(place.id(), 0, place, now, List.of(event),
                    requestKey == null ? List.of() : List.of(requestKey)));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<PersonOfConcern> person(String id) {
        return Optional.ofNullable(mongo.findById(id, PersonDocument.class)).map(PersonDocument::person);
    }

    @Override
    public Optional<PlaceOfConcern> place(String id) {
        return Optional.ofNullable(mongo.findById(id, PlaceDocument.class)).map(PlaceDocument::place);
    }
}
