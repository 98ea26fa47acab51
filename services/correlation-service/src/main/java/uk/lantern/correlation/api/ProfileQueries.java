package uk.lantern.correlation.api;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.correlation.projection.ChronologyProjection;
import uk.lantern.correlation.projection.ProfileAreas;
import uk.lantern.correlation.projection.ProfileProjection;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.problems.NotFound;

/**
 * Reads of the projected child profiles: one child, the children holding an identifier, a child's network within a
 * time window and a cap.
 */
public class ProfileQueries {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The identifier kinds of {@code Subject.partitionKey} and the profile's names for them. */
    private static final Map<String, String> KINDS = Map.of("la", "LA", "nhs", "NHS", "upn", "UPN", "police", "POLICE");

    /** The longest window a request may ask for in days: a century. */
    private static final int MAX_DAYS = 36_525;

    private final MongoCollection<Document> profiles;
    private final ChronologyProjection chronology;
    private final Clock clock;
    private final NetworkSettings settings;
    private final ZoneId zone;

    /** @param zone dates in requests are days of this zone (the pattern rules' zone) */
    public ProfileQueries(MongoTemplate mongo, Clock clock, NetworkSettings settings, ZoneId zone) {
        this.profiles = mongo.getCollection(ProfileProjection.COLLECTION);
        this.chronology = new ChronologyProjection(mongo);
        this.clock = clock;
        this.settings = settings;
        this.zone = zone;
    }

    /** The profile as published; a child merged into another has none. */
    public ObjectNode profile(String childId) {
        return find(childId).orElseThrow(() -> unknown(childId));
    }

    private static NotFound unknown(String childId) {
        return new NotFound("child " + childId + " (unknown, or merged into another child: search by identifier)");
    }

    Optional<ObjectNode> find(String childId) {
        return Optional.ofNullable(profiles.find(Filters.eq("_id", childId)).first()).map(ProfileQueries::json);
    }

    /** {@code identifier} as {@code kind:value}, kind one of la, nhs, upn, police. */
    public List<ChildSummary> holding(String identifier) {
        int colon = identifier == null ? -1 : identifier.indexOf(':');
        if (colon <= 0 || colon == identifier.length() - 1) {
            throw new InvalidRequestParameter("identifier", "must be kind:value, kind one of la, nhs, upn, police "
                    + "(e.g. nhs:9434765919)");
        }
        String kind = KINDS.get(identifier.substring(0, colon).strip().toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new InvalidRequestParameter("identifier", "unknown kind '" + identifier.substring(0, colon)
                    + "': one of la, nhs, upn, police");
        }
        String value = identifier.substring(colon + 1).strip();
        List<ChildSummary> children = new ArrayList<>();
        profiles.find(Filters.elemMatch("identifiers", Filters.and(Filters.eq("kind", kind), Filters.eq("value", value))))
                .sort(Sorts.ascending("_id"))
                .forEach(doc -> children.add(ChildSummary.of(json(doc))));
        return children;
    }

    /** Every event of the child's records, oldest first: the records as its profile lists them. */
    public JsonNode chronology(String childId) {
        Document profile = profiles.find(Filters.eq("_id", childId)).first();
        if (profile == null) {
            throw unknown(childId);
        }
        return JSON.valueToTree(chronology.ofProfile(profile));
    }

    /**
     * The window and cap of a network request from its query parameters, each absent one from the settings:
     * {@code since} an ISO date (from the start of that day, London) or instant, or {@code days} back from now, not
     * both; {@code limit} 1 to the maximum. A bad one is a 400 naming it.
     */
    public Network.Window window(String since, String days, String limit) {
        Instant now = clock.instant();
        if (since != null && days != null) {
            throw new InvalidRequestParameter("since", "give since or days, not both");
        }
        Instant from = since != null ? since(since, now)
                : days != null ? now.minus(Duration.ofDays(whole("days", days, 1, MAX_DAYS)))
                : now.minus(settings.window());
        int cap = limit == null ? settings.limit() : whole("limit", limit, 1, settings.maxLimit());
        return new Network.Window(from, now, cap);
    }

    private Instant since(String raw, Instant now) {
        Instant since;
        try {
            since = raw.contains("T") ? Instant.parse(raw.strip())
                    : LocalDate.parse(raw.strip()).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestParameter("since", "'" + raw + "' is not an ISO date (2026-01-31) or instant "
                    + "(2026-01-31T09:00:00Z)");
        }
        if (since.isAfter(now)) {
            throw new InvalidRequestParameter("since", "'" + raw + "' is in the future");
        }
        return since;
    }

    private static int whole(String parameter, String raw, int min, int max) {
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestParameter(parameter, "must be a whole number from " + min + " to " + max
                + ", not '" + raw + "'");
    }

