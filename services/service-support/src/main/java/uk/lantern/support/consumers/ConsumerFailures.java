package uk.lantern.support.consumers;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What a service's Kafka-binder consumer does when a message fails. One that cannot be read (the service's
 * "unreadable" exception) goes at once to the binding's dead-letter topic, with the reason in
 * {@code x-exception-message} and its topic in {@code x-original-topic}, and the partition moves on. The store or the
 * broker not answering (a socket closed, a timeout, no primary) is tried again, 1 s after, then twice as long each
 * time up to 30 s, for as long as it takes, the partition waiting: what arrives while MongoDB is away is written when
 * it is back, never given up to the dead-letter topic where no one would act on it. Any other failure (a bug) is
 * tried twice more, 1 s apart, then dead-lettered with its reason, so one message never stalls its partition for
 * good. A service declares the bean ({@link #customizer}) and gives each binding {@code max-attempts} above 1 (the
 * binder then leaves retries and dead letters to this handler) and {@code enable-dlq} with its {@code dlq-name}.
 */
public final class ConsumerFailures {

    private static final Logger log = LoggerFactory.getLogger(ConsumerFailures.class);

    static final String REASON_HEADER = "x-exception-message";
    static final String ORIGINAL_TOPIC_HEADER = "x-original-topic";

    private ConsumerFailures() {
    }

    /** @param unreadable thrown by the consumer for a message that will never be readable */
    public static ListenerContainerWithDlqAndRetryCustomizer customizer(KafkaProperties kafka,
                                                                        Class<? extends Exception> unreadable) {
        Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        var deadLetters = new KafkaTemplate<Object, Object>(new DefaultKafkaProducerFactory<>(producer));
        return new ListenerContainerWithDlqAndRetryCustomizer() {
            @Override
            public void configure(AbstractMessageListenerContainer<?, ?> container, String destination, String group,
                                  BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> deadLetterTopic,
                                  BackOff ignored) {
                var recoverer = deadLetterTopic == null ? new DeadLetterPublishingRecoverer(deadLetters)
                        : new DeadLetterPublishingRecoverer(deadLetters, deadLetterTopic);
                recoverer.setHeadersFunction((record, failure) -> reason(record, failure, unreadable));
                var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(1_000, 2));
                handler.setBackOffFunction((record, failure) -> storeOrBrokerAway(failure) ? untilItSucceeds() : null);
                handler.addNotRetryableExceptions(unreadable);
                handler.setRetryListeners((record, failure, attempt) -> log.warn(
                        "Consuming {} partition {} offset {} failed (attempt {}), will try again: {}",
                        record.topic(), record.partition(), record.offset(), attempt, rootMessage(failure)));
                container.setCommonErrorHandler(handler);
            }

            @Override
            public boolean retryAndDlqInBinding(String destination, String group) {
                return false;
            }
        };
    }

    /** The store or the broker not answering: it comes back, so the message is kept for it. */
    static boolean storeOrBrokerAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
                    || cause instanceof MongoNotPrimaryException || cause instanceof MongoNodeIsRecoveringException
                    || cause instanceof MongoExecutionTimeoutException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException || cause instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    static BackOff untilItSucceeds() {
        var backOff = new ExponentialBackOff(Duration.ofSeconds(1).toMillis(), 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }

    /** The headers the binder's own dead-lettering wrote, which readers of the dead-letter topics look for. */
    static Headers reason(ConsumerRecord<?, ?> record, Exception failure, Class<? extends Exception> unreadable) {
        Throwable reason = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            reason = cause;
            if (unreadable.isInstance(cause)) {
                break;
            }
        }
        var headers = new RecordHeaders();
        headers.add(REASON_HEADER, String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8));
        headers.add(ORIGINAL_TOPIC_HEADER, record.topic().getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
