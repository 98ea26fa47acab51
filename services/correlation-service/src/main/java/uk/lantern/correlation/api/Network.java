package uk.lantern.correlation.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import uk.lantern.correlation.patterns.LinkNormaliser;

/**
 * A child's network as analysts draw it: children, associates (a person's name, a phone, a vehicle) and places (a
 * place name, a postcode), joined by what the profiles record. Nodes of associates and places are the profiles' link
 * keys ({@code KIND:normalised value}), so two children seen with the same phone meet at one node.
 *
 * <p>Only links seen within the window count. At most {@code window.limit} other children are shown; what was left
 * out is said: {@code childrenLeftOut} by the cap, and each busy key (one shared by more children in the window than
 * the setting allows) with its count, its children not drawn.
 *
 * @param truncated       true when children were left out, by the cap or behind a busy key
 * @param childrenLeftOut other children sharing a drawn key in the window but cut by the cap
 * @param busyKeys        the child's keys too busy to expand, most children first
 */
public record Network(List<Node> nodes, List<Edge> edges, Window window, boolean truncated, int childrenLeftOut,
                      List<BusyKey> busyKeys) {

    public enum NodeType { CHILD, ASSOCIATE, PLACE }

    /** @param children for a busy key only: the other children seen with it in the window */
    public record Node(String id, NodeType type, String label, Long children) {

        Node(String id, NodeType type, String label) {
            this(id, type, label, null);
        }
    }

    /**
     * @param kind       what joins them: the link key's kind (PHONE, VEHICLE, PERSON_NAME, POSTCODE, PLACE_NAME)
     * @param lastSeenAt when the child was last seen with it (absent on a profile written before links were dated)
     */
    public record Edge(String from, String to, String kind, Instant lastSeenAt) {
    }

    /** @param since links last seen before this are left out; @param limit the cap on other children */
    public record Window(Instant since, Instant until, int limit) {
    }

    /** @param children the other children seen with the key in the window */
    public record BusyKey(String key, NodeType type, String label, long children) {
    }

    static NodeType typeOf(String linkKey) {
        String kind = kindOf(linkKey);
        return kind.equals("POSTCODE") || kind.startsWith("PLACE") || kind.equals("LOCATION") ? NodeType.PLACE
                : NodeType.ASSOCIATE;
    }

    static String kindOf(String linkKey) {
        int colon = linkKey.indexOf(':');
        return colon < 0 ? "LINK" : linkKey.substring(0, colon);
    }

    static String valueOf(String linkKey) {
        int colon = linkKey.indexOf(':');
        return colon < 0 ? linkKey : linkKey.substring(colon + 1);
    }

    /** Link key to the words a person recorded: the associate's or place's name as the profile holds it. */
    static Map<String, String> labels(JsonNode profile) {
        Map<String, String> labels = new LinkedHashMap<>();
        profile.path("associates").forEach(a -> {
            String name = a.path("name").asString(null);
            put(labels, "PERSON_NAME", LinkNormaliser.personName(name), name);
            put(labels, "PHONE", LinkNormaliser.phone(a.path("phone").asString(null)),
                    name == null ? a.path("phone").asString(null) : name + " (phone)");
            put(labels, "VEHICLE", LinkNormaliser.vehicleRegistration(a.path("vehicleRegistration").asString(null)),
                    a.path("vehicleRegistration").asString(null));
        });
        profile.path("places").forEach(p -> {
            String name = p.path("name").asString(null);
            put(labels, "PLACE_NAME", LinkNormaliser.placeName(name), name);
            put(labels, "POSTCODE", LinkNormaliser.postcode(p.path("postcode").asString(null)),
                    p.path("postcode").asString(null));
        });
        return labels;
    }

    private static void put(Map<String, String> labels, String kind, Optional<String> normal, String label) {
        if (normal.isPresent() && label != null) {
            labels.putIfAbsent(kind + ":" + normal.get(), label);
        }
    }
}
