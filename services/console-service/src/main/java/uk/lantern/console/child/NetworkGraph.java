package uk.lantern.console.child;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The child's network laid out for a picture, without a layout library: the child at the centre, its associates and
 * places evenly around it on an inner ring (associates first, then places, each by name, so the same network is
 * always drawn the same), and each other child on an outer ring at the mean direction of what it shares with the
 * child, pushed along the ring only as far as needed to keep clear of its neighbours.
 */
public record NetworkGraph(int width, int height, Node centre, List<Node> keys, List<Node> others, List<Line> lines) {

    static final int WIDTH = 900;
    static final int HEIGHT = 660;
    static final int INNER = 170;
    static final int OUTER = 285;
    /** Labels on the picture are cut to this; the table beside it has them whole. */
    static final int LABEL = 22;

    public enum Kind { CHILD, ASSOCIATE, PLACE }

    /**
     * @param busy for an associate or place seen with too many children to draw: how many; else null
     */
    public record Node(String id, Kind kind, String label, double x, double y, Long busy) {

        public String shortLabel() {
            return label.length() <= LABEL ? label : label.substring(0, LABEL - 1) + "…";
        }

        /** The three points of a place's triangle, as SVG wants them. */
        public String triangle() {
            return fmt(x) + "," + fmt(y - 16) + " " + fmt(x - 15) + "," + fmt(y + 11) + " " + fmt(x + 15) + ","
                    + fmt(y + 11);
        }
    }

    public record Line(double x1, double y1, double x2, double y2) {
    }

    /** An associate or place of the child, as the network answer gives it. */
    public record Key(String id, Kind kind, String label, Long busy) {
    }

    /** Another child and the keys of the child it was seen with. */
    public record Other(String id, String label, List<String> shares) {
    }

    static NetworkGraph layout(String childId, String childLabel, List<Key> keys, List<Other> others) {
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        Node centre = new Node(childId, Kind.CHILD, childLabel, cx, cy, null);
        List<Key> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparing((Key k) -> k.kind() == Kind.PLACE)
                .thenComparing(Key::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Key::id));
        Map<String, Double> angles = new LinkedHashMap<>();
        List<Node> keyNodes = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Key key = ordered.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / ordered.size();
            angles.put(key.id(), angle);
            Node node = new Node(key.id(), key.kind(), key.label(), round(cx + INNER * Math.cos(angle)),
                    round(cy + INNER * Math.sin(angle)), key.busy());
            keyNodes.add(node);
            lines.add(new Line(cx, cy, node.x(), node.y()));
        }

        List<Placed> wanted = new ArrayList<>();
        for (Other other : others) {
            List<Double> shared = other.shares().stream().map(angles::get).filter(a -> a != null).toList();
            if (!shared.isEmpty()) {
                wanted.add(new Placed(other, meanAngle(shared)));
            }
        }
        wanted.sort(Comparator.comparingDouble(Placed::angle).thenComparing(p -> p.other().id()));
        List<Double> spread = spread(wanted.stream().map(Placed::angle).toList(), minimumGap(wanted.size()));
        Map<String, Node> byId = new LinkedHashMap<>();
        keyNodes.forEach(n -> byId.put(n.id(), n));
        List<Node> otherNodes = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Other other = wanted.get(i).other();
            double angle = spread.get(i);
            Node node = new Node(other.id(), Kind.CHILD, other.label(), round(cx + OUTER * Math.cos(angle)),
                    round(cy + OUTER * Math.sin(angle)), null);
            otherNodes.add(node);
            for (String key : other.shares()) {
                Node to = byId.get(key);
                if (to != null) {
                    lines.add(new Line(node.x(), node.y(), to.x(), to.y()));
                }
            }
        }
        return new NetworkGraph(WIDTH, HEIGHT, centre, keyNodes, otherNodes, lines);
    }

    private record Placed(Other other, double angle) {
    }

    /** The direction halfway round the circle between the angles (the mean of their unit vectors), in [-π/2, 3π/2). */
    static double meanAngle(List<Double> angles) {
        double x = angles.stream().mapToDouble(Math::cos).sum();
        double y = angles.stream().mapToDouble(Math::sin).sum();
        double mean = Math.abs(x) < 1e-9 && Math.abs(y) < 1e-9 ? angles.get(0) : Math.atan2(y, x);
        return normal(mean);
    }

    /** Nodes on the outer ring need about this much angle each to keep their labels apart: 360° shared when more. */
    static double minimumGap(int count) {
        return Math.min(Math.toRadians(22), count == 0 ? Math.PI : 2 * Math.PI / count);
    }

    /**
     * Angles in order moved forward only as far as needed to be {@code gap} apart; when the last would pass the
     * first again round the circle, they are shared out evenly instead, in the same order from the first.
     */
    static List<Double> spread(List<Double> sorted, double gap) {
        List<Double> spread = new ArrayList<>();
        for (double angle : sorted) {
            spread.add(spread.isEmpty() ? angle : Math.max(angle, spread.get(spread.size() - 1) + gap));
        }
        if (spread.size() > 1 && spread.get(spread.size() - 1) - spread.get(0) > 2 * Math.PI - gap + 1e-9) {
            double even = 2 * Math.PI / spread.size();
            List<Double> evenly = new ArrayList<>();
            for (int i = 0; i < spread.size(); i++) {
                evenly.add(sorted.get(0) + i * even);
            }
            return evenly;
        }
        return spread;
    }

    private static double normal(double angle) {
        double a = angle;
        while (a < -Math.PI / 2) {
            a += 2 * Math.PI;
        }
        while (a >= 3 * Math.PI / 2) {
            a -= 2 * Math.PI;
        }
        return a;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
