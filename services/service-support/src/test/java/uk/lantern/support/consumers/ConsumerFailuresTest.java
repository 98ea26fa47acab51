package uk.lantern.support.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.GenericMessage;

/**
 * Which failures wait for the store, and what the dead-letter headers say. The real runs, with the store stopped:
 * correlation-service ProjectionsWaitForTheStoreTest, return-interview-service NothingIsLostWhenTheBrokerOrServiceStopsTest.
 */
class ConsumerFailuresTest {

    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    @Test
    void the_store_away_is_waited_for_and_a_bug_or_an_unreadable_message_is_not() {
        var refused = new MongoSocketOpenException("Exception opening socket", new ServerAddress("127.0.0.1", 1));
        assertThat(ConsumerFailures.storeOrBrokerAway(wrapped(refused))).isTrue();
        assertThat(ConsumerFailures.storeOrBrokerAway(wrapped(new MongoTimeoutException("no server")))).isTrue();
        assertThat(ConsumerFailures.storeOrBrokerAway(wrapped(new NullPointerException("a bug")))).isFalse();
        assertThat(ConsumerFailures.storeOrBrokerAway(wrapped(new Unreadable("not JSON")))).isFalse();
    }

    @Test
    void the_dead_letter_says_why_in_the_readers_own_words_and_where_it_came_from() {
        var record = new ConsumerRecord<Object, Object>("lantern.alerts.v1", 0, 7, "k", "v");
        var headers = ConsumerFailures.reason(record, wrapped(new Unreadable("not JSON: x")), Unreadable.class);

        assertThat(new String(headers.lastHeader("x-exception-message").value(), StandardCharsets.UTF_8))
                .isEqualTo("not JSON: x");
        assertThat(new String(headers.lastHeader("x-original-topic").value(), StandardCharsets.UTF_8))
                .isEqualTo("lantern.alerts.v1");
    }

    private static Exception wrapped(Exception cause) {
        return new ListenerExecutionFailedException("listener failed",
                new MessageHandlingException(new GenericMessage<>("payload"), cause));
    }
}
