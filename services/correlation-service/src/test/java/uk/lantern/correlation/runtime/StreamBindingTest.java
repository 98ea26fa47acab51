package uk.lantern.correlation.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.correlation.patterns.ChildFact;
import uk.lantern.correlation.patterns.ChildFacts;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.correlation.profile.MaceScore;
import uk.lantern.correlation.profile.ProfileBuilder;
import uk.lantern.correlation.projection.ProfileProjection;
import uk.lantern.correlation.stream.CorrelationSettings;
import uk.lantern.correlation.stream.CorrelationTopology;
import uk.lantern.correlation.support.EmbeddedInfraProperties;
import uk.lantern.correlation.support.Feed;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.RawTopicReader;

/**
 * The binder wiring of the topology, with the production application.yml, on the real broker: the curried consumer
 * gets its three streams (the first from several topics), with String keys and byte[] values and no type header,
 * under exactly-once v2 and static membership. The topology is replaced by a probe that tags each record with its
 * input and copies it to one topic; the probe reads its own topics under its own application id, so nothing it
 * sends reaches the real topology of another test, and the production destinations and id are checked as configured.
 */
@SpringBootTest(properties = {
        "spring.main.allow-bean-definition-overriding=true",
        "lantern.correlation.instance-id=binding-test-0",
        "spring.cloud.stream.kafka.streams.binder.functions.correlation.application-id=binding-probe",
        "spring.cloud.stream.bindings.correlation-in-0.destination=probe.sources-a,probe.sources-b,probe.sources-c,probe.sources-d",
        "spring.cloud.stream.bindings.correlation-in-1.destination=probe.decisions",
        "spring.cloud.stream.bindings.correlation-in-2.destination=probe.child-events"})
