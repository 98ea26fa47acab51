package uk.lantern.console.alerts;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears that alerts changed and tells this instance's open boards. Each console instance reads the topics of
 * {@link LiveSettings#topics()} from the latest offset in a consumer group of its own ({@code lantern-console-} and a
 * random id, as the console's Kafka principal may), commits nothing and replays nothing: a board opened later reads
 * the alerts from the correlation service anyway. One thread; a broker that is away is waited for, and open boards
 * are told meanwhile that live updates are paused (the thread asks the broker for the ends of its partitions every
 * few seconds: an answer means it is hearing).
 */
@Component
class LiveAlerts implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveAlerts.class);
    static final String GROUP_PREFIX = "lantern-console-";

    private final LiveSettings settings;
    private final AlertNotices notices;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile long lastHeardNanos;
    private volatile boolean everListened;

    LiveAlerts(LiveSettings settings, AlertNotices notices) {
        this.settings = settings;
        this.notices = notices;
    }

    /** Kafka client settings: the console's principal over SASL when a username is set, as the services do it. */
    static Map<String, Object> clientConfig(LiveSettings settings, String groupId) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        if (settings.secured()) {
            String module = settings.saslMechanism().startsWith("SCRAM-")
                    ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                    : "org.apache.kafka.common.security.plain.PlainLoginModule";
            config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, settings.securityProtocol());
            config.put("sasl.mechanism", settings.saslMechanism());
            config.put("sasl.jaas.config", module + " required username=\"" + escape(settings.username().strip())
                    + "\" password=\"" + escape(settings.password() == null ? "" : settings.password()) + "\";");
        }
        return config;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** True once the consumer has its partitions and knows where their ends are: what is published now is heard. */
    boolean listening() {
        return listening;
    }

    /** True once the consumer has first had its partitions: from then on what is published is heard or waited for. */
    boolean everListened() {
        return everListened;
    }

    /** Listening, and the broker answered within {@link LiveSettings#quietAfter()}. */
    boolean hearing() {
        return listening && System.nanoTime() - lastHeardNanos < settings.quietAfter().toNanos();
    }

    private void heard() {
        lastHeardNanos = System.nanoTime();
    }

    @Override
    public void start() {
        if (!settings.enabled() || running) {
            return;
        }
        if (settings.secured() && (settings.password() == null || settings.password().isBlank())) {
            throw new IllegalStateException("lantern.console.live.username is set but not its password "
                    + "(LANTERN_KAFKA_PASSWORD)");
        }
        running = true;
        consumer = new KafkaConsumer<>(clientConfig(settings, GROUP_PREFIX + UUID.randomUUID()));
        thread = new Thread(this::listen, "live-alerts");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        try {
            consumer.subscribe(settings.topics(), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    listening = false;
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    partitions.forEach(consumer::position); // resolve "latest" now, not at the first record
                    heard();
                    listening = !partitions.isEmpty();
                    everListened |= listening;
                }
            });
            long checkEvery = Math.max(1, settings.quietAfter().toNanos() / 3);
            long checked = System.nanoTime();
            while (running) {
                var records = consumer.poll(Duration.ofSeconds(1));
                if (!records.isEmpty()) {
                    heard();
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    AlertNotice.from(record.value()).ifPresent(notices::tell);
                }
                if (listening && System.nanoTime() - checked > checkEvery) {
                    checked = System.nanoTime();
                    askTheBroker();
                }
                notices.hearing(hearing());
            }
        } catch (WakeupException stopping) {
            // stop() woke the poll
        } catch (RuntimeException e) {
            log.warn("Live alerts stopped: open boards will not update until the console restarts", e);
        } finally {
            listening = false;
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The ends of the partitions: an answer within a few seconds means the broker is there. */
    private void askTheBroker() {
        try {
            consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(5));
            heard();
        } catch (org.apache.kafka.common.errors.RetriableException away) { // a timeout among them
            log.debug("The broker did not answer: open boards are told live updates are paused", away);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        notices.closeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
