package uk.lantern.correlation.stream;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Routes every source event and decision to the single identity task: one key for all, the topic it came from and
 * its original key kept in headers (the identity stage decodes by topic and names the source record by key).
 */
final class Intake implements Processor<String, byte[], String, byte[]> {

    static final String IDENTITY_KEY = "identity";

    private ProcessorContext<String, byte[]> context;

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String topic = context.recordMetadata().map(m -> m.topic()).orElse(null);
        var headers = new RecordHeaders();
        if (topic != null) {
            headers.add(IdentityProcessor.SOURCE_TOPIC_HEADER, topic.getBytes(StandardCharsets.UTF_8));
        }
        if (record.key() != null) {
            headers.add(IdentityProcessor.SOURCE_KEY_HEADER, record.key().getBytes(StandardCharsets.UTF_8));
        }
        context.forward(new Record<>(IDENTITY_KEY, record.value(), record.timestamp(), headers));
    }
}
