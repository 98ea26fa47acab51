package uk.lantern.mace.concern.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import uk.lantern.mace.child.application.LinkIndex;
import uk.lantern.mace.concern.application.ConcernStore;
import uk.lantern.mace.concern.domain.PersonOfConcern;
import uk.lantern.mace.concern.domain.PlaceOfConcern;
import uk.lantern.support.crypto.SensitiveDocuments;
import uk.lantern.support.crypto.SensitiveFields;
import uk.lantern.support.outbox.OutboxEntry;

/**
 * A person of concern is stored sealed, value by value ({@link ConcernSensitiveText}), with the blind indexes of their
 * link keys beside ({@code linkIndex}); a place of concern is stored as recorded, with its indexes too.
 */
@Component
class MongoConcernStore implements ConcernStore {

    /** One sealed value. */
    record Text(String text) {
    }

    /** A person of concern as stored: every identifying value sealed on its own. */
    record StoredPerson(List<Text> names, List<Text> aliases, List<Text> phones, List<Text> vehicles,
                        List<Text> linkKeys, String recordedBy, Instant recordedAt) {

        static StoredPerson of(PersonOfConcern p) {
            return new StoredPerson(texts(p.names()), texts(p.aliases()), texts(p.phones()), texts(p.vehicles()),
                    texts(p.linkKeys()), p.recordedBy(), p.recordedAt());
        }

        PersonOfConcern person(String id) {
            return new PersonOfConcern(id, plain(names), plain(aliases), plain(phones), plain(vehicles), plain(linkKeys),
                    recordedBy, recordedAt);
        }

        private static List<Text> texts(List<String> values) {
            return values.stream().map(Text::new).toList();
        }

        private static List<String> plain(List<Text> texts) {
            return texts == null ? List.of() : texts.stream().map(Text::text).toList();
        }
    }

    @Document("persons_of_concern")
    record PersonDocument(@Id String id, long version, StoredPerson person, List<String> linkIndex, Instant updatedAt,
                          List<OutboxEntry> outbox, List<String> requestKeys) {
    }

    @Document("places_of_concern")
    record PlaceDocument(@Id String id, long version, PlaceOfConcern place, List<String> linkIndex, Instant updatedAt,
                         List<OutboxEntry> outbox, List<String> requestKeys) {
    }

    private final MongoTemplate mongo;
    private final SensitiveDocuments persons;
    private final LinkIndex index;

    MongoConcernStore(MongoTemplate mongo, SensitiveFields personOfConcernSensitiveFields, LinkIndex index) {
        this.mongo = mongo;
        this.persons = new SensitiveDocuments(mongo, personOfConcernSensitiveFields);
        this.index = index;
    }

    @Override
    public boolean insert(PersonOfConcern person, OutboxEntry event, String requestKey, Instant now) {
        try {
            persons.insert(new PersonDocument(person.id(), 0, StoredPerson.of(person), index.of(person.linkKeys()), now,
                    List.of(event), requestKey == null ? List.of() : List.of(requestKey)));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public boolean insert(PlaceOfConcern place, OutboxEntry event, String requestKey, Instant now) {
        try {
            mongo.insert(new PlaceDocument(place.id(), 0, place, index.of(place.linkKeys()), now, List.of(event),
                    requestKey == null ? List.of() : List.of(requestKey)));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /**
     * Every person's and place's index made again from their link keys (the persons' opened), where it differs: after
     * the index key changed (or, derived, the keyset's primary was rotated). Run at start; persons and places of
     * concern are tens, not thousands. Returns how many documents were re-indexed.
     */
    @Override
    public int reindex() {
        int changed = 0;
        for (org.bson.Document raw : mongo.getCollection("persons_of_concern").find()) {
            PersonDocument d = persons.read(raw, PersonDocument.class);
            List<String> now = index.of(d.person().person(d.id()).linkKeys());
            if (!now.equals(d.linkIndex())) {
                mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(d.id())),
                        org.springframework.data.mongodb.core.query.Update.update("linkIndex", now),
                        "persons_of_concern");
                changed++;
            }
        }
        for (PlaceDocument d : mongo.findAll(PlaceDocument.class)) {
            List<String> now = index.of(d.place().linkKeys());
            if (!now.equals(d.linkIndex())) {
                mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(d.id())),
                        org.springframework.data.mongodb.core.query.Update.update("linkIndex", now),
                        "places_of_concern");
                changed++;
            }
        }
        return changed;
    }

    @Override
    public Optional<PersonOfConcern> person(String id) {
        return persons.findById(id, PersonDocument.class).map(d -> d.person().person(d.id()));
    }

    @Override
    public Optional<PlaceOfConcern> place(String id) {
        return Optional.ofNullable(mongo.findById(id, PlaceDocument.class)).map(PlaceDocument::place);
    }
}
