package uk.lantern.correlation.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.api.AreaSettings;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.testsupport.EmbeddedInfra;

/**
 * Each profile is stored with the area of its home postcode, and the areas stored are those of the settings the
 * service runs with: a start with other areas (or on a store written before areas were kept) recomputes them once;
 * a start with the same areas reads no profile. On the MongoDB-wire store, each test with a database of its own.
 */
class ProfileAreasTest {

    static MongoClient client;
    MongoTemplate mongo;

    @BeforeAll
    static void store() {
        client = MongoClients.create(EmbeddedInfra.mongo().connectionString());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void database() {
        mongo = new MongoTemplate(client, "correlation-areas-" + UUID.randomUUID());
    }

    @Test
    void a_profile_is_stored_with_the_area_of_its_home_postcode_and_none_when_no_area_covers_it() {
        ProfileAreas areas = started(areas("North", "PE4, PE6", "Central", "PE1"));
        ProfileProjection projection = new ProfileProjection(mongo, areas);

        projection.apply("kai", profile("kai", 1, "pe4 6qw"));
        projection.apply("amelia", profile("amelia", 1, "ZZ9 9ZZ"));
        projection.apply("leo", profile("leo", 1, null));
        assertThat(areaOf("kai")).isEqualTo("North");
        assertThat(stored("amelia")).doesNotContainKey(ProfileAreas.FIELD);
        assertThat(stored("leo")).doesNotContainKey(ProfileAreas.FIELD);

        projection.apply("kai", profile("kai", 2, "PE1 4LZ"));
        assertThat(areaOf("kai")).as("moved house").isEqualTo("Central");
        projection.apply("kai", profile("kai", 3, null));
        assertThat(stored("kai")).as("no home known now").doesNotContainKey(ProfileAreas.FIELD);
    }

    @Test
    void a_start_with_other_areas_recomputes_every_stored_area_once_and_a_start_with_the_same_ones_reads_none() {
        ProfileProjection projection = new ProfileProjection(mongo, started(areas("North", "PE4")));
        projection.apply("kai", profile("kai", 1, "PE4 6QW"));
        projection.apply("amelia", profile("amelia", 1, "PE1 2RX"));
        projection.apply("leo", profile("leo", 1, "PE6 1AA"));
        assertThat(areaOf("kai")).isEqualTo("North");
        assertThat(stored("amelia")).doesNotContainKey(ProfileAreas.FIELD);

        Map<String, List<String>> more = areas("North", "PE4, PE6", "Central", "PE1");
        assertThat(new ProfileAreas(mongo, new AreaSettings(more)).recomputeIfChanged()).as("areas changed").isTrue();
        assertThat(areaOf("kai")).isEqualTo("North");
        assertThat(areaOf("amelia")).as("a new area").isEqualTo("Central");
        assertThat(areaOf("leo")).as("a district added").isEqualTo("North");

        // Marked, so a second start would show it had recomputed: it does not.
        mongo.getCollection(ProfileProjection.COLLECTION).updateOne(Filters.eq("_id", "kai"),
                Updates.set(ProfileAreas.FIELD, "marked"));
        assertThat(new ProfileAreas(mongo, new AreaSettings(areas("Central", "PE1", "North", "PE6, PE4")))
                .recomputeIfChanged()).as("the same areas, listed in another order").isFalse();
        assertThat(areaOf("kai")).isEqualTo("marked");

        assertThat(new ProfileAreas(mongo, new AreaSettings(areas("North", "PE1", "Central", "PE4")))
                .recomputeIfChanged()).as("districts moved between areas").isTrue();
        assertThat(areaOf("kai")).isEqualTo("Central");
        assertThat(areaOf("amelia")).isEqualTo("North");
        assertThat(stored("leo")).as("a district dropped").doesNotContainKey(ProfileAreas.FIELD);
    }

    @Test
    void a_store_written_before_areas_were_kept_has_them_computed_at_the_first_start() {
        mongo.getCollection(ProfileProjection.COLLECTION).insertOne(new Document("_id", "kai").append("version", 4)
                .append("homePostcode", "PE4 6QW"));
        mongo.getCollection(ProfileProjection.COLLECTION).insertOne(new Document("_id", "leo").append("version", 1));

        assertThat(new ProfileAreas(mongo, new AreaSettings(areas("North", "PE4"))).recomputeIfChanged()).isTrue();

        assertThat(areaOf("kai")).isEqualTo("North");
        assertThat(stored("leo")).doesNotContainKey(ProfileAreas.FIELD);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** As the service starts: the index, then the areas recomputed if the settings changed. */
    ProfileAreas started(Map<String, List<String>> areas) {
        ProfileAreas profileAreas = new ProfileAreas(mongo, new AreaSettings(areas));
        profileAreas.createIndexes();
        profileAreas.recomputeIfChanged();
        return profileAreas;
    }

    /** Names and their districts, in turn: ("North", "PE4, PE6", "Central", "PE1"). */
    static Map<String, List<String>> areas(String... namesAndDistricts) {
        Map<String, List<String>> areas = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDistricts.length; i += 2) {
            areas.put(namesAndDistricts[i], List.of(namesAndDistricts[i + 1].split(",\\s*")));
        }
        return areas;
    }

    Document stored(String childId) {
        return mongo.getCollection(ProfileProjection.COLLECTION).find(Filters.eq("_id", childId)).first();
    }

    String areaOf(String childId) {
        return stored(childId).getString(ProfileAreas.FIELD);
    }

    static byte[] profile(String childId, long version, String homePostcode) {
        return ProfileProjection.JSON.writeValueAsBytes(new ChildProfile(childId, version,
                Instant.parse("2026-11-20T10:00:00Z").plusSeconds(version), List.of("rec-" + childId),
                List.of(new ChildProfile.Identifier("NHS", Correlated.uniqueNhsNumber(), "missing-episode-service")),
                List.of(new ChildProfile.Name("Kai", "Brown", "missing-episode-service")), LocalDate.of(2012, 5, 1),
                "MALE", homePostcode == null ? List.of() : List.of(homePostcode), false, null, 1, 1, 1,
                "MISSING_FROM_CARE", List.of(), null, null, List.of(), 10, List.of(), List.of(), List.of(), null,
                List.of(), null, List.of(), null, homePostcode));
    }
}
