package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import uk.lantern.correlation.support.ApiWithoutTopology;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.ChildProfile.Link;
import uk.lantern.testsupport.Api;

/**
 * {@code GET /children/{id}/network} keeps to a time window and a cap, on the real broker and store: profiles are
 * published as the topology would, through the projection, and the API is read. The settings are small here (busy
 * above 3 children, 2 shown unless asked, at most 10) so a busy key needs only four children.
 */
@WithoutTopology
@TestPropertySource(properties = {
        "lantern.correlation.network.busy-above=3",
        "lantern.correlation.network.limit=2",
        "lantern.correlation.network.max-limit=10"})
class NetworkWindowAndCapTest extends ApiWithoutTopology {

    /** The test clock's now; the window is 365 days back from it unless asked. */
    static final Instant NOW = WithoutTopology.START;

    // --- the window -----------------------------------------------------------------------------------------

    @Test
    void a_link_seen_within_the_window_shows_and_one_seen_before_it_does_not() {
        String phone = key("PHONE");
        String postcode = key("POSTCODE");
        ChildProfile amelia = child("Amelia", link(phone, 10), link(postcode, 400));
        ChildProfile kai = child("Kai", link(phone, 5));
        ChildProfile zoe = child("Zoe", link(postcode, 3));
        ChildProfile liam = child("Liam", link(phone, 500));
        published(kai, zoe, liam, amelia);

        JsonNode lastYear = network(amelia, "");
        assertThat(ids(lastYear)).as("365 days by default")
                .containsExactlyInAnyOrder(amelia.childId(), phone, kai.childId());
        assertThat(Instant.parse(lastYear.at("/window/since").asString())).isEqualTo(NOW.minus(Duration.ofDays(365)));
        assertThat(lastYear.path("edges")).filteredOn(e -> e.path("from").asString().equals(kai.childId()))
                .singleElement().satisfies(e -> {
                    assertThat(e.path("to").asString()).isEqualTo(phone);
                    assertThat(Instant.parse(e.path("lastSeenAt").asString())).isEqualTo(daysAgo(5));
                });
        assertThat(lastYear.path("truncated").asBoolean()).isFalse();

        assertThat(ids(network(amelia, "?days=600&limit=10"))).containsExactlyInAnyOrder(amelia.childId(), phone, postcode,
                kai.childId(), zoe.childId(), liam.childId());
        assertThat(ids(network(amelia, "?since=2026-11-20"))).as("the phone was last seen 10 days ago")
                .containsExactly(amelia.childId());
        assertThat(ids(network(amelia, "?since=" + daysAgo(6)))).containsExactlyInAnyOrder(amelia.childId());
        assertThat(ids(network(kai, "?since=" + daysAgo(6)))).as("Amelia's sighting of the phone is older")
                .containsExactlyInAnyOrder(kai.childId(), phone);
    }

    // --- the cap --------------------------------------------------------------------------------------------

    @Test
    void the_cap_keeps_the_children_sharing_most_keys_then_the_latest_seen_and_says_how_many_were_left_out() {
        String a = key("PHONE");
        String b = key("VEHICLE");
        String c = key("PERSON_NAME");
        ChildProfile amelia = child("Amelia", link(a, 1), link(b, 1), link(c, 1));
        ChildProfile sharesThree = child("Three", link(a, 30), link(b, 30), link(c, 30));
        ChildProfile sharesTwo = child("Two", link(a, 2), link(b, 2));
        ChildProfile sharesOneLately = child("Lately", link(c, 1));
        ChildProfile sharesOneEarlier = child("Earlier", link(a, 20));
        published(sharesOneEarlier, sharesOneLately, sharesTwo, sharesThree, amelia);

        JsonNode capped = network(amelia, "");
        assertThat(children(capped)).as("2 unless asked (the setting)")
                .containsExactly(amelia.childId(), sharesThree.childId(), sharesTwo.childId());
        assertThat(capped.path("truncated").asBoolean()).isTrue();
        assertThat(capped.path("childrenLeftOut").asInt()).isEqualTo(2);
        assertThat(capped.path("busyKeys")).isEmpty();
        assertThat(capped.path("edges")).filteredOn(e -> e.path("from").asString().equals(sharesThree.childId()))
                .extracting(e -> e.path("to").asString()).containsExactlyInAnyOrder(a, b, c);
        assertThat(capped.at("/window/limit").asInt()).isEqualTo(2);

        JsonNode three = network(amelia, "?limit=3");
        assertThat(children(three)).as("of those sharing one key, the one seen latest")
                .containsExactly(amelia.childId(), sharesThree.childId(), sharesTwo.childId(),
                        sharesOneLately.childId());
        assertThat(three.path("childrenLeftOut").asInt()).isEqualTo(1);

        JsonNode all = network(amelia, "?limit=10");
        assertThat(children(all)).hasSize(5);
        assertThat(all.path("childrenLeftOut").asInt()).isZero();
        assertThat(all.path("truncated").asBoolean()).isFalse();
    }

    // --- busy keys ------------------------------------------------------------------------------------------

