package uk.lantern.mace.atrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.mace.concern.application.ConcernStore;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;

/**
 * An adult of concern's names, aliases, phones and number plates are sealed in the store, and so are the children's
 * associates that the profiles carry as link keys: both are matched by keyed blind index. Profiles arrive on the real
 * broker, the adult is recorded over HTTP in the forms people type, and the children who touch them are still found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonsOfConcernAtRestTest {

    static final JsonMapper JSON = JsonMapper.builder().changeDefaultPropertyInclusion(incl ->
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)).build();

    /** Every form of the adult's details that must not be found in any stored document. */
    static final List<String> PLAIN = List.of("marsh", "deano", "07700900123", "07700 900123", "7700900123",
            "ab12cde", "ab12 cde", "07700900456");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/mace-concerns-at-rest");
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ConcernStore concerns;

    @Test
    void an_adults_names_phones_and_plates_are_sealed_and_still_find_the_children_they_touch() {
        Api mace = new Api(port).as("mace");
        String byPhone = "child-" + UUID.randomUUID();
        String byEverything = "child-" + UUID.randomUUID();
        String untouched = "child-" + UUID.randomUUID();
        publish(profile(byEverything, "Amelia", List.of("PERSON_NAME:dean marsh", "PHONE:07700900123",
                "VEHICLE:AB12CDE", "POSTCODE:PE14LZ")));
        publish(profile(byPhone, "Jay", List.of("PHONE:07700900123")));
        publish(profile(untouched, "Kai", List.of("PHONE:07700900456", "PERSON_NAME:lee stone")));
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getCollection("children").countDocuments(
                new Document("_id", new Document("$in", List.of(byPhone, byEverything, untouched)))) == 3);

        Api.Response recorded = mace.post("/persons-of-concern", """
                {"names": ["Dean Marsh"], "aliases": ["Deano Marsh"], "phones": ["+44 7700 900123"],
                 "vehicles": ["ab12 cde"]}""");
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        String person = recorded.body().path("id").asString();
        Api.Response place = mace.post("/places-of-concern", """
                {"name": "The flat over the kebab shop", "postcode": "pe1 4lz"}""");
        assertThat(place.status()).isEqualTo(201);

        // matching still finds the children, by the keys' blind indexes
        JsonNode read = mace.get("/persons-of-concern/" + person).body();
        assertThat(read.path("person").path("names").get(0).asString()).isEqualTo("Dean Marsh");
        assertThat(read.path("person").path("phones").get(0).asString()).isEqualTo("+44 7700 900123");
        Map<String, List<String>> shared = new HashMap<>();
        read.path("children").forEach(c -> {
            List<String> keys = new ArrayList<>();
            c.path("sharedKeys").forEach(k -> keys.add(k.asString()));
            shared.put(c.path("childId").asString(), keys);
        });
        assertThat(shared).containsOnlyKeys(byPhone, byEverything);
        assertThat(shared.get(byEverything)).containsExactlyInAnyOrder("PERSON_NAME:dean marsh", "PHONE:07700900123",
                "VEHICLE:AB12CDE");
        assertThat(shared.get(byPhone)).containsExactly("PHONE:07700900123");
        JsonNode placeRead = mace.get("/places-of-concern/" + place.body().path("id").asString()).body();
        assertThat(placeRead.path("children")).extracting(c -> c.path("childId").asString()).containsExactly(byEverything);

        // once the outboxes have handed their events to the broker, no stored document holds the adult's details
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getCollection("persons_of_concern").countDocuments(
                new Document("outbox.0", new Document("$exists", true))) == 0);
        List<String> stored = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            mongo.getCollection(collection).find().forEach(d -> stored.add(collection + ": "
                    + d.toJson().toLowerCase(Locale.ROOT)));
        }
        assertThat(stored).anyMatch(s -> s.startsWith("persons_of_concern: ") && s.contains("tink-aead-v1"));
        assertThat(stored).anyMatch(s -> s.startsWith("children: ") && s.contains(byPhone) && s.contains("phone#"));
        for (String text : PLAIN) {
            assertThat(stored).as(text).noneMatch(s -> s.contains(text));
        }

        // an index made under another key is made again at start from the sealed keys
        Object indexed = mongo.getCollection("persons_of_concern").find(new Document("_id", person)).first()
                .get("linkIndex");
        assertThat(indexed.toString()).contains("PHONE#", "VEHICLE#", "PERSON_NAME#");
        mongo.getCollection("persons_of_concern").updateOne(new Document("_id", person),
                new Document("$set", new Document("linkIndex", List.of("PHONE#made-under-an-old-key"))));
        assertThat(concerns.reindex()).isEqualTo(1);
        assertThat(concerns.reindex()).isZero();
        assertThat(mongo.getCollection("persons_of_concern").find(new Document("_id", person)).first()
                .get("linkIndex")).isEqualTo(indexed);
        assertThat(mace.get("/persons-of-concern/" + person).body().path("children")).hasSize(2);
    }

    static ChildProfile profile(String id, String name, List<String> linkKeys) {
        return new ChildProfile(id, 1, Instant.parse("2026-01-01T00:00:00Z"), List.of("missing-episode-service:" + id),
                List.of(new ChildProfile.Identifier("LA", "LA-" + id.substring(6, 14), "missing-episode-service")),
                List.of(new ChildProfile.Name(name, "Jones", "missing-episode-service")), LocalDate.of(2011, 5, 1),
                "FEMALE", List.of("PE1 2AB"), false, null, 0, 0, 0, "MISSING_FROM_HOME", List.of(),
                new ChildProfile.CmeStatus("NEVER_ON_REGISTER", null, null),
                new ChildProfile.ExploitationStatus(null, "NONE", null, 0),
                List.of(), 30, List.of(), List.of(), linkKeys, null);
    }

    static void publish(ChildProfile profile) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfra.broker().bootstrapServers());
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.CHILD_PROFILES.name(), profile.childId(),
                    JSON.writeValueAsBytes(profile))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
