package uk.lantern.correlation.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.KStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.streams.KafkaStreamsMicrometerListener;
import uk.lantern.correlation.stream.CorrelationSettings;
import uk.lantern.correlation.stream.CorrelationTopology;

/**
 * Runs {@link CorrelationTopology} on the Kafka Streams binder. The binder hands the function three streams (bindings
 * {@code correlation-in-0..2} in application.yml: the four source topics, the reviewers' decisions, and the
 * topology's own child-events topic); the topology writes its outputs to their topics itself, so the function is a
 * consumer with no output binding. Keys and values are read with explicit String and byte[] serdes: the topology
 * decodes the envelopes, and nothing adds a {@code __TypeId__} header.
 *
 * <p>{@code lantern.correlation.stream.enabled=false} starts the service without the topology (the API and the
 * projections only): a read replica, and the API tests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "lantern.correlation.stream", name = "enabled", matchIfMissing = true)
public class CorrelationStream {

    private static final Logger log = LoggerFactory.getLogger(CorrelationStream.class);

    @Bean
    CorrelationSettings correlationSettings(CorrelationProperties properties) {
        return properties.toSettings();
    }

    @Bean
    Function<KStream<String, byte[]>, Function<KStream<String, byte[]>, Consumer<KStream<String, byte[]>>>> correlation(
            CorrelationSettings settings) {
        return sourceEvents -> decisions -> childEvents ->
                new CorrelationTopology(settings).wire(sourceEvents, decisions, childEvents);
    }

    /** Named as the binder's own listener, so that a binder that sees it uses it (see {@link StreamsMetrics}). */
    @Bean("binderStreamsListener")
    StreamsMetrics streamsMetrics(MeterRegistry registry, @Value("${lantern.metrics.refresh:15s}") Duration refresh) {
        return StreamsMetrics.refreshedEvery(registry, refresh);
    }

    /**
     * What application.yml cannot say: the static member id (a restart rejoins without a rebalance; the host name
     * unless set, which is the pod name on Kubernetes) and the state directory. The binder applies one configurer
     * only (the primary), so this one also applies the others, and puts {@link StreamsMetrics} in place of Boot's
     * Kafka Streams metrics listener.
     */
    @Bean
    @Primary
    StreamsBuilderFactoryBeanConfigurer correlationStreamsConfigurer(CorrelationProperties properties,
                                                                     ObjectProvider<StreamsBuilderFactoryBeanConfigurer> all,
                                                                     StreamsMetrics metrics) {
        return new StreamsBuilderFactoryBeanConfigurer() {
            @Override
            public void configure(StreamsBuilderFactoryBean factory) {
                Properties config = factory.getStreamsConfiguration();
                config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId(properties));
                config.put(StreamsConfig.STATE_DIR_CONFIG, properties.getStateDir().toAbsolutePath().toString());
                // The binder passes spring.kafka.producer.* on to the streams' producers; the API's short timeouts
                // would fail a transactional producer on a busy broker. Kafka's defaults instead:
                config.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_BLOCK_MS_CONFIG), "60000");
                config.put(StreamsConfig.producerPrefix(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG), "30000");
                config.put(StreamsConfig.producerPrefix(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG), "120000");
                // One request in flight (the API producer's 5 would come through too): with several, a produce
                // refused with CONCURRENT_TRANSACTIONS is retried behind later ones, which the broker refuses as out
                // of order, for ever (KAFKA-14359); it stopped the topology at 1,000 events/s in the benchmark.
                config.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION), "1");
                // A child's profile can pass Kafka's default 1 MB (a long history); the profiles topic takes as much.
                config.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                        String.valueOf(CorrelationTopics.largestMessageBytes(properties)));
                factory.setStreamsConfiguration(config);
                // The binder sets SHUTDOWN_CLIENT on every failure when it starts the streams; this runs after it.
                factory.setKafkaStreamsCustomizer(streams ->
                        streams.setUncaughtExceptionHandler(CorrelationStream::onStreamThreadFailure));
                all.orderedStream().filter(other -> other != this).forEach(other -> other.configure(factory));
                // Boot's Kafka Streams metrics, but looked for every lantern.metrics.refresh (StreamsMetrics)
                factory.getListeners().stream().filter(KafkaStreamsMicrometerListener.class::isInstance)
                        .filter(listener -> listener != metrics).toList().forEach(factory::removeListener);
                if (!factory.getListeners().contains(metrics)) {
                    factory.addListener(metrics);
                }
            }
        };
    }

    /**
     * A broker that is slow or briefly away (a timeout, any retriable error) replaces the stream thread, which resumes
     * from the last commit; anything else stops the streams client, so a bug shows rather than looping.
     */
    static StreamThreadExceptionResponse onStreamThreadFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof TimeoutException) {
                log.warn("Stream thread failed on a transient error; replacing it", failure);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
        }
        log.error("Stream thread failed; stopping the correlation topology", failure);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    static String instanceId(CorrelationProperties properties) {
        if (properties.getInstanceId() != null && !properties.getInstanceId().isBlank()) {
            return properties.getInstanceId().strip();
        }
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("cannot tell this host's name: set lantern.correlation.instance-id", e);
        }
    }
}
