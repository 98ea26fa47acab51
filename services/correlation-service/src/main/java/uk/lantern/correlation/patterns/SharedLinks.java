package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * SHARED_ASSOCIATE and SHARED_LOCATION, across children: an index from normalised associates (phone, vehicle, full
 * name) and places (postcode, place name) to the children seen with them, and the rule over it. A child is linked
 * while at least {@code minChildren} children (2), this one among them, were seen with the same key within a rolling
 * window (90 days). One alert per child per run of the link (see {@link RollingWindow}); the evidence is the
 * sightings in the window when it began. It clears when the window no longer holds two children.
 *
 * <p>Sightings come from returns (where and with whom the child was found) and completed interviews (where the child
 * was, who with). Recording a sighting is idempotent. The caller evaluates every child returned by {@link #record}.
 */
public final class SharedLinks {

    /** What children are linked by. */
    public record LinkKey(Kind kind, String value) {
        public enum Kind {
            PHONE, VEHICLE, PERSON_NAME, POSTCODE, PLACE_NAME;

            AlertCode code() {
                return this == POSTCODE || this == PLACE_NAME ? AlertCode.SHARED_LOCATION : AlertCode.SHARED_ASSOCIATE;
            }
        }
    }

    public record Sighting(LinkKey key, String childId, String eventId, Instant at) {
    }

    private static final List<Actor> ACTORS = List.of(Actor.POLICE_ANALYST, Actor.MACE_PANEL, Actor.MISSING_COORDINATOR);

    private final PatternSettings.SharedLinks settings;
    private final ZoneId zone;
    private final WorkingCalendar calendar;
    private final CalendarWindow window;
    private final Map<LinkKey, TreeSet<Sighting>> byKey = new HashMap<>();
    private final Map<String, Set<LinkKey>> keysByChild = new HashMap<>();

    public SharedLinks(PatternSettings settings) {
        this.settings = settings.sharedLinks();
        this.zone = settings.zone();
        this.calendar = settings.calendar();
        this.window = settings.window(this.settings.window());
    }

    /** The sightings a fact gives: none for facts without a place or associates. */
    public static List<Sighting> sightingsOf(String childId, ChildFact fact, ZoneId zone) {
        if (fact instanceof ChildFact.ChildReturned f) {
            return sightings(childId, f.eventId(), f.returnedAt(), f.place(), f.associates());
        }
        if (fact instanceof ChildFact.InterviewCompleted f) {
            return sightings(childId, f.eventId(), f.at(zone), f.whereabouts(),
                    f.associates());
        }
        return List.of();
    }

    /** Records what the fact shows; returns the children whose links may have changed (to evaluate). */
    public Set<String> record(String childId, ChildFact fact) {
        var children = new TreeSet<String>();
        for (var sighting : sightingsOf(childId, fact, zone)) {
            children.addAll(add(sighting));
        }
        return children;
    }

    /** Records one sighting (a stream stage keyed by link key feeds them one key at a time); returns its children. */
    public Set<String> add(Sighting sighting) {
        var sightings = byKey.computeIfAbsent(sighting.key(),
                key -> new TreeSet<>(Comparator.comparing(Sighting::at).thenComparing(Sighting::eventId)
                        .thenComparing(Sighting::childId)));
        sightings.add(sighting);
        keysByChild.computeIfAbsent(sighting.childId(), id -> new TreeSet<>(
                Comparator.comparing(LinkKey::kind).thenComparing(LinkKey::value))).add(sighting.key());
        var children = new TreeSet<String>();
        sightings.forEach(s -> children.add(s.childId()));
        return children;
    }

    public List<Sighting> sightings(LinkKey key) {
        return List.copyOf(byKey.getOrDefault(key, new TreeSet<>(Comparator.comparing(Sighting::eventId))));
    }

    /** The SHARED_* alerts holding for the child at {@code now}, and when to look again. */
    public RuleResult active(String childId, Instant now) {
        var result = new RuleResult.Builder(now);
        var byId = new LinkedHashMap<String, Alert>();
        for (var key : keysByChild.getOrDefault(childId, Set.of())) {
            var points = byKey.get(key).stream()
                    .map(s -> new RollingWindow.Point(s.at(), s.eventId(), s.childId()))
                    .toList();
            var held = RollingWindow.at(points, window, inWindow -> {
                var children = inWindow.stream().map(RollingWindow.Point::group).collect(Collectors.toSet());
                return children.size() >= settings.minChildren() && children.contains(childId);
            }, now);
            held.nextChange().ifPresent(result::deadline);
            held.run().ifPresent(run -> {
                var alert = Alert.of(key.kind().code(), Severity.MEDIUM, childId,
                        run.atStart().stream().map(RollingWindow.Point::eventId).toList(), run.start(),
                        calendar.endOfWorkingDays(run.start(), settings.actWithinWorkingDays()), ACTORS);
                byId.putIfAbsent(alert.id(), alert);
            });
        }
        byId.values().forEach(result::alert);
        return result.build();
    }

    /** As {@link PatternEngine#evaluate}, for the SHARED_* codes of one child. */
    public Evaluation evaluate(String childId, Collection<Alert> open, Instant now) {
        var current = active(childId, now);
        var activeIds = current.active().stream().map(Alert::id).collect(Collectors.toSet());
        var openIds = open.stream().map(Alert::id).collect(Collectors.toSet());
        var clear = open.stream()
                .filter(a -> a.childId().equals(childId))
                .filter(a -> a.code() == AlertCode.SHARED_ASSOCIATE || a.code() == AlertCode.SHARED_LOCATION)
                .filter(a -> !activeIds.contains(a.id()))
                .sorted(Comparator.comparing(Alert::id))
                .toList();
        var raise = current.active().stream().filter(a -> !openIds.contains(a.id())).toList();
        return new Evaluation(raise, clear, Evaluation.updates(current.active(), open), current.nextEvaluationAt());
    }

    private static List<Sighting> sightings(String childId, String eventId, Instant at, ChildFact.Place place,
                                            List<ChildFact.Associate> associates) {
        var keys = new ArrayList<LinkKey>();
        if (place != null) {
            add(keys, LinkKey.Kind.POSTCODE, LinkNormaliser.postcode(place.postcode()));
            add(keys, LinkKey.Kind.PLACE_NAME, LinkNormaliser.placeName(place.name()));
        }
        for (var associate : associates) {
            add(keys, LinkKey.Kind.PHONE, LinkNormaliser.phone(associate.phone()));
            add(keys, LinkKey.Kind.VEHICLE, LinkNormaliser.vehicleRegistration(associate.vehicleRegistration()));
            add(keys, LinkKey.Kind.PERSON_NAME, LinkNormaliser.personName(associate.name()));
        }
        return keys.stream().distinct().map(key -> new Sighting(key, childId, eventId, at)).toList();
    }

    private static void add(List<LinkKey> keys, LinkKey.Kind kind, Optional<String> value) {
        value.ifPresent(v -> keys.add(new LinkKey(kind, v)));
    }
}
