package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.lantern.correlation.projection.AlertProjection;
import uk.lantern.correlation.projection.ProfileProjection;
import uk.lantern.correlation.support.ApiWithoutTopology;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.correlation.AlertRaised;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.CorrelationEventTypes;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.testsupport.Api;

/**
 * An alert says about whom (the child's name and age from the profile as it is when the alert is read, following a
 * merge), who acted on it by name, and the area the child lives in. On the real broker and store, the topology not
 * running; the clock is at {@link WithoutTopology#START} (23 Nov 2026), so a child born on 1 May 2012 is 14.
 */
@WithoutTopology
class AlertsSayAboutWhomTest extends ApiWithoutTopology {

    static final LocalDate BORN = LocalDate.of(2012, 5, 1);

    @Autowired
    MongoTemplate mongo;

    // --- 1. about whom ---------------------------------------------------------------------------------------------

    @Test
    void an_alert_names_its_child_and_age_from_the_profile_when_read_and_a_corrected_name_shows_at_the_next_read() {
        String child = Correlated.uniqueChildId();
        profile(child, 1, "Kai", "Brown", "PE1 4LZ");
        String alertId = raised(child, "NEED_TO_KNOW", "Looked-after child missing", null);

        JsonNode alert = api().get("/alerts/" + alertId).body();
        assertThat(alert.at("/child/childId").asString()).isEqualTo(child);
        assertThat(alert.at("/child/name").asString()).isEqualTo("Kai Brown");
        assertThat(alert.at("/child/age").asInt()).isEqualTo(14);
        JsonNode listed = api().get("/alerts?childId=" + child).body().at("/alerts/0");
        assertThat(listed.at("/child/name").asString()).isEqualTo("Kai Brown");

        profile(child, 2, "Kai", "Browne", "PE1 4LZ");
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(api().get("/alerts/" + alertId).body()
                .at("/child/name").asString()).isEqualTo("Kai Browne"));
        assertThat(mongo.getCollection(AlertProjection.COLLECTION).find(Filters.eq("_id", alertId)).first())
                .as("no name is kept on the alert").doesNotContainKeys("child", "childName");
    }

    @Test
    void an_alert_of_a_child_merged_into_another_names_the_child_it_joined_and_the_list_read_is_logged_under_it() {
        String merged = Correlated.uniqueChildId();
        String survivor = Correlated.uniqueChildId();
        profile(merged, 1, "Kai", "Brwon", "PE1 4LZ");
        String alertId = raised(merged, "REPEAT_MISSING", "Missing 3 times in 30 days", null);
        // the records of the merged child now resolve to the survivor; its profile is a tombstone
        feed().send(CorrelationTopics.IDENTITY.name(), "rec-" + merged,
                Correlated.resolved("rec-" + merged, survivor, List.of(merged)));
        profile(survivor, 3, "Kai", "Brown", "PE4 6QW");
        feed().send(CorrelationTopics.CHILD_PROFILES.name(), merged, (byte[]) null);
        Awaitility.await().atMost(WAIT).until(() -> api().get("/children/" + merged).status() == 404);

        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            JsonNode alert = api().get("/alerts/" + alertId).body();
            assertThat(alert.path("childId").asString()).as("as the alert was raised").isEqualTo(merged);
            assertThat(alert.at("/child/childId").asString()).isEqualTo(survivor);
            assertThat(alert.at("/child/name").asString()).isEqualTo("Kai Brown");
            assertThat(alert.path("area").asString()).isEqualTo("North");
        });

        assertThat(api().withHeaders("Lantern-Purpose", "Alerts board").get("/alerts?childId=" + merged).status())
                .isEqualTo(200);
        JsonNode logged = new Api(port).as("manager").get("/access-log?child=" + survivor).body();
        assertThat(logged).anySatisfy(entry -> {
            assertThat(entry.path("operation").asString()).isEqualTo("GET /alerts");
            assertThat(entry.path("action").asString()).isEqualTo("READ_LIST");
            assertThat(entry.path("children").valueStream().map(JsonNode::asString).toList())
                    .contains(merged, survivor, alertId);
            assertThat(entry.path("purpose").asString()).isEqualTo("Alerts board");
        });
    }

    @Test
    void a_possible_same_child_names_both_children_in_words_and_no_record_keys_and_the_read_is_logged_under_both() {
        String child = Correlated.uniqueChildId();
        String other = Correlated.uniqueChildId();
        profile(child, 1, "Kai", "Brown", "PE1 4LZ");
        profile(other, 1, "Kay", "Brown", "PE1 4LZ");
        String now = raised(child, "POSSIBLE_SAME_CHILD",
                "This child and another child may be the same child (score 9.3): below link threshold", other);
        String old = raised(child, "POSSIBLE_SAME_CHILD", "Records missing-episode-service|ep-1|ab12 and "
                + "cme-register-service|e-9|cd34 may be the same child (score 8.1): below link threshold", other);

        JsonNode alert = api().get("/alerts/" + now).body();
        assertThat(alert.path("summary").asString())
                .isEqualTo("Kai Brown (14) and Kay Brown (14) may be the same child (score 9.3): below link threshold");
        assertThat(alert.at("/relatedChild/childId").asString()).isEqualTo(other);
        assertThat(alert.at("/relatedChild/name").asString()).isEqualTo("Kay Brown");
        assertThat(api().get("/alerts/" + old).body().path("summary").asString())
                .isEqualTo("Kai Brown (14) and Kay Brown (14) may be the same child (score 8.1): below link threshold")
                .doesNotContain("missing-episode-service|");

        api().get("/alerts?childId=" + child + "&code=POSSIBLE_SAME_CHILD");
        JsonNode logged = new Api(port).as("manager").get("/access-log?child=" + other).body();
        assertThat(logged).anySatisfy(entry -> assertThat(entry.path("operation").asString())
                .isEqualTo("GET /alerts"));
    }

    @Test
    void a_possible_same_child_whose_other_child_is_not_known_says_so_without_record_keys() {
        String child = Correlated.uniqueChildId();
        profile(child, 1, "Kai", "Brown", null);
        String alertId = raised(child, "POSSIBLE_SAME_CHILD", "Records a|1|x and b|2|y may be the same child "
                + "(score 7.0): below link threshold", Correlated.uniqueChildId());

        assertThat(api().get("/alerts/" + alertId).body().path("summary").asString())
                .isEqualTo("This child and another child may be the same child (score 7.0): below link threshold");
    }

    // --- 1b. the other children of a shared place or adult -----------------------------------------------------------

    @Test
    void a_shared_associate_names_the_other_children_from_their_profiles_when_read_and_is_logged_under_each() {
        String child = Correlated.uniqueChildId();
        String leah = Correlated.uniqueChildId();
        String jay = Correlated.uniqueChildId();
        profile(child, 1, "Kai", "Brown", "PE1 4LZ");
        profile(leah, 1, "Leah", "Smith", "PE4 6QW", LocalDate.of(2013, 1, 10));
        profile(jay, 1, "Jay", "Jones", null, LocalDate.of(2011, 6, 1));
        String stored = "Seen with the same associate (Dean Marsh, 07700 900123) as 2 other children, on 20 Nov 2026";
        String alertId = raised(child, "SHARED_ASSOCIATE", stored, null, List.of(leah, jay));

        JsonNode alert = api().withHeaders("Lantern-Purpose", "Working an alert").get("/alerts/" + alertId).body();
        assertThat(alert.path("summary").asString()).isEqualTo(
                "Seen with the same associate (Dean Marsh, 07700 900123) as Leah Smith (13) and Jay Jones (15), "
                        + "on 20 Nov 2026");
        assertThat(alert.path("relatedChildren").valueStream()
                .map(c -> c.path("childId").asString() + " " + c.path("name").asString() + " " + c.path("age").asInt())
                .toList()).containsExactly(leah + " Leah Smith 13", jay + " Jay Jones 15");
        assertThat(alert.path("relatedChildIds").valueStream().map(JsonNode::asString).toList())
                .as("as the alert was raised").containsExactly(leah, jay);
        JsonNode listed = api().get("/alerts?childId=" + child + "&code=SHARED_ASSOCIATE").body().at("/alerts/0");
        assertThat(listed.at("/relatedChildren/1/name").asString()).isEqualTo("Jay Jones");
        assertThat(mongo.getCollection(AlertProjection.COLLECTION).find(Filters.eq("_id", alertId)).first())
                .as("no name is kept on the alert").doesNotContainKey("relatedChildren")
                .containsEntry("summary", stored);

        for (String other : List.of(leah, jay)) {
            JsonNode logged = new Api(port).as("manager").get("/access-log?child=" + other).body();
            assertThat(logged).as("logged under " + other).anySatisfy(entry -> {
                assertThat(entry.path("operation").asString()).isEqualTo("GET /alerts/{alertId}");
                assertThat(entry.path("purpose").asString()).isEqualTo("Working an alert");
            });
            assertThat(logged).anySatisfy(entry -> assertThat(entry.path("operation").asString())
                    .isEqualTo("GET /alerts"));
        }
    }

    @Test
    void a_shared_location_follows_another_child_merged_away_and_counts_one_not_known_now() {
        String child = Correlated.uniqueChildId();
        String merged = Correlated.uniqueChildId();
        String survivor = Correlated.uniqueChildId();
        String gone = Correlated.uniqueChildId();
        profile(child, 1, "Kai", "Brown", "PE1 4LZ");
        profile(merged, 1, "Lea", "Smyth", "PE4 6QW", LocalDate.of(2013, 1, 10));
        String alertId = raised(child, "SHARED_LOCATION", "Seen at the same place (Bus station, PE1 2BB) as 2 other "
                + "children, between 3 Nov 2026 and 5 Nov 2026", null, List.of(merged, gone));
        feed().send(CorrelationTopics.IDENTITY.name(), "rec-" + merged,
                Correlated.resolved("rec-" + merged, survivor, List.of(merged)));
        profile(survivor, 2, "Leah", "Smith", "PE4 6QW", LocalDate.of(2013, 1, 10));
        feed().send(CorrelationTopics.CHILD_PROFILES.name(), merged, (byte[]) null);
        Awaitility.await().atMost(WAIT).until(() -> api().get("/children/" + merged).status() == 404);

        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            JsonNode alert = api().get("/alerts/" + alertId).body();
            assertThat(alert.path("summary").asString()).isEqualTo("Seen at the same place (Bus station, PE1 2BB) as "
                    + "Leah Smith (13) and 1 other child, between 3 Nov 2026 and 5 Nov 2026");
            assertThat(alert.path("relatedChildren").size()).isEqualTo(1);
            assertThat(alert.at("/relatedChildren/0/childId").asString()).isEqualTo(survivor);
        });
        JsonNode logged = new Api(port).as("manager").get("/access-log?child=" + survivor).body();
        assertThat(logged).anySatisfy(entry -> {
            assertThat(entry.path("operation").asString()).isEqualTo("GET /alerts/{alertId}");
            assertThat(entry.path("children").valueStream().map(JsonNode::asString).toList())
                    .contains(alertId, child, merged, survivor, gone);
        });
    }

    @Test
    void a_shared_place_whose_other_children_are_none_known_now_keeps_its_count() {
        String child = Correlated.uniqueChildId();
        profile(child, 1, "Kai", "Brown", "PE1 4LZ");
        String words = "Seen at the same place (Bus station, PE1 2BB) as 1 other child, on 3 Nov 2026";
        String alertId = raised(child, "SHARED_LOCATION", words, null, List.of(Correlated.uniqueChildId()));

        JsonNode alert = api().get("/alerts/" + alertId).body();
        assertThat(alert.path("summary").asString()).isEqualTo(words);
        assertThat(alert.path("relatedChildren").isArray()).isTrue();
        assertThat(alert.path("relatedChildren").size()).isZero();
    }

    // --- 2. who acted, by name -------------------------------------------------------------------------------------

    @Test
    void who_acknowledged_assigned_and_resolved_is_kept_as_the_subject_with_the_persons_name_beside_it() {
        String child = Correlated.uniqueChildId();
        profile(child, 1, "Kai", "Brown", "PE1 4LZ");
        String alertId = raised(child, "NEED_TO_KNOW", "Looked-after child missing", null);

        api().post("/alerts/" + alertId + "/acknowledge", "{}");
        api().post("/alerts/" + alertId + "/assign", "{\"to\":\"North team\",\"assignee\":\"TEAM\"}");
        JsonNode resolved = api().post("/alerts/" + alertId + "/resolve",
                "{\"outcome\":\"ACTION_TAKEN\",\"note\":\"Found and home\"}").body();

        assertThat(resolved.path("acknowledgedBy").asString()).isEqualTo("coordinator");
        assertThat(resolved.path("acknowledgedByName").asString()).isEqualTo("Amira Khan");
        assertThat(resolved.path("assignedBy").asString()).isEqualTo("coordinator");
        assertThat(resolved.path("assignedByName").asString()).isEqualTo("Amira Khan");
        assertThat(resolved.path("resolvedBy").asString()).isEqualTo("coordinator");
        assertThat(resolved.path("resolvedByName").asString()).isEqualTo("Amira Khan");
        assertThat(mongo.getCollection(AlertProjection.COLLECTION).find(Filters.eq("_id", alertId)).first())
                .containsEntry("acknowledgedBy", "coordinator").containsEntry("acknowledgedByName", "Amira Khan");
    }

    @Test
    void an_alert_worked_before_names_were_kept_shows_the_subject_as_the_name() {
        String child = Correlated.uniqueChildId();
        String alertId = raised(child, "NEED_TO_KNOW", "Looked-after child missing", null);
        api().post("/alerts/" + alertId + "/assign", "{\"to\":\"sam\"}");
        mongo.getCollection(AlertProjection.COLLECTION).updateOne(Filters.eq("_id", alertId), Updates.combine(
                Updates.unset("acknowledgedByName"), Updates.unset("assignedByName")));

        JsonNode alert = api().get("/alerts/" + alertId).body();
        assertThat(alert.path("acknowledgedByName").asString()).isEqualTo("coordinator");
        assertThat(alert.path("assignedByName").asString()).isEqualTo("coordinator");
        assertThat(alert.path("resolvedByName").isValueNode()).as("nobody resolved it").isFalse();
        assertThat(alert.path("child").isObject()).as("no profile for the child").isFalse();
        assertThat(alert.path("area").asString()).isEqualTo("Area not known");
    }

    // --- 3. area ---------------------------------------------------------------------------------------------------

    @Test
    void an_alert_is_in_the_area_of_its_childs_home_postcode_and_the_board_filters_by_area() {
        String north = Correlated.uniqueChildId();
        String central = Correlated.uniqueChildId();
        String elsewhere = Correlated.uniqueChildId();
        String nowhere = Correlated.uniqueChildId();
        profile(north, 1, "Kai", "Brown", "pe4 6qw");
        profile(central, 1, "Amelia", "Jones", "PE1 2RX");
        profile(elsewhere, 1, "Zoe", "Hart", "ZZ9 9ZZ");
        profile(nowhere, 1, "Leo", "Hart", null);
        String inNorth = raised(north, "NEED_TO_KNOW", "Looked-after child missing", null);
        String inCentral = raised(central, "NEED_TO_KNOW", "Looked-after child missing", null);
        String unmapped = raised(elsewhere, "NEED_TO_KNOW", "Looked-after child missing", null);
        String none = raised(nowhere, "NEED_TO_KNOW", "Looked-after child missing", null);

        assertThat(api().get("/alerts/" + inNorth).body().path("area").asString()).isEqualTo("North");
        assertThat(api().get("/alerts/" + inCentral).body().path("area").asString()).isEqualTo("Central");
        assertThat(api().get("/alerts/" + unmapped).body().path("area").asString()).isEqualTo("Area not known");
        assertThat(api().get("/alerts/" + none).body().path("area").asString()).isEqualTo("Area not known");

        JsonNode northOnly = api().get("/alerts?area=north&code=NEED_TO_KNOW&size=500").body().path("alerts");
        List<String> ids = northOnly.valueStream().map(a -> a.path("alertId").asString()).toList();
        assertThat(ids).contains(inNorth).doesNotContain(inCentral, unmapped, none);
        assertThat(northOnly).allSatisfy(a -> assertThat(a.path("area").asString()).isEqualTo("North"));

        String noProfile = raised(Correlated.uniqueChildId(), "NEED_TO_KNOW", "Looked-after child missing", null);
        for (String notKnown : List.of("Area not known", "area not known")) {
            JsonNode unplaced = api().get("/alerts?area=" + notKnown.replace(' ', '+') + "&code=NEED_TO_KNOW&size=500")
                    .body().path("alerts");
            assertThat(unplaced.valueStream().map(a -> a.path("alertId").asString()).toList())
                    .as("no postcode, one no area covers, no profile").contains(unmapped, none, noProfile)
                    .doesNotContain(inNorth, inCentral);
            assertThat(unplaced).allSatisfy(a -> assertThat(a.path("area").asString()).isEqualTo("Area not known"));
        }

        JsonNode areas = api().get("/alerts/areas").body();
        assertThat(areas.valueStream().map(a -> a.path("name").asString()).toList())
                .containsExactly("Central", "North", "West", "South");
        assertThat(areas.get(1).path("postcodeDistricts").valueStream().map(JsonNode::asString).toList())
                .containsExactly("PE4", "PE6");
    }

    @Test
    void an_unknown_area_is_a_400_problem_naming_area() {
        Api.Response bad = api().get("/alerts?area=Atlantis");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body().at("/errors/0/field").asString()).isEqualTo("area");
        assertThat(bad.body().toString()).contains("Central", "North", "Area not known");
    }

    @Test
    void an_alert_of_a_child_merged_into_a_child_with_an_area_is_found_in_that_area_and_not_in_area_not_known() {
        String merged = Correlated.uniqueChildId();
        String survivor = Correlated.uniqueChildId();
        profile(merged, 1, "Kai", "Brwon", null);
        String alertId = raised(merged, "RHI_OVERDUE", "Return interview overdue", null);
        assertThat(ids("/alerts?area=Area+not+known&code=RHI_OVERDUE&size=500")).contains(alertId);

        feed().send(CorrelationTopics.IDENTITY.name(), "rec-" + merged,
                Correlated.resolved("rec-" + merged, survivor, List.of(merged)));
        profile(survivor, 3, "Kai", "Brown", "PE3 9AB");
        feed().send(CorrelationTopics.CHILD_PROFILES.name(), merged, (byte[]) null);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(api().get("/alerts/" + alertId).body()
                .path("area").asString()).isEqualTo("West"));

        assertThat(ids("/alerts?area=West&code=RHI_OVERDUE&size=500")).contains(alertId);
        assertThat(ids("/alerts?area=Area+not+known&code=RHI_OVERDUE&size=500")).doesNotContain(alertId);
    }

    List<String> ids(String path) {
        return api().get(path).body().path("alerts").valueStream().map(a -> a.path("alertId").asString()).toList();
    }

    @Test
    void the_areas_are_for_the_people_who_read_alerts() {
        assertThat(new Api(port).as("mace").get("/alerts/areas").status()).isEqualTo(200);
        assertThat(new Api(port).as("analyst").get("/alerts/areas").status()).isEqualTo(403);
        assertThat(new Api(port).get("/alerts/areas").status()).isEqualTo(401);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    void profile(String childId, long version, String given, String family, String homePostcode) {
        profile(childId, version, given, family, homePostcode, BORN);
    }

    void profile(String childId, long version, String given, String family, String homePostcode, LocalDate born) {
        Instant at = WithoutTopology.START.minus(Duration.ofDays(1));
        ChildProfile p = new ChildProfile(childId, version, at.plusSeconds(version), List.of("rec-" + childId),
                List.of(new ChildProfile.Identifier("NHS", Correlated.uniqueNhsNumber(), "missing-episode-service")),
                List.of(new ChildProfile.Name(given, family, "missing-episode-service")), born, "MALE",
                homePostcode == null ? List.of() : List.of(homePostcode), false, null, 1, 1, 1, "MISSING_FROM_CARE",
                List.of(), null, null, List.of(), 10, List.of(), List.of(), List.of(), null, List.of(), null,
                List.of(), null, homePostcode);
        feed().send(CorrelationTopics.CHILD_PROFILES.name(), p);
        Awaitility.await().atMost(WAIT).until(() -> {
            var stored = mongo.getCollection(ProfileProjection.COLLECTION).find(Filters.eq("_id", childId)).first();
            return stored != null && ((Number) stored.get("version")).longValue() == version;
        });
    }

    String raised(String childId, String code, String summary, String relatedChildId) {
        return raised(childId, code, summary, relatedChildId, List.of());
    }

    String raised(String childId, String code, String summary, String relatedChildId, List<String> relatedChildIds) {
        Instant recordedAt = WithoutTopology.START.minusSeconds(600);
        Instant raisedAt = recordedAt.truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        return raisedAlert(Envelope.of(CorrelationEventTypes.ALERT_RAISED, UUID.randomUUID(), raisedAt, recordedAt,
                "correlation-service", Correlated.NONE, new AlertRaised(UUID.randomUUID().toString(), code, "HIGH",
                        childId, List.of("ev-1"), raisedAt, raisedAt.plusSeconds(3600),
                        List.of("MISSING_COORDINATOR"), summary, relatedChildId, relatedChildIds)));
    }
}