    /**
     * The child, its link keys seen within the window, and the other children seen with any of them within it, with
     * an edge for each key shared. A key seen with more children than {@code busyAbove} is busy: shown with its count
     * and not expanded. The rest are ranked by how many keys they share with the child, then by their latest sighting
     * with one of them, and cut to the window's limit. Reads are bounded: one count per key of the child, then at
     * most {@code quiet keys × busyAbove} profiles, only the fields the network shows.
     */
    public Network network(String childId, Network.Window window) {
        ObjectNode profile = profile(childId);
        Instant since = window.since();
        Map<String, Instant> own = seenSince(profile, since);
        Map<String, String> labels = Network.labels(profile);
        Map<String, Network.Node> nodes = new LinkedHashMap<>();
        List<Network.Edge> edges = new ArrayList<>();
        nodes.put(childId, new Network.Node(childId, Network.NodeType.CHILD, ChildSummary.label(profile)));

        List<String> quiet = new ArrayList<>();
        List<Network.BusyKey> busy = new ArrayList<>();
        own.forEach((key, lastSeenAt) -> {
            String label = labels.getOrDefault(key, Network.valueOf(key));
            long children = profiles.countDocuments(Filters.and(Filters.ne("_id", childId), seenWith(List.of(key), since)));
            if (children > settings.busyAbove()) {
                busy.add(new Network.BusyKey(key, Network.typeOf(key), label, children));
                nodes.put(key, new Network.Node(key, Network.typeOf(key), label, children));
            } else {
                quiet.add(key);
                nodes.put(key, new Network.Node(key, Network.typeOf(key), label));
            }
            edges.add(new Network.Edge(childId, key, Network.kindOf(key), lastSeenAt));
        });

        List<Sharer> sharers = new ArrayList<>();
        if (!quiet.isEmpty()) {
            profiles.find(Filters.and(Filters.ne("_id", childId), seenWith(quiet, since)))
                    .projection(Projections.include("childId", "names", "links", "linkKeys"))
                    .limit(quiet.size() * settings.busyAbove() + 1)
                    .forEach(doc -> {
                        ObjectNode other = json(doc);
                        Map<String, Instant> shared = new TreeMap<>(seenSince(other, since));
                        shared.keySet().retainAll(own.keySet());
                        if (shared.keySet().stream().anyMatch(quiet::contains)) {
                            sharers.add(new Sharer(other.path("childId").asString(doc.getString("_id")),
                                    ChildSummary.label(other), shared));
                        }
                    });
        }
        sharers.sort(Sharer.RANKED);
        List<Sharer> shown = sharers.subList(0, Math.min(window.limit(), sharers.size()));
        for (Sharer sharer : shown) {
            nodes.put(sharer.childId(), new Network.Node(sharer.childId(), Network.NodeType.CHILD, sharer.label()));
            sharer.shared().forEach((key, lastSeenAt) ->
                    edges.add(new Network.Edge(sharer.childId(), key, Network.kindOf(key), lastSeenAt)));
        }
        busy.sort(Comparator.comparingLong(Network.BusyKey::children).reversed()
                .thenComparing(Network.BusyKey::key));
        int leftOut = sharers.size() - shown.size();
        return new Network(List.copyOf(nodes.values()), edges, window, leftOut > 0 || !busy.isEmpty(), leftOut,
                busy);
    }

    /**
     * The profile's link keys last seen at or after {@code since}, by key, with that time. A profile written before
     * links were dated has only {@code linkKeys}: all of them count, undated, until its next change rebuilds it.
     */
    static Map<String, Instant> seenSince(JsonNode profile, Instant since) {
        Map<String, Instant> seen = new TreeMap<>();
        if (profile.path("links").isEmpty()) {
            strings(profile.path("linkKeys")).forEach(key -> seen.put(key, null));
            return seen;
        }
        profile.path("links").forEach(link -> {
            String lastSeenAt = link.path("lastSeenAt").asString(null);
            if (lastSeenAt != null && !Instant.parse(lastSeenAt).isBefore(since)) {
                seen.put(link.path("key").asString(), Instant.parse(lastSeenAt));
            }
        });
        return seen;
    }