@Import(StreamBindingTest.Probe.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StreamBindingTest {

    static final String PROBE = "lantern.test.binding-probe";

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfraProperties.register(registry);
        registry.add("lantern.correlation.analyst-key", () -> Base64.getEncoder().encodeToString(new byte[32]));
        registry.add("lantern.correlation.state-dir", () -> System.getProperty("java.io.tmpdir")
                + "/lantern-binding-test-" + UUID.randomUUID());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {
        @Bean
        Function<KStream<String, byte[]>, Function<KStream<String, byte[]>, Consumer<KStream<String, byte[]>>>> correlation() {
            return sources -> decisions -> childEvents -> {
                var produced = Produced.with(Serdes.String(), Serdes.ByteArray());
                sources.mapValues(v -> tagged("sources", v)).to(PROBE, produced);
                decisions.mapValues(v -> tagged("decisions", v)).to(PROBE, produced);
                childEvents.mapValues(v -> tagged("child-events", v)).to(PROBE, produced);
            };
        }

        static byte[] tagged(String input, byte[] value) {
            return (input + "|" + new String(value, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_topology_function_receives_the_four_sources_the_decisions_and_its_child_events() {
        String run = UUID.randomUUID().toString();
        Map<String, String> sent = Map.of(
                "probe.sources-a", "sources",
                "probe.sources-b", "sources",
                "probe.sources-c", "sources",
                "probe.sources-d", "sources",
                "probe.decisions", "decisions",
                "probe.child-events", "child-events");
        try (Feed feed = new Feed(EmbeddedInfra.broker().bootstrapServers())) {
            sent.keySet().forEach(topic -> feed.send(topic, run, (topic + "#" + run).getBytes(StandardCharsets.UTF_8)));
        }

        try (RawTopicReader probe = new RawTopicReader(EmbeddedInfra.broker().bootstrapServers(), PROBE)) {
            List<RawTopicReader.Raw> copied = probe.readUntil(all -> all.stream().filter(r -> run.equals(r.key()))
                    .count() >= sent.size(), Duration.ofSeconds(60)).stream().filter(r -> run.equals(r.key())).toList();
            assertThat(copied).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .containsExactlyInAnyOrderElementsOf(sent.entrySet().stream()
                            .map(e -> e.getValue() + "|" + e.getKey() + "#" + run).toList());
            assertThat(copied).allSatisfy(r -> assertThat(r.headers()).doesNotContainKey("__TypeId__"));
        }
    }

    @Test
    void the_streams_run_exactly_once_with_static_membership() {
        StreamsBuilderFactoryBean factory = context.getBeansOfType(StreamsBuilderFactoryBean.class).values().stream()
                .findFirst().orElseThrow();
        var config = factory.getStreamsConfiguration();

        assertThat(config.getProperty("application.id")).isEqualTo("binding-probe");
        assertThat(config.getProperty("processing.guarantee")).isEqualTo("exactly_once_v2");
        assertThat(config.getProperty("group.instance.id")).isEqualTo("binding-test-0");
        assertThat(config.getProperty("commit.interval.ms")).isEqualTo("25");
        assertThat(config.getProperty("producer.linger.ms")).isEqualTo("0");
        assertThat(config.getProperty("producer.max.in.flight.requests.per.connection")).isEqualTo("1");
        assertThat(config.getProperty("state.dir")).contains("lantern-binding-test-");
        assertThat(config.getProperty("producer.max.block.ms")).isEqualTo("60000");
    }

    @Test
    void the_profiles_topic_and_the_topologys_producer_take_a_profile_over_kafkas_default_of_1_mb() throws Exception {
        int largest = CorrelationSettings.largestMessageBytes(CorrelationSettings.DEFAULT_PROFILE_MAX_BYTES);
        StreamsBuilderFactoryBean factory = context.getBeansOfType(StreamsBuilderFactoryBean.class).values().stream()
                .findFirst().orElseThrow();
        assertThat(factory.getStreamsConfiguration().getProperty("producer.max.request.size"))
                .isEqualTo(String.valueOf(largest));
        String bootstrap = EmbeddedInfra.broker().bootstrapServers();
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var profiles = new ConfigResource(ConfigResource.Type.TOPIC, CorrelationTopology.PROFILES);
            assertThat(admin.describeConfigs(List.of(profiles)).all().get(30, TimeUnit.SECONDS).get(profiles)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value()).isEqualTo(String.valueOf(largest));
        }

        // A child with 6,000 episodes, each found at its own place: over 2 MB of profile.
        String childId = "child-" + UUID.randomUUID();
        var facts = new ArrayList<ChildFact>();
        Instant start = Instant.parse("2015-01-01T00:00:00Z");
        for (int i = 0; i < 6_000; i++) {
            Instant at = start.plus(Duration.ofHours(12L * i));
            facts.add(new ChildFact.EpisodeReported("report-" + i, "episode-" + i, at, at,
                    ChildFact.Context.MISSING_FROM_HOME, ChildFact.RiskGrade.MEDIUM, false, false));
            facts.add(new ChildFact.ChildReturned("return-" + i, "episode-" + i, at.plusSeconds(3600),
                    new ChildFact.Place("Queensgate Centre unit " + i, "PE1 1NT"), List.of()));
        }
        var profile = new ProfileBuilder(PatternSettings.defaults(), MaceScore.defaults()).build(childId, 1,
                Instant.now(), List.of(), ChildFacts.of(childId, facts), List.of());
        byte[] json = JsonMapper.builder().changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(
                JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)).build().writeValueAsBytes(profile);
        assertThat(json.length).isGreaterThan(2 * 1024 * 1024);

        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_REQUEST_SIZE_CONFIG, largest);
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(CorrelationTopology.PROFILES, childId, json)).get(30, TimeUnit.SECONDS);
        }
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        Document stored = Awaitility.await("projected from the topic").atMost(Duration.ofSeconds(60))
                .until(() -> mongo.getCollection(ProfileProjection.COLLECTION).find(Filters.eq("_id", childId))
                        .first(), Objects::nonNull);
        assertThat(stored.getList("episodes", Document.class)).hasSize(6_000);
    }

    @Test
    void a_transient_broker_error_replaces_the_stream_thread_and_anything_else_stops_the_topology() {
        assertThat(CorrelationStream.onStreamThreadFailure(
                new StreamsException(new TimeoutException("awaiting InitProducerId"))))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(CorrelationStream.onStreamThreadFailure(new StreamsException(new IllegalStateException("a bug"))))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void production_reads_the_four_sources_the_decisions_mace_and_the_child_events_as_correlation_service() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties production = yaml.getObject();

        assertThat(production.getProperty("spring.cloud.stream.bindings.correlation-in-0.destination").split(","))
                .containsExactlyElementsOf(CorrelationTopology.sourceTopics());
        assertThat(production.getProperty("spring.cloud.stream.bindings.correlation-in-1.destination").split(","))
                .as("the decisions, and the MACE panel's events, both for the identity stage")
                .containsExactly(CorrelationTopology.DECISIONS, CorrelationTopology.MACE);
        assertThat(production.getProperty("spring.cloud.stream.bindings.correlation-in-2.destination"))
                .isEqualTo(CorrelationTopology.CHILD_EVENTS);
        assertThat(production.getProperty(
                "spring.cloud.stream.kafka.streams.binder.functions.correlation.application-id"))
                .isEqualTo("correlation-service");
        assertThat(production.getProperty("spring.cloud.function.definition"))
                .isEqualTo("correlation;profiles;alerts;hotspots;identity;chronology");
        assertThat(production.getProperty("spring.cloud.stream.bindings.hotspots-in-0.destination"))
                .isEqualTo(CorrelationTopology.HOTSPOTS);
        var chronologyReads = new java.util.ArrayList<>(CorrelationTopology.sourceTopics());
        chronologyReads.add(CorrelationTopology.MACE);
        assertThat(production.getProperty("spring.cloud.stream.bindings.chronology-in-0.destination").split(","))
                .as("the chronology projection reads the same four sources and the MACE panel's events")
                .containsExactlyElementsOf(chronologyReads);
        assertThat(production.getProperty("spring.cloud.stream.bindings.profiles-in-0.destination"))
                .isEqualTo(CorrelationTopology.PROFILES);
    }
}
