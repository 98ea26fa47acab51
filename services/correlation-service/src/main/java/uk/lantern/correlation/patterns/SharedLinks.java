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

    /**
     * A child seen with a key. {@code label}: the place or adult as recorded ("Bus station, PE1 2BB"; "Dean Marsh,
     * 07700 900123"), for the alert's words; the same for every key one place or adult gives, so that the one alert two
     * keys raise (a place's name and its postcode) reads the same from both. Null in sightings kept before labels.
     */
    public record Sighting(LinkKey key, String childId, String eventId, Instant at, String label) {
        public Sighting(LinkKey key, String childId, String eventId, Instant at) {
            this(key, childId, eventId, at, null);
        }
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

    /**
     * The sightings a fact gives that may link the child to others: as {@link #sightingsOf}, without the child's own
     * home or placement (a place at one of {@code ownPostcodes}, the postcodes the child's records hold) and without a
     * generic place name ({@code genericPlaces}: "home", "placement", "school"...), which say nothing about where the
     * child really was. A child who went home is not linked to every other child who went home.
     */
    public static List<Sighting> linkSightingsOf(String childId, ChildFact fact, ZoneId zone,
                                                 PatternSettings.SharedLinks settings,
                                                 Collection<String> ownPostcodes) {
        var own = ownPostcodes.stream().map(LinkNormaliser::postcode).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        var generic = settings.genericPlaces().stream().map(LinkNormaliser::placeName).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        var all = sightingsOf(childId, fact, zone);
        var atHome = all.stream().anyMatch(s -> s.key().kind() == LinkKey.Kind.POSTCODE
                && own.contains(s.key().value()));
        return all.stream()
                .filter(s -> !(atHome && (s.key().kind() == LinkKey.Kind.POSTCODE
                        || s.key().kind() == LinkKey.Kind.PLACE_NAME)))
                .filter(s -> !(s.key().kind() == LinkKey.Kind.PLACE_NAME && generic.contains(s.key().value())))
                .toList();
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

    /**
     * A key seen with more than {@code hotspotAbove} children (25) in the window: a hotspot for analysts and the MACE
     * panel, reported once for the place or adult, not as a pairwise alert for each child.
     */
    public record Hotspot(LinkKey key, List<String> children, Instant firstSeen, Instant lastSeen, String label) {
        public Hotspot {
            children = List.copyOf(children);
        }

        /** What was found, in words: the place or adult as last recorded, else as Lantern compares it. */
        public String summary(ZoneId zone) {
            var what = label != null ? label + ": " : switch (key.kind()) {
                case POSTCODE -> "Postcode " + key.value() + ": ";
                case PLACE_NAME -> "\"" + key.value() + "\": ";
                case PHONE -> "Phone number " + key.value() + ": ";
                case VEHICLE -> "Vehicle " + key.value() + ": ";
                case PERSON_NAME -> "\"" + key.value() + "\" (a person): ";
            };
            return what + children.size() + " children seen " + (key.kind() == LinkKey.Kind.POSTCODE
                    || key.kind() == LinkKey.Kind.PLACE_NAME ? "there" : "with them") + " between "
                    + Describe.day(firstSeen, zone) + " and " + Describe.day(lastSeen, zone)
                    + ": a hotspot for analysts and the MACE panel";
        }
    }

    /** The key as a hotspot at {@code now} (if it is one), and the next instant at which that may change. */
    public record HotspotAt(Optional<Hotspot> hotspot, Optional<Instant> nextChange) {
    }

    public HotspotAt hotspot(LinkKey key, Instant now) {
        var held = RollingWindow.at(points(key), window, this::busy, now);
        var hotspot = held.run().map(run -> {
            var inWindow = RollingWindow.inWindow(sortedPoints(key), window, now);
            var latestFirst = new ArrayList<>(inWindow);
            java.util.Collections.reverse(latestFirst);
            return new Hotspot(key, inWindow.stream().map(RollingWindow.Point::group).distinct().sorted().toList(),
                    inWindow.get(0).at(), inWindow.get(inWindow.size() - 1).at(), label(key, latestFirst));
        });
        return new HotspotAt(hotspot, held.nextChange());
    }

    private boolean busy(List<RollingWindow.Point> inWindow) {
        return inWindow.stream().map(RollingWindow.Point::group).distinct().count() > settings.hotspotAbove();
    }

    /** The SHARED_* alerts holding for the child at {@code now}, and when to look again. */
    public RuleResult active(String childId, Instant now) {
        var result = new RuleResult.Builder(now);
        var byId = new LinkedHashMap<String, Alert>();
        for (var key : keysByChild.getOrDefault(childId, Set.of())) {
            var points = points(key);
            var hotspot = RollingWindow.at(points, window, this::busy, now);
            hotspot.nextChange().ifPresent(result::deadline);
            if (hotspot.run().isPresent()) {
                continue; // reported once as a hotspot, not as an alert per child
            }
            var held = RollingWindow.at(points, window, inWindow -> {
                var children = inWindow.stream().map(RollingWindow.Point::group).collect(Collectors.toSet());
                return children.size() >= settings.minChildren() && children.contains(childId);
            }, now);
            held.nextChange().ifPresent(result::deadline);
            held.run().ifPresent(run -> {
                var others = run.atStart().stream().map(RollingWindow.Point::group)
                        .filter(other -> !other.equals(childId)).distinct().sorted().toList();
                var alert = Alert.of(key.kind().code(), Severity.MEDIUM, childId,
                        run.atStart().stream().map(RollingWindow.Point::eventId).toList(), run.start(),
                        calendar.endOfWorkingDays(run.start(), settings.actWithinWorkingDays()), ACTORS)
                        .described(describe(key, label(key, run.atStart()), run.atStart(), others.size()))
                        .relating(others);
                byId.putIfAbsent(alert.id(), alert);
            });
        }
        byId.values().forEach(result::alert);
        return result.build();
    }

    /** The label of the earliest sighting at the run's start that has one (the same from every key of the place). */
    private String label(LinkKey key, List<RollingWindow.Point> atStart) {
        var sightings = byKey.getOrDefault(key, new TreeSet<>(Comparator.comparing(Sighting::eventId)));
        for (var point : atStart) {
            for (var s : sightings) {
                if (s.eventId().equals(point.eventId()) && s.childId().equals(point.group()) && s.label() != null) {
                    return s.label();
                }
            }
        }
        return null;
    }

    private String describe(LinkKey key, String label, List<RollingWindow.Point> atStart, int others) {
        var what = switch (key.kind()) {
            case POSTCODE, PLACE_NAME -> "Seen at the same place (" + (label != null ? label : key.value()) + ")";
            case PHONE -> "Seen with the same phone number (" + (label != null ? label : key.value()) + ")";
            case VEHICLE -> "Seen with the same vehicle (" + (label != null ? label : key.value()) + ")";
            case PERSON_NAME -> "Seen with the same person (" + (label != null ? label : key.value()) + ")";
        };
        if (label != null && key.kind().code() == AlertCode.SHARED_ASSOCIATE) {
            what = "Seen with the same associate (" + label + ")";
        }
        var from = atStart.get(0).at();
        var to = atStart.get(atStart.size() - 1).at();
        var period = Describe.day(from, zone).equals(Describe.day(to, zone)) ? "on " + Describe.day(from, zone)
                : "between " + Describe.day(from, zone) + " and " + Describe.day(to, zone);
        return what + " as " + Describe.count(others, "other child", "other children") + ", " + period;
    }

    private List<RollingWindow.Point> points(LinkKey key) {
        return byKey.getOrDefault(key, new TreeSet<>(Comparator.comparing(Sighting::eventId))).stream()
                .map(s -> new RollingWindow.Point(s.at(), s.eventId(), s.childId()))
                .toList();
    }

    private List<RollingWindow.Point> sortedPoints(LinkKey key) {
        var sorted = new ArrayList<>(points(key));
        sorted.sort(Comparator.comparing(RollingWindow.Point::at).thenComparing(RollingWindow.Point::eventId));
        return sorted;
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
        var sightings = new ArrayList<Sighting>();
        if (place != null) {
            var keys = new ArrayList<LinkKey>();
            add(keys, LinkKey.Kind.POSTCODE, LinkNormaliser.postcode(place.postcode()));
            add(keys, LinkKey.Kind.PLACE_NAME, LinkNormaliser.placeName(place.name()));
            var label = label(place.name(), place.postcode());
            keys.forEach(key -> sightings.add(new Sighting(key, childId, eventId, at, label)));
        }
        for (var associate : associates) {
            var keys = new ArrayList<LinkKey>();
            add(keys, LinkKey.Kind.PHONE, LinkNormaliser.phone(associate.phone()));
            add(keys, LinkKey.Kind.VEHICLE, LinkNormaliser.vehicleRegistration(associate.vehicleRegistration()));
            add(keys, LinkKey.Kind.PERSON_NAME, LinkNormaliser.personName(associate.name()));
            var label = label(associate.name(), associate.phone(), associate.vehicleRegistration());
            keys.forEach(key -> sightings.add(new Sighting(key, childId, eventId, at, label)));
        }
        var seen = new java.util.HashSet<LinkKey>();
        return sightings.stream().filter(s -> seen.add(s.key())).toList();
    }

    private static String label(String... parts) {
        var present = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip)
                .toList();
        return present.isEmpty() ? null : String.join(", ", present);
    }

    private static void add(List<LinkKey> keys, LinkKey.Kind kind, Optional<String> value) {
        value.ifPresent(v -> keys.add(new LinkKey(kind, v)));
    }
}
