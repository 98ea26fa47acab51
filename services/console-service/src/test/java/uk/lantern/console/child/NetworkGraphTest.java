package uk.lantern.console.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.console.child.NetworkGraph.Key;
import uk.lantern.console.child.NetworkGraph.Kind;
import uk.lantern.console.child.NetworkGraph.Other;

class NetworkGraphTest {

    private static final double CX = NetworkGraph.WIDTH / 2.0;
    private static final double CY = NetworkGraph.HEIGHT / 2.0;

    @Test
    void the_child_is_at_the_centre_and_its_associates_then_places_evenly_round_it_from_the_top() {
        NetworkGraph g = NetworkGraph.layout("c-1", "Jade", List.of(
                new Key("POSTCODE:PE11NT", Kind.PLACE, "PE1 1NT", null),
                new Key("PHONE:077", Kind.ASSOCIATE, "Kev (phone)", null),
                new Key("PERSON_NAME:AL", Kind.ASSOCIATE, "Al", null),
                new Key("PLACE_NAME:CAR PARK", Kind.PLACE, "Car park", null)), List.of());

        assertThat(g.centre().x()).isEqualTo(CX);
        assertThat(g.centre().y()).isEqualTo(CY);
        assertThat(g.keys()).extracting(NetworkGraph.Node::label).containsExactly("Al", "Kev (phone)", "Car park",
                "PE1 1NT");
        NetworkGraph.Node top = g.keys().get(0);
        assertThat(top.x()).isCloseTo(CX, within(0.1));
        assertThat(top.y()).isCloseTo(CY - NetworkGraph.INNER, within(0.1));
        NetworkGraph.Node right = g.keys().get(1);
        assertThat(right.x()).isCloseTo(CX + NetworkGraph.INNER, within(0.1));
        assertThat(g.keys()).allSatisfy(k -> assertThat(Math.hypot(k.x() - CX, k.y() - CY))
                .isCloseTo(NetworkGraph.INNER, within(0.2)));
        assertThat(g.lines()).hasSize(4);
    }

    @Test
    void another_child_sits_on_the_outer_ring_between_the_keys_it_shares() {
        NetworkGraph g = NetworkGraph.layout("c-1", "Jade", List.of(
                new Key("A", Kind.ASSOCIATE, "A", null), new Key("B", Kind.ASSOCIATE, "B", null),
                new Key("C", Kind.ASSOCIATE, "C", null), new Key("D", Kind.ASSOCIATE, "D", null)),
                List.of(new Other("c-2", "Sam", List.of("A", "B"))));

        NetworkGraph.Node sam = g.others().get(0);
        double angle = Math.atan2(sam.y() - CY, sam.x() - CX);
        // A at the top (-90°), B on the right (0°): Sam half way, at -45°
        assertThat(Math.toDegrees(angle)).isCloseTo(-45, within(0.1));
        assertThat(Math.hypot(sam.x() - CX, sam.y() - CY)).isCloseTo(NetworkGraph.OUTER, within(0.2));
        assertThat(g.lines()).hasSize(6);
    }

    @Test
    void children_wanting_the_same_place_are_pushed_apart_along_the_ring() {
        List<Other> three = List.of(new Other("c-2", "B", List.of("A")), new Other("c-3", "C", List.of("A")),
                new Other("c-4", "D", List.of("A")));
        NetworkGraph g = NetworkGraph.layout("c-1", "Jade", List.of(new Key("A", Kind.PLACE, "A", null)), three);

        List<Double> angles = g.others().stream().map(o -> Math.atan2(o.y() - CY, o.x() - CX)).toList();
        for (int i = 1; i < angles.size(); i++) {
            assertThat(angles.get(i) - angles.get(i - 1)).isCloseTo(NetworkGraph.minimumGap(3), within(0.01));
        }
        assertThat(g.others()).extracting(NetworkGraph.Node::id).containsExactly("c-2", "c-3", "c-4");
    }

    @Test
    void too_many_children_for_the_gap_are_shared_evenly_round_the_circle() {
        List<Double> spread = NetworkGraph.spread(List.of(0.0, 0.0, 0.0, 0.0), Math.PI / 2 + 0.1);

        assertThat(spread).hasSize(4);
        assertThat(spread.get(1) - spread.get(0)).isCloseTo(Math.PI / 2, within(1e-9));
        assertThat(spread.get(3) - spread.get(0)).isCloseTo(3 * Math.PI / 2, within(1e-9));
    }

    @Test
    void the_same_network_in_another_order_is_drawn_the_same() {
        List<Key> keys = List.of(new Key("A", Kind.ASSOCIATE, "A", null), new Key("P", Kind.PLACE, "P", 14L));
        List<Other> others = List.of(new Other("c-2", "B", List.of("A")), new Other("c-3", "C", List.of("A")));

        NetworkGraph one = NetworkGraph.layout("c-1", "Jade", keys, others);
        NetworkGraph two = NetworkGraph.layout("c-1", "Jade", List.of(keys.get(1), keys.get(0)), List.of(others.get(1), others.get(0)));

        assertThat(two).isEqualTo(one);
        assertThat(one.keys().get(1).busy()).isEqualTo(14L);
    }

    @Test
    void a_long_label_is_cut_on_the_picture_only() {
        NetworkGraph.Node node = new NetworkGraph.Node("k", Kind.PLACE, "The car park behind Rivergate shopping centre",
                0, 0, null);

        assertThat(node.shortLabel()).hasSize(NetworkGraph.LABEL).endsWith("…");
        assertThat(node.label()).startsWith("The car park behind Rivergate");
    }
}
