package uk.lantern.correlation.stream;

import java.util.List;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import uk.lantern.correlation.stream.identityindex.StoreIdentityIndex;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.schemas.mace.MaceTopics;

/**
 * The correlation service's Kafka Streams topology, apart from its runtime: the Spring binder hands it three input
 * streams (the four source topics, the reviewers' decisions with the MACE panel's events, and its own child-events
 * topic), tests and benchmarks
 * call {@link #addTo(StreamsBuilder)}.
 */
public final class CorrelationTopology {

    /** Internal: every message for one child, keyed by Lantern child id. Read and written by this topology only. */
    public static final String CHILD_EVENTS = "lantern.correlation.child-events";

    public static final String DECISIONS = CorrelationTopics.IDENTITY_DECISIONS.name();
    /** The MACE panel's events: read with the decisions, and sent by the identity stage to the child they name. */
    public static final String MACE = MaceTopics.MACE.name();
    public static final String ALERTS = CorrelationTopics.ALERTS.name();
    public static final String HOTSPOTS = CorrelationTopics.HOTSPOTS.name();
    public static final String IDENTITY = CorrelationTopics.IDENTITY.name();
    public static final String PROFILES = CorrelationTopics.CHILD_PROFILES.name();
    /** The analyst feed as released (v1), written beside {@link #ANALYST_FEED_V2} until the cut-over. */
    public static final String ANALYST_FEED = CorrelationTopics.ANALYST_FEED.name();
    public static final String ANALYST_FEED_V2 = CorrelationTopics.ANALYST_FEED_V2.name();
    /** Source messages that cannot be decoded, with the reason in the x-exception-message header. */
    public static final String DEAD_LETTERS = "lantern.correlation.dlt";

    private final CorrelationSettings settings;

    public CorrelationTopology(CorrelationSettings settings) {
        this.settings = settings;
    }

    public static List<String> sourceTopics() {
        return List.of(Topics.MISSING_EPISODES.name(), Topics.RETURN_INTERVIEWS.name(), Topics.CME_REGISTER.name(),
                Topics.EXPLOITATION_RISK.name());
    }

    public void addTo(StreamsBuilder builder) {
        var bytes = Consumed.with(Serdes.String(), Serdes.ByteArray());
        wire(builder.stream(sourceTopics(), bytes), builder.stream(List.of(DECISIONS, MACE), bytes),
                builder.stream(CHILD_EVENTS, bytes));
    }

    public void wire(KStream<String, byte[]> sourceEvents, KStream<String, byte[]> decisions,
                     KStream<String, byte[]> childEvents) {
        KStream<String, byte[]> intake = sourceEvents.process(Intake::new, Named.as("source-intake"))
                .merge(decisions.process(Intake::new, Named.as("decision-intake")), Named.as("identity-intake"));
        KStream<String, byte[]> resolving = intake
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray())
                        .withName("identity").withNumberOfPartitions(1));

        KStream<String, Outbound> children = childEvents
                .process(stage("child", attempts -> new ChildProcessor(settings, attempts), childStores()),
                        Named.as("child"));
        var branches = children.split(Named.as("child-"))
                .branch((key, out) -> Outbound.LINK_SIGHTINGS.equals(out.topic()), Branched.as("links"))
                .branch((key, out) -> Outbound.RECORDS_EMPTIED.equals(out.topic()), Branched.as("emptied"))
                .defaultBranch(Branched.as("out"));
        route(branches.get("child-out"), "child");

        // Back from the child stage: records an erasure left with no event, for the identity stage to forget. Its own
        // single-partition repartition, read by the identity task beside the intake's (an erasure's report comes after
        // the erasure, which the identity stage routed; nothing else orders the two).
        KStream<String, byte[]> emptied = branches.get("child-emptied")
                .mapValues(Outbound::value, Named.as("record-emptied-value"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray())
                        .withName("records-emptied").withNumberOfPartitions(1));
        KStream<String, Outbound> identity = resolving.merge(emptied, Named.as("identity-and-emptied"))
                .process(stage("identity", attempts -> new IdentityProcessor(settings), identityStores()),
                        Named.as("identity"));
        route(identity, "identity");

        KStream<String, Outbound> links = branches.get("child-links")
                .mapValues(Outbound::value, Named.as("link-sighting-value"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName("link-sightings"))
                .process(stage("shared-link", attempts -> new LinkProcessor(settings, attempts), linkStores()),
                        Named.as("shared-links"));
        route(links, "shared-links");
    }

    private static void route(KStream<String, Outbound> stream, String stage) {
        stream.to((key, out, context) -> out.topic(),
                Produced.with(Serdes.String(), OUTBOUND).withName(stage + "-sink"));
    }

    private static final Serde<Outbound> OUTBOUND = Serdes.serdeFrom(
            (topic, out) -> out == null ? null : out.value(),
            (topic, bytes) -> {
                throw new UnsupportedOperationException("outbound messages are only written");
            });

    private Set<StoreBuilder<?>> identityStores() {
        var stores = new HashSet<StoreBuilder<?>>(settings.persistentStores()
                ? StoreIdentityIndex.storeBuilders() : StoreIdentityIndex.inMemoryStoreBuilders());
        stores.add(store(IdentityProcessor.decisionsAppliedStore(), Serdes.String()));
        stores.add(store(IdentityProcessor.erasuresPendingStore(), Serdes.String()));
        return stores;
    }

    private Set<StoreBuilder<?>> childStores() {
        return Set.of(store(ChildProcessor.STATE, InternalJson.serde(ChildState.class)),
                store(ChildProcessor.HISTORY, InternalJson.serde(StoredEvent.class)),
                store(ChildProcessor.SCHEDULE, Serdes.String()),
                store(ChildProcessor.PROFILES_DUE, Serdes.String()));
    }

    private Set<StoreBuilder<?>> linkStores() {
        return Set.of(store(LinkProcessor.STATE, InternalJson.serde(LinkState.class)),
                store(LinkProcessor.SCHEDULE, Serdes.String()));
    }

    private <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        KeyValueBytesStoreSupplier supplier = settings.persistentStores()
                ? Stores.persistentKeyValueStore(name) : Stores.inMemoryKeyValueStore(name);
        return Stores.keyValueStoreBuilder(supplier, Serdes.String(), values);
    }

    /** A stage's processor, its work run all or nothing ({@link AllOrNothing}). */
    private static ProcessorSupplier<String, byte[], String, Outbound> stage(
            String name, Function<Attempts, Processor<String, byte[], String, Outbound>> processor,
            Set<StoreBuilder<?>> stores) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, byte[], String, Outbound> get() {
                return new AllOrNothing(name, processor);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return stores;
            }
        };
    }
}