    /**
     * Profiles seen with any of the keys since the instant: a dated link last seen then or later, or, on a profile
     * written before links were dated, the key among its link keys. Instants are stored as ISO-8601 text, which sorts
     * as time to the second, so the bound is a second early and {@link #seenSince} has the last word.
     */
    private static Bson seenWith(List<String> keys, Instant since) {
        String from = since.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1).toString();
        return Filters.or(
                Filters.elemMatch("links", Filters.and(Filters.in("key", keys), Filters.gte("lastSeenAt", from))),
                Filters.and(Filters.in("linkKeys", keys),
                        Filters.or(Filters.exists("links", false), Filters.size("links", 0))));
    }

    /** The most children a daily review lists: a day's movements in one authority are far fewer. */
    static final int MOVEMENTS_CAP = 500;

    /**
     * The children who went missing or came back at or after {@code since} (an ISO date, from the start of that day
     * in this service's zone, or an instant; required, not in the future), each with the episodes that moved then:
     * for the coordinator's daily review with the police. Children in id order, at most {@value #MOVEMENTS_CAP}.
     * Instants are stored as ISO-8601 text, so the bound is a second early and each episode is checked again here.
     */
    public Movements movements(String since) {
        if (since == null || since.isBlank()) {
            throw new InvalidRequestParameter("since", "give the start of the review as an ISO date (2026-01-31) or "
                    + "instant (2026-01-31T09:00:00Z)");
        }
        Instant from = since(since, clock.instant());
        String bound = from.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1).toString();
        Bson moved = Filters.or(Filters.elemMatch("episodes", Filters.gte("start", bound)),
                Filters.elemMatch("episodes", Filters.gte("returnedAt", bound)));
        List<Movement> children = new ArrayList<>();
        profiles.find(moved).projection(Projections.include("childId", "names", "missingNow", "episodes"))
                .sort(Sorts.ascending("_id")).limit(MOVEMENTS_CAP + 1)
                .forEach(doc -> {
                    ObjectNode profile = json(doc);
                    List<EpisodeMovement> episodes = new ArrayList<>();
                    profile.path("episodes").forEach(e -> {
                        Instant start = instant(e.path("start"));
                        Instant returnedAt = instant(e.path("returnedAt"));
                        boolean wentMissing = start != null && !start.isBefore(from);
                        boolean cameBack = returnedAt != null && !returnedAt.isBefore(from);
                        if (wentMissing || cameBack) {
                            episodes.add(new EpisodeMovement(e.path("episodeId").asString(null),
                                    e.path("context").asString(null), start, returnedAt, wentMissing, cameBack,
                                    e.path("closed").asBoolean(false), e.path("interviewStatus").asString(null)));
                        }
                    });
                    if (!episodes.isEmpty()) {
                        ChildSummary summary = ChildSummary.of(profile);
                        children.add(new Movement(doc.getString("_id"), summary.names(), summary.missingNow(),
                                episodes));
                    }
                });
        boolean more = children.size() > MOVEMENTS_CAP;
        return new Movements(from, more ? children.subList(0, MOVEMENTS_CAP) : children, more);
    }

    private static Instant instant(JsonNode node) {
        String text = node.asString(null);
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }

    /** The children who moved since {@code since}; {@code more}: the cap was reached and some are left out. */
    public record Movements(Instant since, List<Movement> children, boolean more) {
    }

    /** A child who went missing or came back in the window, with the episodes that moved. */
    public record Movement(String childId, List<String> names, boolean missingNow, List<EpisodeMovement> episodes) {
    }

    /**
     * One episode that moved in the window: it started then ({@code wentMissing}), the child came back then
     * ({@code cameBack}), or both; its return interview's status as the profile knows it.
     */
    public record EpisodeMovement(String episodeId, String context, Instant start, Instant returnedAt,
                                  boolean wentMissing, boolean cameBack, boolean closed, String interviewStatus) {
    }

    /** The indexes the network query reads through: dated links by key and time, and the undated link keys. */
    public void createIndexes() {
        profiles.createIndex(Indexes.compoundIndex(Indexes.ascending("links.key"), Indexes.descending("links.lastSeenAt")),
                new IndexOptions().name("links_key_lastSeenAt"));
        profiles.createIndex(Indexes.ascending("linkKeys"), new IndexOptions().name("linkKeys"));
    }

    /** Another child seen with some of the child's keys in the window: those keys, with its latest sighting of each. */
    private record Sharer(String childId, String label, Map<String, Instant> shared) {

        static final Comparator<Sharer> RANKED = Comparator.comparingInt((Sharer s) -> -s.shared().size())
                .thenComparing(Sharer::latest, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Sharer::childId);

        Instant latest() {
            return shared.values().stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }
    }

    static ObjectNode json(Document document) {
        Document copy = new Document(document);
        copy.remove("_id");
        copy.remove(ProfileAreas.FIELD);
        return (ObjectNode) JSON.readTree(copy.toJson(RELAXED));
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    /** One child as a list shows it. */
    public record ChildSummary(String childId, List<String> names, String dateOfBirth, String sex, boolean missingNow,
                               int maceScore, int openFlags) {

        static ChildSummary of(JsonNode profile) {
            List<String> names = new ArrayList<>();
            profile.path("names").forEach(n -> {
                String name = (n.path("givenName").asString("") + " " + n.path("familyName").asString("")).strip();
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
            });
            return new ChildSummary(profile.path("childId").asString(), names,
                    profile.path("dateOfBirth").asString(null), profile.path("sex").asString(null),
                    profile.path("missingNow").asBoolean(false), profile.path("maceScore").asInt(0),
                    profile.path("openFlags").size());
        }

        static String label(JsonNode profile) {
            ChildSummary summary = of(profile);
            return summary.names().isEmpty() ? summary.childId() : summary.names().get(0);
        }
    }
}
