package uk.lantern.correlation.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.CorrelationEventTypes;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.schemas.correlation.IdentityDecisionMade;

/**
 * Sends a reviewer's decision to {@code lantern.identity-decisions.v1}, keyed by decision id, and waits for the
 * broker's acknowledgement (acks=all, idempotent producer) before the API answers: a 202 means the stream will apply
 * it, in order with the source events.
 */
public class DecisionPublisher {

    static final String SOURCE = "correlation-service";
    private static final Subject NO_SUBJECT = new Subject(null, null, null, null, null, null, null, null, null);

    private final EventCodec codec = new EventCodec();
    private final KafkaTemplate<String, String> kafka;
    private final Duration sendTimeout;

    public DecisionPublisher(KafkaTemplate<String, String> kafka, Duration sendTimeout) {
        this.kafka = kafka;
        this.sendTimeout = sendTimeout;
    }

    public void publish(IdentityDecisionMade decision, Instant recordedAt) {
        Envelope<IdentityDecisionMade> envelope = Envelope.of(CorrelationEventTypes.IDENTITY_DECISION_MADE,
                UUID.randomUUID(), decision.decidedAt(), recordedAt, SOURCE, NO_SUBJECT, decision);
        String json = new String(codec.encode(envelope), StandardCharsets.UTF_8);
        try {
            kafka.send(new ProducerRecord<>(CorrelationTopics.IDENTITY_DECISIONS.name(), decision.decisionId(), json))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionNotSent("interrupted while sending the decision", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new DecisionNotSent("the decision could not be sent to the broker: " + e.getMessage(), e);
        }
    }
}
