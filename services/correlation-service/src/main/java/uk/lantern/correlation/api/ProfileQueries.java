package uk.lantern.correlation.api;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.correlation.projection.ProfileProjection;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.problems.NotFound;

/** Reads of the projected child profiles: one child, the children holding an identifier, a child's network. */
public class ProfileQueries {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The identifier kinds of {@code Subject.partitionKey} and the profile's names for them. */
    private static final Map<String, String> KINDS = Map.of("la", "LA", "nhs", "NHS", "upn", "UPN", "police", "POLICE");

    private final MongoCollection<Document> profiles;

    public ProfileQueries(MongoTemplate mongo) {
        this.profiles = mongo.getCollection(ProfileProjection.COLLECTION);
    }

    /** The profile as published; a child merged into another has none. */
    public ObjectNode profile(String childId) {
        return find(childId).orElseThrow(() -> new NotFound("child " + childId
                + " (unknown, or merged into another child: search by identifier)"));
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

    public JsonNode chronology(String childId) {
        return profile(childId).path("chronology");
    }

    /**
     * The child, the associates and places in its profile (its link keys), and every other child whose profile shares
     * one of those keys, with an edge for each key shared.
     */
    public Network network(String childId) {
        ObjectNode profile = profile(childId);
        List<String> keys = strings(profile.path("linkKeys"));
        Map<String, Network.Node> nodes = new LinkedHashMap<>();
        List<Network.Edge> edges = new ArrayList<>();
        nodes.put(childId, new Network.Node(childId, Network.NodeType.CHILD, ChildSummary.label(profile)));
        Map<String, String> labels = Network.labels(profile);
        for (String key : keys) {
            nodes.put(key, new Network.Node(key, Network.typeOf(key), labels.getOrDefault(key, Network.valueOf(key))));
            edges.add(new Network.Edge(childId, key, Network.kindOf(key)));
        }
        if (!keys.isEmpty()) {
            profiles.find(Filters.and(Filters.in("linkKeys", keys), Filters.ne("_id", childId)))
                    .sort(Sorts.ascending("_id"))
                    .forEach(doc -> {
                        ObjectNode other = json(doc);
                        String otherId = other.path("childId").asString(doc.getString("_id"));
                        nodes.putIfAbsent(otherId, new Network.Node(otherId, Network.NodeType.CHILD,
                                ChildSummary.label(other)));
                        for (String key : strings(other.path("linkKeys"))) {
                            if (keys.contains(key)) {
                                edges.add(new Network.Edge(otherId, key, Network.kindOf(key)));
                            }
                        }
                    });
        }
        return new Network(List.copyOf(nodes.values()), edges);
    }

    static ObjectNode json(Document document) {
        Document copy = new Document(document);
        copy.remove("_id");
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