    @Test
    void a_key_shared_by_more_children_than_the_setting_is_shown_with_its_count_and_not_expanded() {
        String cityCentre = key("POSTCODE");
        String phone = key("PHONE");
        ChildProfile amelia = child("Amelia", link(cityCentre, 3), link(phone, 3));
        ChildProfile alsoWithPhone = child("Kai", link(cityCentre, 4), link(phone, 4));
        ChildProfile onlyPhone = child("Zoe", link(phone, 8));
        List<ChildProfile> passersBy = List.of(child("Ann", link(cityCentre, 1)), child("Ben", link(cityCentre, 2)),
                child("Cal", link(cityCentre, 5)));
        published(alsoWithPhone, onlyPhone, passersBy.get(0), passersBy.get(1), passersBy.get(2), amelia);

        JsonNode network = network(amelia, "");

        assertThat(children(network)).as("the busy postcode's children are not drawn")
                .containsExactly(amelia.childId(), alsoWithPhone.childId(), onlyPhone.childId());
        assertThat(network.path("nodes")).filteredOn(n -> n.path("id").asString().equals(cityCentre))
                .singleElement().satisfies(n -> {
                    assertThat(n.path("type").asString()).isEqualTo("PLACE");
                    assertThat(n.path("children").asLong()).isEqualTo(4);
                });
        assertThat(network.path("nodes")).filteredOn(n -> n.path("id").asString().equals(phone))
                .singleElement().satisfies(n -> assertThat(n.has("children")).isFalse());
        assertThat(network.path("busyKeys")).singleElement().satisfies(busy -> {
            assertThat(busy.path("key").asString()).isEqualTo(cityCentre);
            assertThat(busy.path("children").asLong()).isEqualTo(4);
        });
        assertThat(network.path("truncated").asBoolean()).isTrue();
        assertThat(network.path("childrenLeftOut").asInt()).isZero();
        assertThat(network.path("edges")).extracting(e -> e.path("from").asString() + "->" + e.path("to").asString())
                .containsExactlyInAnyOrder(amelia.childId() + "->" + cityCentre, amelia.childId() + "->" + phone,
                        alsoWithPhone.childId() + "->" + cityCentre, alsoWithPhone.childId() + "->" + phone,
                        onlyPhone.childId() + "->" + phone);

        assertThat(network(amelia, "?since=" + daysAgo(3)).path("busyKeys")).as("in the last 3 days only Ann and "
                + "Ben were seen there: 2 children, not busy").isEmpty();
    }

    // --- bad requests ---------------------------------------------------------------------------------------

    @Test
    void a_bad_limit_since_or_days_is_a_400_problem_naming_the_parameter() {
        ChildProfile amelia = child("Amelia", link(key("PHONE"), 1));
        published(amelia);

        for (String query : List.of("limit=0", "limit=11", "limit=ten", "limit=", "since=yesterday",
                "since=2026-13-01", "since=2030-01-01", "days=0", "days=many", "since=2026-01-01&days=30")) {
            Api.Response refused = api().get("/children/" + amelia.childId() + "/network?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(query).startsWith("application/problem+json");
            assertThat(refused.body().at("/errors/0/field").asString()).as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(api().get("/children/" + amelia.childId() + "/network?limit=10&since=2026-01-01T00:00:00Z")
                .status()).isEqualTo(200);
    }

    @Test
    void the_window_and_cap_parameters_are_documented() {
        JsonNode parameters = api().get("/v3/api-docs").body()
                .at("/paths/~1children~1{childId}~1network/get/parameters");

        assertThat(parameters).extracting(p -> p.path("name").asString())
                .contains("childId", "since", "days", "limit");
        assertThat(parameters).filteredOn(p -> p.path("name").asString().equals("limit")).singleElement()
                .satisfies(p -> assertThat(p.path("description").asString()).contains("max-limit"));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    JsonNode network(ChildProfile child, String query) {
        Api.Response response = api().get("/children/" + child.childId() + "/network" + query);
        assertThat(response.status()).as(query).isEqualTo(200);
        return response.body();
    }

    static List<String> ids(JsonNode network) {
        return network.path("nodes").valueStream().map(n -> n.path("id").asString()).toList();
    }

    /** The child nodes, in the order the answer gives them: the child, then the others by rank. */
    static List<String> children(JsonNode network) {
        return network.path("nodes").valueStream().filter(n -> n.path("type").asString().equals("CHILD"))
                .map(n -> n.path("id").asString()).toList();
    }

    static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    /** A key no other test uses, so children of other tests in the shared store never join. */
    static String key(String kind) {
        return kind + ":" + UUID.randomUUID();
    }

    /** Seen with the key once, that many days before the test clock's now. */
    static Link link(String key, long daysAgo) {
        return new Link(key, daysAgo(daysAgo), daysAgo(daysAgo), 1);
    }

    /** A profile as the builder writes it: link keys and their dated links. */
    static ChildProfile child(String givenName, Link... links) {
        ChildProfile p = Correlated.profile(Correlated.uniqueChildId(), 1, Correlated.uniqueNhsNumber(), givenName,
                List.of(), List.of(), List.of());
        List<Link> dated = Arrays.stream(links).sorted(Comparator.comparing(Link::key)).toList();
        return new ChildProfile(p.childId(), p.version(), p.asOf(), p.records(), p.identifiers(), p.names(),
                p.dateOfBirth(), p.sex(), p.postcodes(), p.missingNow(), p.missingSince(), p.episodesLast30Days(),
                p.episodesLast90Days(), p.episodesLast365Days(), p.homeOrCare(), p.episodes(), p.cme(),
                p.exploitation(), p.openFlags(), p.maceScore(), p.associates(), p.places(),
                dated.stream().map(Link::key).toList(), p.mergedInto(), dated);
    }
}
