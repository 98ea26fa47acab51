package uk.lantern.benchmarks.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import uk.lantern.benchmarks.topology.SourceMessages.Message;

/** The broker as the benchmarks use it: topics, loading, offsets, and knowing when an app has consumed everything. */
final class Cluster implements AutoCloseable {

    static final int PARTITIONS = 4;

    private final String bootstrap;
    private final Admin admin;

    Cluster(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    String bootstrap() {
        return bootstrap;
    }

    void createTopics(Collection<String> names) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            var missing = names.stream().filter(n -> !existing.contains(n)).distinct()
                    .map(n -> new NewTopic(n, PARTITIONS, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not create topics " + names, e);
        }
    }

    KafkaProducer<String, byte[]> producer(boolean batching) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, batching ? 10 : 0);
        // One request in flight: a first batch refused because the broker was not yet leader of a new topic's
        // partition was otherwise overtaken by the next and then refused as out of order until it expired (seen
        // on a broker started seconds before).
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, batching ? 256 * 1024 : 16 * 1024);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(p);
    }

    /**
     * Writes the messages in order and waits for every acknowledgement; the time it took, in seconds. A message the
     * broker did not take fails the run: a figure over fewer events than it says would be wrong.
     */
    double load(List<Message> messages) {
        long t = System.nanoTime();
        var failure = new AtomicReference<Exception>();
        var failed = new AtomicInteger();
        try (var producer = producer(true)) {
            for (Message m : messages) {
                producer.send(new ProducerRecord<>(m.topic(), m.key(), m.value()), (metadata, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failed.get() + " of " + messages.size() + " messages not written",
                    failure.get());
        }
        return (System.nanoTime() - t) / 1e9;
    }

    KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(p);
    }

    List<TopicPartition> partitions(Collection<String> topics) {
        try {
            var out = new ArrayList<TopicPartition>();
            admin.describeTopics(topics).allTopicNames().get().forEach((name, d) ->
                    d.partitions().forEach(p -> out.add(new TopicPartition(name, p.partition()))));
            return out;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every committed record of the topics, from the start, through {@code each}; the count. */
    long readAll(Collection<String> topics, Consumer<ConsumerRecord<String, byte[]>> each) {
        try (var consumer = consumer()) {
            var parts = partitions(topics);
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long n = 0;
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    each.accept(r);
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * Per topic whose name passes {@code include}: the offsets taken (records plus transaction markers, from the
     * latest offsets, uncommitted included) and the bytes of its log segments on the broker's disk.
     */
    Map<String, Map<String, Long>> written(Predicate<String> include) {
        try {
            var names = admin.listTopics().names().get().stream().filter(include).toList();
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            partitions(names).forEach(tp -> request.put(tp, OffsetSpec.latest()));
            var offsets = admin.listOffsets(request).all().get();
            Map<String, Long> bytes = new HashMap<>();
            var brokers = admin.describeCluster().nodes().get().stream().map(n -> n.id()).toList();
            admin.describeLogDirs(brokers).allDescriptions().get().values().forEach(dirs -> dirs.values()
                    .forEach(dir -> dir.replicaInfos().forEach((tp, info) -> bytes.merge(tp.topic(), info.size(),
                            Long::sum))));
            Map<String, Map<String, Long>> out = new TreeMap<>();
            offsets.forEach((tp, info) -> out.computeIfAbsent(tp.topic(), t -> new LinkedHashMap<>(
                    Map.of("offsets", 0L, "bytes", bytes.getOrDefault(t, 0L)))).merge("offsets", info.offset(),
                    Long::sum));
            return out;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The end offsets (last stable offsets) of the topics' partitions. */
    Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions) {
        try {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            partitions.forEach(tp -> request.put(tp, OffsetSpec.latest()));
            var result = admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            Map<TopicPartition, Long> out = new HashMap<>();
            result.forEach((tp, info) -> out.put(tp, info.offset()));
            return out;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<TopicPartition, Long> committed(String groupId) {
        try {
            Map<TopicPartition, OffsetAndMetadata> c = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> out = new HashMap<>();
            c.forEach((tp, o) -> {
                if (o != null) {
                    out.put(tp, o.offset());
                }
            });
            return out;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The app's own topics that it writes inside its transactions and reads back: its repartition topics. */
    Set<String> repartitionTopics(String applicationId) {
        try {
            Set<String> out = new HashSet<>();
            for (String name : admin.listTopics().names().get()) {
                if (name.startsWith(applicationId + "-") && name.endsWith("-repartition")) {
                    out.add(name);
                }
            }
            return out;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the app has consumed everything: its committed offsets reach the end of the source topics (written
     * without transactions) and of the topics it writes transactionally and reads back (repartition topics, and
     * {@code ownTopics}: there the last offset of a partition may be a transaction marker, so one short of the end
     * counts as the end), and its threads have processed nothing for {@code quiet}. Returns the System.nanoTime at
     * which the processed-record count last changed, i.e. when the app finished its work (to within 100 ms).
     */
    long awaitDrained(StreamsApp app, Collection<String> sourceTopics, Collection<String> ownTopics, Duration quiet,
                      Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastProcessed = -1;
        long lastChange = System.nanoTime();
        long lastLog = System.nanoTime();
        while (true) {
            long processed = app.processed();
            long now = System.nanoTime();
            if (processed != lastProcessed) {
                lastProcessed = processed;
                lastChange = now;
            }
            if (now - lastChange >= quiet.toNanos() && caughtUp(app.applicationId(), sourceTopics, ownTopics)) {
                return lastChange;
            }
            if (app.failed()) {
                throw new IllegalStateException(app.applicationId() + " failed");
            }
            if (now > deadline) {
                throw new NotDrained(app.applicationId() + " did not drain within " + timeout, processed);
            }
            if (now - lastLog > 15_000_000_000L) {
                lastLog = now;
                CorrelationTopologyBenchmark.log("%s: %,d records processed so far", app.applicationId(), processed);
            }
            Thread.sleep(100);
        }
    }

    boolean caughtUp(String groupId, Collection<String> sourceTopics, Collection<String> ownTopics) {
        Set<String> transactional = new HashSet<>(ownTopics);
        transactional.addAll(repartitionTopics(groupId));
        var all = new ArrayList<String>(sourceTopics);
        all.addAll(transactional);
        var parts = partitions(all);
        var end = endOffsets(parts);
        var committed = committed(groupId);
        for (TopicPartition tp : parts) {
            long c = committed.getOrDefault(tp, 0L);
            long e = end.get(tp);
            long allowed = transactional.contains(tp.topic()) ? 1 : 0;
            if (c < e - allowed) {
                return false;
            }
        }
        return true;
    }

    /** How many records of the topics the group has not yet committed as consumed. */
    long lag(String groupId, Collection<String> topics) {
        var parts = partitions(topics);
        var end = endOffsets(parts);
        var committed = committed(groupId);
        long lag = 0;
        for (TopicPartition tp : parts) {
            lag += Math.max(0, end.get(tp) - committed.getOrDefault(tp, 0L));
        }
        return lag;
    }

    /** Committed offset of one partition for the group, or -1. */
    long committed(String groupId, TopicPartition tp) {
        return committed(groupId).getOrDefault(tp, -1L);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(10));
    }

    /** The app was still working when the time allowed ran out. */
    static final class NotDrained extends IllegalStateException {
        final long processed;

        NotDrained(String message, long processed) {
            super(message);
            this.processed = processed;
        }
    }
}
