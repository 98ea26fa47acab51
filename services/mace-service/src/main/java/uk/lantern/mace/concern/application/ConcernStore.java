package uk.lantern.mace.concern.application;

import java.time.Instant;
import java.util.Optional;
import uk.lantern.mace.concern.domain.PersonOfConcern;
import uk.lantern.mace.concern.domain.PlaceOfConcern;
import uk.lantern.support.outbox.OutboxEntry;

/** Persons and places of concern, one document each with their unpublished event. */
public interface ConcernStore {

    boolean insert(PersonOfConcern person, OutboxEntry event, String requestKey, Instant now);

    boolean insert(PlaceOfConcern place, OutboxEntry event, String requestKey, Instant now);

    Optional<PersonOfConcern> person(String id);

    Optional<PlaceOfConcern> place(String id);

    /**
     * Indexes every person and place again under the current link index key where their stored index differs (the
     * key changed); returns how many were.
     */
    int reindex();
}
