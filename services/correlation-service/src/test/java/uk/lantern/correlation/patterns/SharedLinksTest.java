package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedLinksTest {

    private final SharedLinks links = new SharedLinks(PatternSettings.defaults());

    private static ChildFact.ChildReturned foundWith(String episode, java.time.Instant at, String phone) {
        return returnedWith(episode, at, null, new ChildFact.Associate(null, phone, null));
    }

    private static ChildFact.ChildReturned foundAt(String episode, java.time.Instant at, String place, String postcode) {
        return returnedWith(episode, at, new ChildFact.Place(place, postcode));
    }

    @Test
    void two_children_found_with_the_same_phone_however_written_are_linked_both_ways() {
        links.record("child-a", foundWith("e1", T0, "07700 900123"));
        var toEvaluate = links.record("child-b", foundWith("e2", days(30), "+447700900123"));

        assertThat(toEvaluate).containsExactly("child-a", "child-b");
        assertThat(links.active("child-a", days(31)).active()).singleElement().satisfies(alert -> {
            assertThat(alert.code()).isEqualTo(AlertCode.SHARED_ASSOCIATE);
            assertThat(alert.evidence()).containsExactly("return-e1", "return-e2");
            assertThat(alert.raisedAt()).isEqualTo(days(30));
            assertThat(alert.actors()).contains(Actor.POLICE_ANALYST);
        });
        assertThat(links.active("child-b", days(31)).active()).extracting(Alert::code)
                .containsExactly(AlertCode.SHARED_ASSOCIATE);
    }

    @Test
    void one_child_seen_twice_with_the_same_adult_is_not_a_shared_link() {
        links.record("child-a", foundWith("e1", T0, "07700 900123"));
        links.record("child-a", foundWith("e2", days(3), "07700 900123"));

        assertThat(links.active("child-a", days(4)).active()).isEmpty();
    }

    @Test
    void two_children_at_the_same_place_more_than_90_days_apart_are_not_linked() {
        links.record("child-a", foundAt("e1", T0, "The Queensgate Centre", null));
        links.record("child-b", foundAt("e2", days(90), "queensgate centre", null));

        assertThat(links.active("child-b", days(91)).active()).isEmpty();
    }

    @Test
    void two_children_at_the_same_postcode_or_place_within_90_days_share_a_location() {
        links.record("child-a", foundAt("e1", T0, "Central Park", "PE1 4LZ"));
        links.record("child-b", foundAt("e2", days(89), "central park.", "pe14lz"));

        assertThat(links.active("child-b", days(89)).active()).singleElement()
                .satisfies(alert -> assertThat(alert.code()).isEqualTo(AlertCode.SHARED_LOCATION));
    }

    @Test
    void the_link_clears_when_the_first_sighting_leaves_the_window_and_says_when() {
        links.record("child-a", foundWith("e1", T0, "07700 900123"));
        links.record("child-b", foundWith("e2", days(10), "07700900123"));
        var raised = links.evaluate("child-b", List.of(), days(11));

        assertThat(raised.raise()).hasSize(1);
        assertThat(raised.nextEvaluationAt()).contains(days(90));
        assertThat(links.evaluate("child-b", raised.raise(), days(90)).clear()).hasSize(1);
    }

    @Test
    void recording_the_same_sighting_twice_changes_nothing() {
        links.record("child-a", foundWith("e1", T0, "07700 900123"));
        links.record("child-b", foundWith("e2", days(1), "07700 900123"));
        var once = links.active("child-a", days(2));
        links.record("child-b", foundWith("e2", days(1), "07700 900123"));

        assertThat(links.active("child-a", days(2))).isEqualTo(once);
    }

    @Test
    void a_third_child_joining_the_link_does_not_raise_it_again_for_the_first_two() {
        links.record("child-a", foundWith("e1", T0, "07700 900123"));
        links.record("child-b", foundWith("e2", days(1), "07700 900123"));
        var before = links.active("child-a", days(2)).active();
        links.record("child-c", foundWith("e3", days(2), "07700 900123"));

        assertThat(links.active("child-a", days(3)).active()).isEqualTo(before);
        assertThat(links.active("child-c", days(3)).active()).singleElement()
                .satisfies(alert -> assertThat(alert.evidence()).containsExactly("return-e1", "return-e2", "return-e3"));
    }

    @Test
    void sightings_recorded_in_any_order_give_the_same_links() {
        var sightings = List.of(
                new Object[] {"child-a", foundWith("e1", T0, "07700 900123")},
                new Object[] {"child-b", foundWith("e2", days(5), "+447700900123")},
                new Object[] {"child-c", foundAt("e3", days(6), "Central Park", "PE1 4LZ")},
                new Object[] {"child-a", foundAt("e4", days(7), "central park", null)},
                new Object[] {"child-c", foundWith("e5", days(50), "07700900123")});
        var reference = new SharedLinks(PatternSettings.defaults());
        sightings.forEach(s -> reference.record((String) s[0], (ChildFact) s[1]));

        for (var seed = 0; seed < 20; seed++) {
            var shuffled = new java.util.ArrayList<>(sightings);
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            var other = new SharedLinks(PatternSettings.defaults());
            shuffled.forEach(s -> other.record((String) s[0], (ChildFact) s[1]));
            for (var child : List.of("child-a", "child-b", "child-c")) {
                assertThat(other.active(child, days(60))).isEqualTo(reference.active(child, days(60)));
            }
        }
        assertThat(reference.active("child-a", days(60)).active()).extracting(Alert::code)
                .containsExactlyInAnyOrder(AlertCode.SHARED_ASSOCIATE, AlertCode.SHARED_LOCATION);
    }

    @Test
    void a_shared_link_says_which_adult_which_other_child_and_over_what_period() {
        links.record("child-a", foundWith("e1", T0, "07700 900123"));
        links.record("child-b", foundWith("e2", days(30), "+447700900123"));

        assertThat(links.active("child-a", days(31)).active()).singleElement().satisfies(alert -> {
            assertThat(alert.summary()).isEqualTo("Seen with the same associate (07700 900123) as 1 other child, "
                    + "between 2 Nov 2026 and 2 Dec 2026");
            assertThat(alert.relatedChildren()).containsExactly("child-b");
        });
    }

    @Test
    void a_generic_place_name_never_links_children() {
        var settings = PatternSettings.defaults().sharedLinks();
        for (var generic : List.of("Home address", "home", "Placement address", "School", "Friend's address")) {
            var found = foundAt("e1", T0, generic, null);
            assertThat(SharedLinks.linkSightingsOf("child-a", found, java.time.ZoneOffset.UTC, settings, List.of()))
                    .as(generic).isEmpty();
        }
        var takeaway = foundAt("e1", T0, "Golden Dragon takeaway", null);
        assertThat(SharedLinks.linkSightingsOf("child-a", takeaway, java.time.ZoneOffset.UTC, settings, List.of()))
                .extracting(s -> s.key().value()).containsExactly("golden dragon takeaway");
    }

    @Test
    void a_childs_own_home_or_placement_is_never_a_link_key_but_another_childs_home_is_a_place() {
        var settings = PatternSettings.defaults().sharedLinks();
        var atHome = foundAt("e1", T0, "12 Oak Road", "PE1 2AB");

        assertThat(SharedLinks.linkSightingsOf("child-a", atHome, java.time.ZoneOffset.UTC, settings,
                List.of("pe1 2ab"))).isEmpty();
        assertThat(SharedLinks.linkSightingsOf("child-b", atHome, java.time.ZoneOffset.UTC, settings,
                List.of("PE3 9ZZ"))).extracting(s -> s.key().kind())
                .containsExactlyInAnyOrder(SharedLinks.LinkKey.Kind.POSTCODE, SharedLinks.LinkKey.Kind.PLACE_NAME);
    }

    @Test
    void a_place_seen_with_more_children_than_the_setting_is_a_hotspot_not_a_pairwise_alert_per_child() {
        for (int i = 0; i < 26; i++) {
            links.record("child-" + i, foundAt("e" + i, days(i), "Queensgate Centre", null));
        }
        var key = new SharedLinks.LinkKey(SharedLinks.LinkKey.Kind.PLACE_NAME, "queensgate centre");

        assertThat(links.active("child-0", days(26)).active()).as("26 children: a hotspot").isEmpty();
        var hotspot = links.hotspot(key, days(26));
        assertThat(hotspot.hotspot()).get().satisfies(h -> {
            assertThat(h.children()).hasSize(26);
            assertThat(h.summary(java.time.ZoneId.of("Europe/London"))).startsWith("Queensgate Centre: 26 "
                    + "children seen there between 2 Nov 2026 and 27 Nov 2026");
        });
        // when the first child's sighting leaves the window, 25 remain: pairwise alerts again, and no hotspot
        assertThat(hotspot.nextChange()).contains(days(90));
        assertThat(links.hotspot(key, days(90)).hotspot()).isEmpty();
        assertThat(links.active("child-1", days(90)).active()).extracting(Alert::code)
                .containsExactly(AlertCode.SHARED_LOCATION);
    }

    @Test
    void twenty_five_children_at_one_place_are_still_linked_pairwise() {
        for (int i = 0; i < 25; i++) {
            links.record("child-" + i, foundAt("e" + i, days(i), "Queensgate Centre", null));
        }
        var key = new SharedLinks.LinkKey(SharedLinks.LinkKey.Kind.PLACE_NAME, "queensgate centre");

        assertThat(links.hotspot(key, days(25)).hotspot()).isEmpty();
        assertThat(links.active("child-0", days(25)).active()).hasSize(1);
    }

    @Test
    void a_place_linked_by_its_name_and_its_postcode_is_described_alike_from_either_key() {
        links.record("child-a", foundAt("e1", T0, "Bus station", "PE1 2BB"));
        links.record("child-b", foundAt("e2", days(2), "Bus Station", "pe1 2bb"));

        assertThat(links.active("child-a", days(3)).active()).singleElement().satisfies(alert -> {
            assertThat(alert.code()).isEqualTo(AlertCode.SHARED_LOCATION);
            assertThat(alert.summary()).isEqualTo("Seen at the same place (Bus station, PE1 2BB) as 1 other child, "
                    + "between 2 Nov 2026 and 4 Nov 2026");
        });
    }
}
