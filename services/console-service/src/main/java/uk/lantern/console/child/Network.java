package uk.lantern.console.child;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A child's network from the correlation service ({@code GET /children/{childId}/network}) as the page shows it: the
 * picture's layout and the same in tables (who the child was seen with, where, and the other children seen with
 * them too). A busy associate or place (seen with more children than the service expands) is named with its count.
 */
public record Network(NetworkGraph graph, List<Seen> associates, List<Seen> places, List<OtherChild> others,
               int childrenLeftOut, String since) {

    public record ChildLink(String childId, String label) {
    }

    /**
     * An associate or place the child was seen with.
     *
     * @param busy  when too many children were seen with it to show them: how many; else null
     * @param alsoSeen the other children shown as seen with it
     */
    public record Seen(String key, String label, String kind, boolean place, String lastSeen, Long busy,
                       List<ChildLink> alsoSeen) {

        /** "Also seen there: 3 other children", "Also seen with them: 1 other child". */
        public String alsoSeenWords() {
            int n = busy != null ? busy.intValue() : alsoSeen.size();
            return (place ? "Also seen there: " : "Also seen with them: ") + n + " other "
                    + (n == 1 ? "child" : "children");
        }
    }

    public record OtherChild(String childId, String label, List<String> shares) {
    }

    private static final Map<String, String> KINDS = Map.of("PHONE", "Phone", "VEHICLE", "Vehicle",
            "PERSON_NAME", "Person", "POSTCODE", "Postcode", "PLACE_NAME", "Place");

    static Network of(String childId, JsonNode answer) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        answer.path("nodes").forEach(n -> nodes.put(Profile.text(n, "id", ""), n));
        Map<String, String> lastSeen = new LinkedHashMap<>();
        Map<String, List<String>> childrenOfKey = new LinkedHashMap<>();
        Map<String, List<String>> keysOfChild = new LinkedHashMap<>();
        answer.path("edges").forEach(e -> {
            String from = Profile.text(e, "from", "");
            String to = Profile.text(e, "to", "");
            if (from.equals(childId)) {
                lastSeen.put(to, Words.time(Words.instant(Profile.text(e, "lastSeenAt", null))));
            } else {
                childrenOfKey.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
                keysOfChild.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
            }
        });

        List<NetworkGraph.Key> keys = new ArrayList<>();
        List<Seen> associates = new ArrayList<>();
        List<Seen> places = new ArrayList<>();
        nodes.forEach((id, n) -> {
            String type = Profile.text(n, "type", "");
            if (type.equals("CHILD")) {
                return;
            }
            NetworkGraph.Kind kind = type.equals("PLACE") ? NetworkGraph.Kind.PLACE : NetworkGraph.Kind.ASSOCIATE;
            Long busy = n.path("children").isNumber() ? n.path("children").asLong() : null;
            String label = Profile.text(n, "label", id);
            keys.add(new NetworkGraph.Key(id, kind, label, busy));
            List<ChildLink> also = childrenOfKey.getOrDefault(id, List.of()).stream()
                    .map(c -> new ChildLink(c, label(nodes, c))).toList();
            String kindWords = KINDS.getOrDefault(id.contains(":") ? id.substring(0, id.indexOf(':')) : "",
                    kind == NetworkGraph.Kind.PLACE ? "Place" : "Person");
            Seen seen = new Seen(id, label, kindWords, kind == NetworkGraph.Kind.PLACE, lastSeen.get(id), busy, also);
            (kind == NetworkGraph.Kind.PLACE ? places : associates).add(seen);
        });

        List<NetworkGraph.Other> others = new ArrayList<>();
        List<OtherChild> otherRows = new ArrayList<>();
        keysOfChild.forEach((other, shared) -> {
            others.add(new NetworkGraph.Other(other, label(nodes, other), shared));
            otherRows.add(new OtherChild(other, label(nodes, other),
                    shared.stream().map(k -> label(nodes, k)).toList()));
        });

        NetworkGraph graph = NetworkGraph.layout(childId, label(nodes, childId), keys, others);
        return new Network(graph, associates, places, otherRows, answer.path("childrenLeftOut").asInt(0),
                Words.time(Words.instant(Profile.text(answer.path("window"), "since", null))));
    }

    private static String label(Map<String, JsonNode> nodes, String id) {
        JsonNode node = nodes.get(id);
        return node == null ? id : Profile.text(node, "label", id);
    }

    public boolean empty() {
        return associates.isEmpty() && places.isEmpty();
    }
}
