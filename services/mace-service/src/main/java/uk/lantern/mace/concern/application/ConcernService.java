package uk.lantern.mace.concern.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.lantern.mace.action.application.ActionStore;
import uk.lantern.mace.action.domain.Action;
import uk.lantern.mace.child.application.ChildProfiles;
import uk.lantern.mace.child.application.LinkIndex;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.mace.concern.domain.PersonOfConcern;
import uk.lantern.mace.concern.domain.PlaceOfConcern;
import uk.lantern.mace.messaging.MaceEventContract;
import uk.lantern.support.idempotency.SubmissionClaims;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.support.problems.IdempotencyKeyReused;
import uk.lantern.support.problems.NotFound;

/**
 * Adults and places of concern: recorded with the link keys they normalise to, listed with the children whose
 * profiles touch them and the disruption actions against them.
 */
@Service
public class ConcernService {

    public record Touching<T>(T concern, List<TouchingChild> children, List<Action> actions) {
    }

    /** A child whose profile touches a concern, and the concern's link keys it shares (matched by blind index). */
    public record TouchingChild(ChildSeen child, List<String> sharedKeys) {
    }

    public record Recorded<T>(T concern, boolean created) {
    }

    private final ConcernStore store;
    private final ChildProfiles children;
    private final LinkIndex index;
    private final ActionStore actions;
    private final SubmissionClaims claims;
    private final MaceEventContract contract;
    private final EventPublication publication;
    private final Clock clock;

    public ConcernService(ConcernStore store, ChildProfiles children, LinkIndex index, ActionStore actions,
                          SubmissionClaims claims, MaceEventContract contract, EventPublication publication,
                          Clock clock) {
        this.store = store;
        this.children = children;
        this.index = index;
        this.actions = actions;
        this.claims = claims;
        this.contract = contract;
        this.publication = publication;
        this.clock = clock;
    }

    public Recorded<PersonOfConcern> recordPerson(List<String> names, List<String> aliases, List<String> phones,
                                                  List<String> vehicles, String by, Optional<String> key,
                                                  String fingerprint) {
        Instant now = clock.instant();
        String id = id(key, fingerprint);
        Optional<PersonOfConcern> earlier = store.person(id);
        if (earlier.isPresent()) {
            return new Recorded<>(earlier.get(), false);
        }
        PersonOfConcern person = PersonOfConcern.record(id, names, aliases, phones, vehicles, by, now);
        boolean created = store.insert(person, contract.personEntry(person, now), null, now);
        publication.eventsStored();
        return new Recorded<>(created ? person : store.person(id).orElseThrow(), created);
    }

    public Recorded<PlaceOfConcern> recordPlace(String name, String postcode, String by, Optional<String> key,
                                                String fingerprint) {
        Instant now = clock.instant();
        String id = id(key, fingerprint);
        Optional<PlaceOfConcern> earlier = store.place(id);
        if (earlier.isPresent()) {
            return new Recorded<>(earlier.get(), false);
        }
        PlaceOfConcern place = PlaceOfConcern.record(id, name, postcode, by, now);
        boolean created = store.insert(place, contract.placeEntry(place, now), null, now);
        publication.eventsStored();
        return new Recorded<>(created ? place : store.place(id).orElseThrow(), created);
    }

    public Touching<PersonOfConcern> person(String id) {
        PersonOfConcern p = store.person(id).orElseThrow(() -> new NotFound("person of concern " + id));
        return new Touching<>(p, touching(p.linkKeys()), actions.against("personOfConcernId", id));
    }

    public Touching<PlaceOfConcern> place(String id) {
        PlaceOfConcern p = store.place(id).orElseThrow(() -> new NotFound("place of concern " + id));
        return new Touching<>(p, touching(p.linkKeys()), actions.against("placeOfConcernId", id));
    }

    /** The children whose profiles carry any of these keys: matched on the keys' blind indexes, as stored. */
    private List<TouchingChild> touching(List<String> linkKeys) {
        Map<String, String> keyOf = new LinkedHashMap<>();
        linkKeys.forEach(k -> keyOf.put(index.of(k), k));
        return children.touching(keyOf.keySet()).stream().map(c -> new TouchingChild(c,
                c.linkIndex().stream().map(keyOf::get).filter(java.util.Objects::nonNull).toList())).toList();
    }

    private String id(Optional<String> key, String fingerprint) {
        String id = UUID.randomUUID().toString();
        if (key.isEmpty()) {
            return id;
        }
        SubmissionClaims.Claim claim = claims.claim("request:" + key.get(), id, fingerprint);
        if (!claim.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReused("this Idempotency-Key was used with a different request");
        }
        return claim.recordId();
    }
}
