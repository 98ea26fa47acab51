package uk.lantern.benchmarks.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The baselines: the least a Kafka Streams app can do with the same input on the same broker and settings, so that
 * the correlation topology's figures are read as a ratio to what the platform itself costs here.
 */
final class BareApps {

    static final String COUNTS = "bare-counts";
    static final String LAST = "bare-last";
    static final String PASS_THROUGH_OUT = "bench.pass-through";
    static final String DEADLINES_IN = "bench.deadlines";
    static final String DEADLINES_OUT = "bench.deadlines-due";
    static final String DEADLINE_SCHEDULE = "bare-deadline-schedule";

    private BareApps() {
    }

    /**
     * Group by the source key and aggregate into two persistent stores, a count and the last value per key. No
     * record cache (as the topology's stores), so every update is a store write and a changelog record.
     */
    static Topology twoStores(List<String> sources) {
        var builder = new StreamsBuilder();
        KGroupedStream<String, byte[]> grouped = builder.stream(sources, Consumed.with(Serdes.String(),
                Serdes.ByteArray())).groupByKey();
        grouped.count(Materialized.<String, Long>as(Stores.persistentKeyValueStore(COUNTS))
                .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()).withCachingDisabled());
        grouped.reduce((previous, latest) -> latest,
                Materialized.<String, byte[]>as(Stores.persistentKeyValueStore(LAST))
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()).withCachingDisabled());
        return builder.build();
    }

    /** Every source record straight to one output topic. */
    static Topology passThrough(List<String> sources) {
        var builder = new StreamsBuilder();
        builder.stream(sources, Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .to(PASS_THROUGH_OUT, Produced.with(Serdes.String(), Serdes.ByteArray()));
        return builder.build();
    }

    /**
     * Deadlines (value: epoch ms) kept in a time-ordered persistent store, as the topology's schedule is, and sent on
     * by a wall-clock punctuator every {@code tick} once due (or at once when already due on arrival).
     */
    static Topology deadlines(Duration tick) {
        var builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DEADLINE_SCHEDULE),
                Serdes.String(), Serdes.String()));
        builder.stream(DEADLINES_IN, Consumed.with(Serdes.String(), Serdes.String()))
                .process(() -> new DeadlineProcessor(tick), DEADLINE_SCHEDULE)
                .to(DEADLINES_OUT, Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }

    private static final class DeadlineProcessor implements Processor<String, String, String, String> {
        private final Duration tick;
        private ProcessorContext<String, String> context;
        private KeyValueStore<String, String> schedule;

        DeadlineProcessor(Duration tick) {
            this.tick = tick;
        }

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
            this.schedule = context.getStateStore(DEADLINE_SCHEDULE);
            context.schedule(tick, PunctuationType.WALL_CLOCK_TIME, this::due);
        }

        @Override
        public void process(Record<String, String> record) {
            long deadline = Long.parseLong(record.value());
            if (deadline <= context.currentSystemTimeMs()) {
                context.forward(record);
            } else {
                schedule.put(String.format("%019d|%s", deadline, record.key()), record.value());
            }
        }

        private void due(long now) {
            var slots = new ArrayList<String>();
            try (var range = schedule.range("", String.format("%019d|\uffff", now))) {
                range.forEachRemaining(kv -> {
                    slots.add(kv.key);
                    context.forward(new Record<>(kv.key.substring(20), kv.value, now));
                });
            }
            slots.forEach(schedule::delete);
        }
    }
}
