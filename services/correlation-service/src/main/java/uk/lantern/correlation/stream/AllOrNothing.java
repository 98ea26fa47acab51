package uk.lantern.correlation.stream;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeCount;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a stage's work in units that take effect whole or not at all: a message, a tick, and each piece of a tick the
 * stage attempts on its own ({@link Attempts}). While a unit runs, what it sends is held back and every store write
 * is undoable ({@link UndoableStore}); when it ends the held messages go out. When the stage's own code throws (a bug
 * on data nobody foresaw), the unit's writes are undone, nothing it meant to send goes out, the stage forgets what it
 * had cached, and the message (or a report of the piece) goes to the dead-letter topic with the reason; the partition
 * goes on with the next message. Without this one such message stopped the topology for every child, again at every
 * restart. Kafka's own failures (the broker, the state stores, a fenced producer) are not caught: the stream thread
 * deals with those.
 */
final class AllOrNothing implements Processor<String, byte[], String, Outbound>, Attempts {

    /** A stage that keeps decoded copies of its stores: dropped after a failed unit, since they may hold its writes. */
    interface Cached {
        void forgetCached();
    }

    private static final Logger log = LoggerFactory.getLogger(AllOrNothing.class);
    static final String METRICS_GROUP = "lantern-correlation-metrics";

    private final String stage;
    private final Processor<String, byte[], String, Outbound> work;
    private final List<Runnable> undo = new ArrayList<>();
    private final List<Held> held = new ArrayList<>();
    private final Map<String, StateStore> stores = new HashMap<>();
    private ProcessorContext<String, Outbound> context;
    private Sensor deadLettered;
    private int depth;

    AllOrNothing(String stage, Function<Attempts, Processor<String, byte[], String, Outbound>> work) {
        this.stage = stage;
        this.work = work.apply(this);
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        this.context = context;
        // One count per stage and task (a sensor of its own: Kafka's per-thread sensors would count each failure
        // once for every task of the stage on the thread).
        String task = context.taskId().toString();
        this.deadLettered = context.metrics().addSensor(METRICS_GROUP + "." + stage + "." + task + ".dead-lettered",
                Sensor.RecordingLevel.INFO);
        deadLettered.add(new MetricName("dead-lettered-total", METRICS_GROUP,
                "Messages and pieces of timed work the stage's own code failed on, sent to the dead-letter topic",
                Map.of("stage", stage, "task-id", task)), new CumulativeCount());
        work.init(new UnitContext());
    }

    @Override
    public void process(Record<String, byte[]> record) {
        run(() -> work.process(record), failure -> deadLetter(record, failure));
    }

    @Override
    public boolean attempt(String what, String key, Runnable piece) {
        return run(piece, failure -> report(what, key, failure));
    }

    @Override
    public void close() {
        work.close();
        context.metrics().removeSensor(deadLettered);
    }

    private boolean run(Runnable unit, Function<RuntimeException, Record<String, Outbound>> deadLetter) {
        int undoFrom = undo.size();
        int heldFrom = held.size();
        boolean outermost = depth == 0;
        depth++;
        boolean ended = false;
        boolean done = false;
        try {
            unit.run();
            done = true;
            ended = true;
        } catch (KafkaException infrastructure) {
            throw infrastructure;
        } catch (RuntimeException failure) {
            rollBack(undoFrom, heldFrom);
            held.add(new Held(deadLetter.apply(failure), null));
            deadLettered.record();
            ended = true;
        } finally {
            depth--;
            if (outermost) {
                end(ended);
            }
        }
        return done;
    }

    private void rollBack(int undoFrom, int heldFrom) {
        for (int i = undo.size() - 1; i >= undoFrom; i--) {
            undo.get(i).run();
        }
        undo.subList(undoFrom, undo.size()).clear();
        held.subList(heldFrom, held.size()).clear();
        if (work instanceof Cached cached) {
            cached.forgetCached();
        }
    }

    /**
     * The outermost unit is over: what it holds goes out, unless Kafka failed under it (the task is then closed
     * without committing, and its stores restored; nothing of the unit may go out).
     */
    private void end(boolean ended) {
        undo.clear();
        var sending = ended ? List.copyOf(held) : List.<Held>of();
        held.clear();
        for (Held message : sending) {
            if (message.childName() == null) {
                context.forward(message.record());
            } else {
                context.forward(message.record(), message.childName());
            }
        }
    }

