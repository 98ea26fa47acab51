package uk.lantern.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.common.header.Header;

/**
 * Reads a topic from the beginning like {@link TopicReader}, but keeps each message's bytes and headers undecoded,
 * e.g. for a dead-letter topic, whose messages need not match any contract.
 */
public final class RawTopicReader implements AutoCloseable {

    /** One message as it lies on the topic; header values as UTF-8 text. */
    public record Raw(String key, byte[] value, Map<String, String> headers) {
    }

    private final TopicConsumer<Raw> consumer;

    public RawTopicReader(String bootstrapServers, String topic) {
        this.consumer = new TopicConsumer<>(bootstrapServers, topic, record -> {
            Map<String, String> headers = new HashMap<>();
            for (Header h : record.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            return new Raw(record.key(), record.value(), headers);
        });
    }

    /** Polls until {@code done} holds for everything read so far; returns it all. */
    public List<Raw> readUntil(Predicate<List<Raw>> done, Duration atMost) {
        return consumer.readUntil(done, atMost);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
