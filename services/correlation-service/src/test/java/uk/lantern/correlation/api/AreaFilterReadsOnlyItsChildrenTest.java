package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.correlation.projection.ProfileAreas;
import uk.lantern.correlation.projection.ProfileProjection;
import uk.lantern.correlation.projection.ReviewProjection;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.MutableClock;

/**
 * The Area filter reads the children of the area asked for, not every profile: on the MongoDB-wire store, through
 * the real projections, with a driver listener counting the documents each collection hands back. A city of 200
 * children elsewhere and a few in North: asking for North reads North's few (and the one survivor a merged-away
 * child is followed to); asking which of an alert list's children are in no area reads only those children.
 * (mongo-java-server has no index statistics, so what is counted is what the service is sent: the same as what a
 * real MongoDB examines once the query runs on an index.)
 */
class AreaFilterReadsOnlyItsChildrenTest {

    static final int ELSEWHERE = 200;
    static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();
    static final AreaSettings AREAS = new AreaSettings(areas());

    static MongoClient client;
    static final Map<Integer, String> collectionOf = new ConcurrentHashMap<>();
    static final Map<String, Long> returned = new ConcurrentHashMap<>();

    MongoTemplate mongo;
    ProfileProjection profiles;
    ReviewProjection identity;
    AlertChildren children;

    @BeforeAll
    static void store() {
        CommandListener counting = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                BsonDocument command = event.getCommand();
                String name = event.getCommandName();
                if (name.equals("find") || name.equals("getMore")) {
                    collectionOf.put(event.getRequestId(),
                            command.getString(name.equals("find") ? "find" : "collection").getValue());
                }
            }

            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                BsonDocument reply = event.getResponse();
                if (!reply.containsKey("cursor")) {
                    return;
                }
                BsonDocument cursor = reply.getDocument("cursor");
                String ns = cursor.containsKey("ns") ? cursor.getString("ns").getValue() : null;
                String collection = ns != null ? ns.substring(ns.indexOf('.') + 1)
                        : collectionOf.get(event.getRequestId());
                int documents = cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch").size()
                        : cursor.containsKey("nextBatch") ? cursor.getArray("nextBatch").size() : 0;
                if (collection != null) {
                    returned.merge(collection, (long) documents, Long::sum);
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(EmbeddedInfra.mongo().connectionString()))
                .addCommandListener(counting).build());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void city() {
        mongo = new MongoTemplate(client, "correlation-area-" + UUID.randomUUID());
        ProfileAreas areas = new ProfileAreas(mongo, AREAS);
        areas.createIndexes();
        profiles = new ProfileProjection(mongo, areas);
        identity = new ReviewProjection(mongo);
        children = new AlertChildren(mongo, AREAS, new MutableClock(WithoutTopology.START), ZoneId.of("Europe/London"));
        children.createIndexes();
        for (int i = 0; i < ELSEWHERE; i++) {
            profile("elsewhere-" + i, List.of("PE2 5XY", "PE7 8AB", "ZZ9 9ZZ", "SW1A 1AA").get(i % 4));
        }
    }

    @Test
    void asking_for_an_area_reads_its_children_and_not_every_profile() {
        List<String> north = List.of("north-1", "north-2", "north-3");
        north.forEach(child -> profile(child, "PE4 6QW"));

        long before = profilesRead();
        Set<String> living = children.livingIn("North");
        long read = profilesRead() - before;

        assertThat(living).containsExactlyInAnyOrderElementsOf(north);
        assertThat(read).as("profiles read for North, of %d stored", ELSEWHERE + north.size())
                .isLessThanOrEqualTo(north.size());
    }

    @Test
    void a_child_merged_away_is_found_through_its_survivor_reading_only_those_children() {
        profile("north-1", "PE4 6QW");
        profile("central-1", "PE1 4LZ");
        // merged into north-1: its record is north-1's now, its profile a tombstone
        mergedAway("merged-1", List.of("rec-merged-1"));
        resolved("rec-merged-1", "north-1", List.of("merged-1"));
        // two records, the first in central-1 now, the second in north-1: its rows say Central
        mergedAway("merged-2", List.of("rec-merged-2a", "rec-merged-2b"));
        resolved("rec-merged-2a", "central-1", List.of("merged-2"));
        resolved("rec-merged-2b", "north-1", List.of());
        // merged into merged-3b, which was merged into north-1 in turn
        mergedAway("merged-3a", List.of("rec-merged-3a"));
        resolved("rec-merged-3a", "merged-3b", List.of("merged-3a"));
        mergedAway("merged-3b", List.of("rec-merged-3a", "rec-merged-3b"));
        resolved("rec-merged-3b", "north-1", List.of("merged-3b"));

        long before = profilesRead();
        Set<String> north = children.livingIn("North");
        long read = profilesRead() - before;

        assertThat(north).containsExactlyInAnyOrder("north-1", "merged-1", "merged-3a", "merged-3b");
        assertThat(children.livingIn("Central")).containsExactlyInAnyOrder("central-1", "merged-2");
        assertThat(children.about(north).values()).allSatisfy(known -> assertThat(known.area()).isEqualTo("North"));
        assertThat(read).as("profiles read for North: north-1 by its area, then once as the merged children's "
                + "survivor").isLessThanOrEqualTo(3);
    }

    @Test
    void asking_which_children_are_in_no_area_reads_only_the_children_asked_about() {
        profile("unmapped-1", "ZZ9 9ZZ");
        profile("none-1", null);
        profile("north-1", "PE4 6QW");

        long before = profilesRead();
        Set<String> notKnown = children.inNoArea(List.of("unmapped-1", "none-1", "north-1", "no-profile-1"));
        long read = profilesRead() - before;

        assertThat(notKnown).containsExactlyInAnyOrder("unmapped-1", "none-1", "no-profile-1");
        assertThat(read).as("profiles read").isLessThanOrEqualTo(3);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    static Map<String, List<String>> areas() {
        Map<String, List<String>> areas = new LinkedHashMap<>();
        areas.put("Central", List.of("PE1"));
        areas.put("North", List.of("PE4", "PE6"));
        areas.put("South", List.of("PE2", "PE7"));
        return areas;
    }

    long profilesRead() {
        return returned.getOrDefault(ProfileProjection.COLLECTION, 0L);
    }

    void profile(String childId, String homePostcode) {
        profiles.apply(childId, JSON.writeValueAsBytes(new ChildProfile(childId, 1, Instant.parse("2026-11-20T10:00:00Z"),
                List.of("rec-" + childId), List.of(new ChildProfile.Identifier("NHS", Correlated.uniqueNhsNumber(),
                "missing-episode-service")), List.of(new ChildProfile.Name("Kai", "Brown",
                "missing-episode-service")), LocalDate.of(2012, 5, 1), "MALE",
                homePostcode == null ? List.of() : List.of(homePostcode), false, null, 1, 1, 1, "MISSING_FROM_CARE",
                List.of(), null, null, List.of(), 10, List.of(), List.of(), List.of(), null, List.of(), null,
                List.of(), null, homePostcode)));
    }

    /** The child's last profile listed these records; then a tombstone took it away. */
    void mergedAway(String childId, List<String> records) {
        profile(childId, null);
        mongo.getCollection(ProfileProjection.COLLECTION).updateOne(new org.bson.Document("_id", childId),
                new org.bson.Document("$set", new org.bson.Document("records", new ArrayList<>(records))));
        profiles.apply(childId, null);
    }

    void resolved(String recordId, String childId, List<String> merged) {
        identity.apply(new EventCodec().encode(Correlated.resolved(recordId, childId, merged)));
    }
}