    private Record<String, Outbound> deadLetter(Record<String, byte[]> record, RuntimeException failure) {
        String reason = "the " + stage + " stage failed on this message: " + describe(failure);
        log.error("Dead-lettering a message: {}", reason, failure);
        var headers = new RecordHeaders(record.headers().toArray());
        if (headers.lastHeader(IdentityProcessor.SOURCE_TOPIC_HEADER) == null) {
            context.recordMetadata().map(RecordMetadata::topic).ifPresent(topic ->
                    headers.add(IdentityProcessor.SOURCE_TOPIC_HEADER, topic.getBytes(UTF_8)));
        }
        headers.remove(IdentityProcessor.REASON_HEADER);
        headers.add(IdentityProcessor.REASON_HEADER, reason.getBytes(UTF_8));
        String sourceKey = IdentityProcessor.header(record.headers(), IdentityProcessor.SOURCE_KEY_HEADER);
        return new Record<>(sourceKey != null ? sourceKey : record.key(),
                new Outbound(CorrelationTopology.DEAD_LETTERS, record.value()), record.timestamp(), headers);
    }

    private Record<String, Outbound> report(String what, String key, RuntimeException failure) {
        String reason = "the " + stage + " stage failed on " + what + ": " + describe(failure);
        log.error("Dead-lettering a report: {}", reason, failure);
        var headers = new RecordHeaders();
        headers.add(IdentityProcessor.REASON_HEADER, reason.getBytes(UTF_8));
        long now = context.currentSystemTimeMs();
        var value = InternalJson.bytes(new WorkFailed(stage, what, key, reason, Instant.ofEpochMilli(now)));
        return new Record<>(key, new Outbound(CorrelationTopology.DEAD_LETTERS, value), now, headers);
    }

    /** What the dead-letter topic says of a piece of scheduled work that failed (there is no message to keep). */
    record WorkFailed(String stage, String what, String key, String reason, Instant at) {
    }

    private static String describe(RuntimeException failure) {
        String where = failure.getStackTrace().length == 0 ? "" : " (at " + failure.getStackTrace()[0] + ")";
        return failure.getClass().getSimpleName() + ": " + failure.getMessage() + where;
    }

    private record Held(Record<String, Outbound> record, String childName) {
    }

    /** The stage's view of its context: sends are held until its unit ends, stores are undoable, ticks are units. */
    private final class UnitContext implements ProcessorContext<String, Outbound> {

        @Override
        public <K extends String, V extends Outbound> void forward(Record<K, V> record) {
            hold(record, null);
        }

        @Override
        public <K extends String, V extends Outbound> void forward(Record<K, V> record, String childName) {
            hold(record, childName);
        }

        private void hold(Record<? extends String, ? extends Outbound> record, String childName) {
            if (depth == 0) {
                throw new IllegalStateException("the " + stage + " stage sent a message outside a unit of work");
            }
            held.add(new Held(new Record<>(record.key(), record.value(), record.timestamp(), record.headers()),
                    childName));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S extends StateStore> S getStateStore(String name) {
            return (S) stores.computeIfAbsent(name, n -> {
                StateStore store = context.getStateStore(n);
                return store instanceof KeyValueStore<?, ?> keyValues ? undoable(keyValues) : store;
            });
        }

        private <K, V> UndoableStore<K, V> undoable(KeyValueStore<K, V> store) {
            return new UndoableStore<>(store, step -> {
                if (depth > 0) {
                    undo.add(step);
                }
            });
        }

        @Override
        public Cancellable schedule(Duration interval, PunctuationType type, Punctuator punctuator) {
            return context.schedule(interval, type,
                    timestamp -> attempt("a tick", null, () -> punctuator.punctuate(timestamp)));
        }

        @Override
        public String applicationId() {
            return context.applicationId();
        }

        @Override
        public TaskId taskId() {
            return context.taskId();
        }

        @Override
        public Optional<RecordMetadata> recordMetadata() {
            return context.recordMetadata();
        }

        @Override
        public Serde<?> keySerde() {
            return context.keySerde();
        }

        @Override
        public Serde<?> valueSerde() {
            return context.valueSerde();
        }

        @Override
        public File stateDir() {
            return context.stateDir();
        }

        @Override
        public StreamsMetrics metrics() {
            return context.metrics();
        }

        @Override
        public void commit() {
            context.commit();
        }

        @Override
        public Map<String, Object> appConfigs() {
            return context.appConfigs();
        }

        @Override
        public Map<String, Object> appConfigsWithPrefix(String prefix) {
            return context.appConfigsWithPrefix(prefix);
        }

        @Override
        public long currentSystemTimeMs() {
            return context.currentSystemTimeMs();
        }

        @Override
        public long currentStreamTimeMs() {
            return context.currentStreamTimeMs();
        }
    }
}
