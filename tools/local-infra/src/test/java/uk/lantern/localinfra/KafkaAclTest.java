package uk.lantern.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.access.KafkaPrincipal;
import uk.lantern.schemas.access.KafkaPrincipals;

/** The declared principals and ACLs on a real broker with SASL/SCRAM and the StandardAuthorizer on. */
class KafkaAclTest {

    private static KafkaBroker broker;
    private static Path dataDir;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        dataDir = Files.createTempDirectory("lantern-kafka-acl");
        broker = KafkaBroker.secured(dataDir, 0, 0, KafkaCredentials.random());
        broker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.stop();
    }

    @Test
    void eachServicePrincipalWritesEveryTopicItOwnsWithAnIdempotentProducer() throws Exception {
        for (KafkaPrincipal principal : KafkaPrincipals.all()) {
            try (KafkaProducer<String, String> producer = producer(principal.name(), Map.of())) {
                for (String topic : principal.writes()) {
                    assertThat(producer.send(new ProducerRecord<>(topic, "key", principal.name())).get(30, TimeUnit.SECONDS)
                            .topic()).as(principal.name() + " -> " + topic).isEqualTo(topic);
                }
            }
        }
    }

    @Test
    void aServicePrincipalCannotWriteAnotherServicesTopic() {
        assertWriteRefused(KafkaPrincipals.MISSING_EPISODES, Topics.RETURN_INTERVIEWS.name());
        assertWriteRefused(KafkaPrincipals.RETURN_INTERVIEWS, Topics.MISSING_EPISODES.name());
        assertWriteRefused(KafkaPrincipals.CME_REGISTER, Topics.EXPLOITATION_RISK.name());
        assertWriteRefused(KafkaPrincipals.CORRELATION, Topics.MISSING_EPISODES.name());
        // not idempotent: an idempotent producer with no WRITE anywhere is refused earlier (cluster authorization)
        try (KafkaProducer<String, String> analyst = producer(KafkaPrincipals.ANALYST.name(),
                Map.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false))) {
            assertThatThrownBy(() -> analyst.send(new ProducerRecord<>(Topics.ANALYST_FEED_V2.name(), "k", "v"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theAnalystReadsTheAnalystFeedButNotASourceTopic() throws Exception {
        String feed = Topics.ANALYST_FEED_V2.name();
        try (KafkaProducer<String, String> producer = producer(KafkaPrincipals.CORRELATION.name(), Map.of())) {
            producer.send(new ProducerRecord<>(feed, "child-ref", "{\"pseudonymised\":true}")).get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> analyst = consumer(KafkaPrincipals.ANALYST.name(), "lantern-analyst-desk")) {
            analyst.subscribe(List.of(feed));
            List<String> values = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : analyst.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                assertThat(values).contains("{\"pseudonymised\":true}");
            });
            analyst.commitSync();
        }

        try (KafkaConsumer<String, String> analyst = consumer(KafkaPrincipals.ANALYST.name(), null)) {
            TopicPartition source = new TopicPartition(Topics.MISSING_EPISODES.name(), 0);
            analyst.assign(List.of(source));
            analyst.seekToBeginning(List.of(source));
            assertThatThrownBy(() -> analyst.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(TopicAuthorizationException.class)
                    .hasMessageContaining(Topics.MISSING_EPISODES.name());
        }
    }

    @Test
    void aPrincipalJoinsOnlyItsOwnConsumerGroups() {
        try (KafkaConsumer<String, String> analyst = consumer(KafkaPrincipals.ANALYST.name(), "return-interview-service")) {
            analyst.subscribe(List.of(Topics.ANALYST_FEED_V2.name()));
            assertThatThrownBy(() -> analyst.poll(Duration.ofSeconds(10))).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void onlyTheCorrelationPrincipalUsesTheCorrelationTransactionalIds() throws Exception {
        String topic = KafkaPrincipals.CORRELATION_CHILD_EVENTS;
        try (KafkaProducer<String, String> streams = producer(KafkaPrincipals.CORRELATION.name(),
                Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "correlation-service-acl-test-0"))) {
            streams.initTransactions();
            streams.beginTransaction();
            streams.send(new ProducerRecord<>(topic, "child", "event"));
            streams.commitTransaction();
        }
        try (KafkaProducer<String, String> other = producer(KafkaPrincipals.MISSING_EPISODES.name(),
                Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "correlation-service-acl-test-1"))) {
            assertThatThrownBy(other::initTransactions).isInstanceOf(TransactionalIdAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> config = new HashMap<>(broker.clientConfig(KafkaPrincipals.MISSING_EPISODES.name(), "not-its-password"));
        try (Admin admin = Admin.create(config)) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
        Map<String, Object> anonymous = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                // it never gets an answer, so it waits out these: shorter than the defaults, to end the test sooner
                "request.timeout.ms", 1000, "default.api.timeout.ms", 1500);
        try (Admin plaintext = Admin.create(anonymous)) {
            assertThatThrownBy(() -> plaintext.describeCluster().nodes().get(10, TimeUnit.SECONDS))
                    .as("a client without SASL gets nowhere").isInstanceOf(Exception.class);
        }
    }

    @Test
    void anAclAddedBesideTheDeclarationIsRemovedAtTheNextStart() throws Exception {
        AclBinding extra = new AclBinding(
                new ResourcePattern(ResourceType.TOPIC, Topics.MISSING_EPISODES.name(), PatternType.LITERAL),
                new AccessControlEntry("User:" + KafkaPrincipals.ANALYST.name(), "*", AclOperation.READ,
                        AclPermissionType.ALLOW));
        try (Admin admin = Admin.create(broker.adminClientConfig())) {
            admin.createAcls(List.of(extra)).all().get(30, TimeUnit.SECONDS);
            // the controller has it; the broker that answers describeAcls applies it from the metadata log a moment later
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get()).contains(extra));
        }

        broker.stop();
        broker.start();

        try (Admin admin = Admin.create(broker.adminClientConfig())) {
            assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get())
                    .doesNotContain(extra)
                    .containsExactlyInAnyOrderElementsOf(KafkaBroker.aclBindings());
        }
    }

    private static void assertWriteRefused(KafkaPrincipal principal, String topic) {
        try (KafkaProducer<String, String> producer = producer(principal.name(), Map.of())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "key", "value")).get(30, TimeUnit.SECONDS))
                    .as(principal.name() + " -> " + topic)
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static KafkaProducer<String, String> producer(String principal, Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(broker.clientConfig(principal));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15000);
        config.putAll(extra);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String principal, String group) {
        Map<String, Object> config = new HashMap<>(broker.clientConfig(principal));
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }
}
