package uk.lantern.correlation.stream;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import uk.lantern.correlation.patterns.ChildFacts;
import uk.lantern.correlation.profile.SourceRecord;
import uk.lantern.schemas.Subject;

/**
 * One child's history decoded: its facts for the rules, and what its profile and alert envelopes are built from
 * (its records and who it is). Built from the child's events in any order and kept up to date one event
 * at a time; each view depends on the set of events only, never on the order they came in.
 */
final class KnownChild {

    /** Most recently recorded first; of two recorded at the same instant, the larger event id first. */
    private static final Comparator<StoredEvent> LATEST_FIRST = Comparator
            .comparing(StoredEvent::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StoredEvent::eventId)
            .reversed();

    private final ChildFacts facts;
    private final Set<String> eventIds = new HashSet<>();
    /** Each record as its first event (smallest event id) describes it. */
    private final Map<String, StoredEvent> records = new HashMap<>();
    private final TreeMap<StoredEvent, Subject> subjects = new TreeMap<>(LATEST_FIRST);
    /**
     * Each record's most recently recorded event that states an ethnicity: the record's ethnicity. Not part of the
     * record's id (a source's correction of it is not a new record), so the first event would keep an old one.
     */
    private final Map<String, StoredEvent> ethnicities = new HashMap<>();

    private KnownChild(String childId) {
        this.facts = new ChildFacts(childId);
    }

    static KnownChild of(String childId, List<StoredEvent> events) {
        var child = new KnownChild(childId);
        events.forEach(child::add);
        return child;
    }

    boolean has(String eventId) {
        return eventIds.contains(eventId);
    }

    void add(StoredEvent event) {
        if (!eventIds.add(event.eventId())) {
            return;
        }
        if (event.fact() != null) {
            facts.apply(ChildHistory.fact(event));
        }
        records.merge(event.recordId(), event, (a, b) -> a.eventId().compareTo(b.eventId()) <= 0 ? a : b);
        if (event.subject() != null) {
            subjects.put(event, event.subject());
            if (event.subject().ethnicity() != null) {
                ethnicities.merge(event.recordId(), event, (a, b) -> LATEST_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
    }

    ChildFacts facts() {
        return facts;
    }

    boolean isEmpty() {
        return eventIds.isEmpty();
    }

    List<SourceRecord> records() {
        return records.values().stream()
                .sorted(Comparator.comparing(StoredEvent::recordId))
                .map(e -> new SourceRecord(e.recordId(), e.source(), withEthnicity(e)))
                .toList();
    }

    /** The record as its first event describes it, with the ethnicity its latest event stating one gives. */
    private Subject withEthnicity(StoredEvent first) {
        Subject s = first.subject();
        StoredEvent latest = ethnicities.get(first.recordId());
        if (s == null || latest == null || latest.subject().ethnicity() == s.ethnicity()) {
            return s;
        }
        return new Subject(s.localAuthorityPersonId(), s.nhsNumber(), s.upn(), s.policePersonId(), s.givenName(),
                s.familyName(), s.dateOfBirth(), s.sex(), s.postcode(), latest.subject().ethnicity());
    }

    /** Every postcode the child's records hold: the child's own home or placement, never a shared place. */
    java.util.Set<String> postcodes() {
        var postcodes = new java.util.TreeSet<String>();
        subjects.values().forEach(subject -> {
            if (subject.postcode() != null && !subject.postcode().isBlank()) {
                postcodes.add(subject.postcode());
            }
        });
        return postcodes;
    }

    /** The child as the alert envelopes name it: each field from the most recently recorded event holding it. */
    Subject subject() {
        var latestFirst = List.copyOf(subjects.values());
        return new Subject(first(latestFirst, Subject::localAuthorityPersonId), first(latestFirst, Subject::nhsNumber),
                first(latestFirst, Subject::upn), first(latestFirst, Subject::policePersonId),
                first(latestFirst, Subject::givenName), first(latestFirst, Subject::familyName),
                first(latestFirst, Subject::dateOfBirth), first(latestFirst, Subject::sex),
                first(latestFirst, Subject::postcode));
    }

    private static <T> T first(List<Subject> subjects, Function<Subject, T> field) {
        return subjects.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
