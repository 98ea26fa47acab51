package uk.lantern.correlation.stream.identityindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.identity.Regrouping;
import uk.lantern.correlation.identity.Resolution;
import uk.lantern.correlation.identity.Resolution.Decision;

/**
 * The index in RocksDB stores inside a TopologyTestDriver: what is written reaches the changelog topics, and the
 * changelog alone rebuilds the stores on a new instance (what Kafka Streams does after a move), after which
 * resolution carries on where it stopped.
 */
class StoreIdentityIndexChangelogTest {
    private static final String APPLICATION = "lantern-identity-index";

    @TempDir
    Path firstStateDir;
    @TempDir
    Path secondStateDir;

    private static PersonRecord.Builder amelia(String id) {
        return PersonRecord.builder(id).givenName("Amelia").familyName("Jones").dateOfBirth("2010-04-01")
                .sex(PersonRecord.Sex.FEMALE).postcode("PE1 2AB").addressLine("12 Park Road, Peterborough");
    }

    private static PersonRecord kyle(String id) {
        return PersonRecord.builder(id).givenName("Kyle").familyName("Brain").dateOfBirth("2009-11-23")
                .postcode("PE7 8QQ").nhsNumber("9434765919").build();
    }

    @Test
    void every_store_is_changelogged_and_the_changelog_rebuilds_the_index_on_a_new_instance() {
        List<Object> before = new ArrayList<>();
        Map<String, Map<String, Object>> written;
        Map<String, List<KeyValue<String, Object>>> changelogs = new LinkedHashMap<>();
        try (TopologyTestDriver first = driver(firstStateDir, "child-", before)) {
            // 1. Resolve and decide: every store gets written.
            TestInputTopic<String, String> in = commands(first);
            in.pipeInput("resolve", ResolverTopology.json(amelia("police-1").build()));
            in.pipeInput("resolve", ResolverTopology.json(amelia("school-1").givenName("Amelai").build()));
            in.pipeInput("resolve", ResolverTopology.json(kyle("gp-1")));
            in.pipeInput("resolve", ResolverTopology.json(kyle("gp-2")));
            in.pipeInput("reject", "police-1\tschool-1");
            assertThat(before).extracting(o -> o instanceof Resolution r ? r.decision() : null)
                    .containsExactly(Decision.NEW, Decision.LINKED, Decision.NEW, Decision.LINKED, null);
            assertThat(((Regrouping) before.get(4)).moves()).extracting(Regrouping.Move::recordId)
                    .containsExactly("school-1");

            // 2. Every store has its changelog topic, and each holds the writes.
            assertThat(first.producedTopicNames()).containsAll(StoreIdentityIndex.storeNames().stream()
                    .map(StoreIdentityIndexChangelogTest::changelog).toList());
            written = contents(first);
            assertThat(written).allSatisfy((store, entries) -> assertThat(entries).as(store).isNotEmpty());
            StoreIdentityIndex.valueSerdes().forEach((store, serde) -> changelogs.put(store,
                    changelogOf(first, store, serde)));
        }

        // 3. A new instance with empty state, restored from the changelog only.
        List<Object> after = new ArrayList<>();
        try (TopologyTestDriver second = driver(secondStateDir, "moved-child-", after)) {
            changelogs.forEach((store, records) -> {
                KeyValueStore<String, Object> target = second.getKeyValueStore(store);
                records.forEach(kv -> target.put(kv.key, kv.value));
            });
            assertThat(contents(second)).isEqualTo(written);

            // 4. Resolution carries on against what the first instance learnt.
            TestInputTopic<String, String> in = commands(second);
            in.pipeInput("resolve", ResolverTopology.json(amelia("cme-1").build()));
            in.pipeInput("resolve", ResolverTopology.json(kyle("gp-3")));

            Resolution cme1 = (Resolution) after.get(0);
            assertThat(cme1.decision()).isEqualTo(Decision.LINKED);
            assertThat(cme1.childId()).isEqualTo(((Resolution) before.get(0)).childId());
            // The rejection survived the move: cme-1 matches school-1 too, but may not join both, and the pair the
            // reviewer rejected is not put to review again.
            assertThat(cme1.reviews()).isEmpty();
            assertThat(second.getKeyValueStore(StoreIdentityIndex.REVIEWED_WITH).get("school-1"))
                    .isEqualTo("police-1");
            Resolution gp3 = (Resolution) after.get(1);
            assertThat(gp3.decision()).isEqualTo(Decision.LINKED);
            assertThat(gp3.childId()).isEqualTo(((Resolution) before.get(2)).childId());
        }
    }

    private TopologyTestDriver driver(Path stateDir, String childIdPrefix, List<Object> outcomes) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(ResolverTopology.build(StoreIdentityIndex.storeBuilders(), childIdPrefix,
                outcomes), config);
    }

    private static TestInputTopic<String, String> commands(TopologyTestDriver driver) {
        return driver.createInputTopic(ResolverTopology.COMMANDS, new StringSerializer(), new StringSerializer());
    }

    private static String changelog(String store) {
        return APPLICATION + "-" + store + "-changelog";
    }

    @SuppressWarnings("unchecked")
    private static List<KeyValue<String, Object>> changelogOf(TopologyTestDriver driver, String store,
                                                              Serde<?> values) {
        Deserializer<Object> deserializer = (Deserializer<Object>) values.deserializer();
        return driver.createOutputTopic(changelog(store), new StringDeserializer(), deserializer)
                .readKeyValuesToList();
    }

    private static Map<String, Map<String, Object>> contents(TopologyTestDriver driver) {
        Map<String, Map<String, Object>> contents = new LinkedHashMap<>();
        for (String store : StoreIdentityIndex.storeNames()) {
            Map<String, Object> entries = new LinkedHashMap<>();
            KeyValueStore<String, Object> kv = driver.getKeyValueStore(store);
            try (KeyValueIterator<String, Object> all = kv.all()) {
                all.forEachRemaining(e -> entries.put(e.key, e.value));
            }
            contents.put(store, entries);
        }
        return contents;
    }
}
