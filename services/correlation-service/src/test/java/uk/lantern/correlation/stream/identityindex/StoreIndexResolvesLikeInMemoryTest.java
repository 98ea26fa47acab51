package uk.lantern.correlation.stream.identityindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lantern.correlation.identity.FebrlCsv;
import uk.lantern.correlation.identity.IdentityResolver;
import uk.lantern.correlation.identity.InMemoryIdentityIndex;
import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.identity.Regrouping;
import uk.lantern.correlation.identity.Resolution;
import uk.lantern.correlation.identity.Resolution.Decision;

/**
 * About 200 FEBRL records (100 people, seeded) and 30 reviewers' decisions, resolved once over the plain-map index and
 * once over the store index in a TopologyTestDriver: every resolution and regrouping, and the final children, are the
 * same. In-memory stores here: the driver commits after every record, and a RocksDB flush per commit would make this
 * run about ten times slower; StoreIdentityIndexChangelogTest runs the RocksDB stores.
 */
class StoreIndexResolvesLikeInMemoryTest {
    private static final Path DATASET1 = Path.of("../../../shared/data/febrl/dataset1.csv");
    private static final Pattern PERSON = Pattern.compile("rec-(\\d+)-");

    @TempDir
    Path stateDir;

    record Command(String verb, String value) {
    }

    @ParameterizedTest(name = "with strong identifiers: {0}")
    @ValueSource(booleans = {true, false})
    void the_store_index_gives_the_same_decisions_and_children_as_the_in_memory_index(boolean strongIds)
            throws Exception {
        assumeTrue(Files.exists(DATASET1), "FEBRL data beside the repository");
        List<PersonRecord> records = sample(FebrlCsv.read(DATASET1), strongIds);
        List<Command> commands = commands(records);

        List<Object> expected = new ArrayList<>();
        InMemoryIdentityIndex plain = new InMemoryIdentityIndex();
        run(new IdentityResolver(plain, MatchSettings.defaults(), counter()), records, commands, expected);

        List<Object> actual = new ArrayList<>();
        Map<String, String> storedChildren = new HashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(
                ResolverTopology.build(StoreIdentityIndex.inMemoryStoreBuilders(), "child-", actual), config())) {
            TestInputTopic<String, String> in = driver.createInputTopic(ResolverTopology.COMMANDS,
                    new StringSerializer(), new StringSerializer());
            records.forEach(r -> in.pipeInput("resolve", ResolverTopology.json(r)));
            commands.forEach(c -> in.pipeInput(c.verb(), c.value()));
            KeyValueStore<String, String> childOf = driver.getKeyValueStore(StoreIdentityIndex.CHILD_OF);
            records.forEach(r -> storedChildren.put(r.recordId(), childOf.get(r.recordId())));
        }

        assertThat(records).hasSizeBetween(180, 220);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("outcome %d", i).isEqualTo(expected.get(i));
        }
        Map<String, String> plainChildren = new HashMap<>();
        records.forEach(r -> plainChildren.put(r.recordId(), plain.childOf(r.recordId()).orElseThrow()));
        assertThat(partition(storedChildren)).isEqualTo(partition(plainChildren));

        // The run is worth comparing: it links, keeps apart, raises reviews and regroups.
        List<Decision> decisions = expected.stream().filter(Resolution.class::isInstance)
                .map(o -> ((Resolution) o).decision()).toList();
        assertThat(decisions).contains(Decision.LINKED, Decision.NEW);
        assertThat(expected).filteredOn(Resolution.class::isInstance)
                .anySatisfy(o -> assertThat(((Resolution) o).reviews()).isNotEmpty());
        assertThat(expected).filteredOn(Regrouping.class::isInstance)
                .anySatisfy(o -> assertThat(((Regrouping) o).moves()).hasSizeGreaterThan(0));
        assertThat(partition(plainChildren)).anySatisfy(child -> assertThat(child).hasSizeGreaterThan(1));
    }

    /** Every record of 100 people picked at random (seeded), in a seeded random order. */
    private static List<PersonRecord> sample(List<PersonRecord> all, boolean strongIds) {
        Function<PersonRecord, String> person = r -> {
            Matcher m = PERSON.matcher(r.recordId());
            return m.find() ? m.group(1) : r.recordId();
        };
        List<String> people = new ArrayList<>(all.stream().map(person).distinct().sorted().toList());
        Random random = new Random(20261122);
        Collections.shuffle(people, random);
        Set<String> chosen = new HashSet<>(people.subList(0, 100));
        List<PersonRecord> records = new ArrayList<>(all.stream().filter(r -> chosen.contains(person.apply(r)))
                .map(r -> strongIds ? r : r.withoutStrongIds()).toList());
        Collections.shuffle(records, random);
        return records;
    }

    /** Confirms, rejects and unlinks of records picked at random (seeded), the same whatever the index holds. */
    private static List<Command> commands(List<PersonRecord> records) {
        Random random = new Random(42);
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String a = records.get(random.nextInt(records.size())).recordId();
            String b = records.get(random.nextInt(records.size())).recordId();
            String sameChildHint = a.replaceFirst("-(org|dup-\\d+)$", "");
            String partner = records.stream().map(PersonRecord::recordId)
                    .filter(id -> id.startsWith(sameChildHint + "-") && !id.equals(a)).findFirst().orElse(b);
            switch (random.nextInt(3)) {
                case 0 -> commands.add(new Command("confirm", a.equals(b) ? a + "\t" + partner : a + "\t" + b));
                case 1 -> commands.add(new Command("reject", a + "\t" + partner));
                default -> commands.add(new Command("unlink", a));
            }
        }
        return commands;
    }

    private static void run(IdentityResolver resolver, List<PersonRecord> records, List<Command> commands,
                            List<Object> outcomes) {
        records.forEach(r -> outcomes.add(resolver.resolve(r)));
        for (Command c : commands) {
            String[] ids = c.value().split("\t");
            outcomes.add(switch (c.verb()) {
                case "confirm" -> resolver.confirm(ids[0], ids[1], "reviewer");
                case "reject" -> resolver.reject(ids[0], ids[1], "reviewer");
                default -> resolver.unlink(ids[0], "reviewer");
            });
        }
    }

    private static Supplier<String> counter() {
        int[] next = {0};
        return () -> "child-" + (++next[0]);
    }

    private static Set<Set<String>> partition(Map<String, String> childOf) {
        Map<String, Set<String>> byChild = new LinkedHashMap<>();
        childOf.forEach((record, child) -> byChild.computeIfAbsent(child, k -> new HashSet<>()).add(record));
        return new HashSet<>(byChild.values());
    }

    private Properties config() {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "identity-index-equivalence");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return config;
    }
}
