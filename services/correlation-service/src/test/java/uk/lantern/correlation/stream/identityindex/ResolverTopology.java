package uk.lantern.correlation.stream.identityindex;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import uk.lantern.correlation.identity.IdentityResolver;
import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.identity.PersonRecord;

/**
 * A one-processor topology that runs {@link IdentityResolver} over {@link StoreIdentityIndex}, as the correlation
 * topology does. Commands arrive keyed by verb: {@code resolve} (value: the record's JSON), {@code confirm} and
 * {@code reject} (value: {@code a<TAB>b}), {@code unlink} (value: the record id). Each outcome (a Resolution or a
 * Regrouping) is added to the given list.
 */
final class ResolverTopology {
    static final String COMMANDS = "identity-commands";

    private ResolverTopology() {
    }

    static Topology build(List<StoreBuilder<?>> stores, String childIdPrefix, List<Object> outcomes) {
        Topology topology = new Topology();
        topology.addSource("commands", Serdes.String().deserializer(), Serdes.String().deserializer(), COMMANDS);
        topology.addProcessor("resolver", () -> new ResolverProcessor(childIdPrefix, outcomes), "commands");
        stores.forEach(store -> topology.addStateStore(store, "resolver"));
        return topology;
    }

    static String json(PersonRecord record) {
        return new String(IdentityIndexSerdes.personRecord().serializer().serialize(COMMANDS, record),
                StandardCharsets.UTF_8);
    }

    private static final class ResolverProcessor implements Processor<String, String, Void, Void> {
        private final String childIdPrefix;
        private final List<Object> outcomes;
        private IdentityResolver resolver;
        private int next;

        ResolverProcessor(String childIdPrefix, List<Object> outcomes) {
            this.childIdPrefix = childIdPrefix;
            this.outcomes = outcomes;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            resolver = new IdentityResolver(StoreIdentityIndex.from(context), MatchSettings.defaults(),
                    () -> childIdPrefix + (++next));
        }

        @Override
        public void process(Record<String, String> command) {
            String[] ids = command.value().split("\t");
            outcomes.add(switch (command.key()) {
                case "resolve" -> resolver.resolve(IdentityIndexSerdes.personRecord().deserializer()
                        .deserialize(COMMANDS, command.value().getBytes(StandardCharsets.UTF_8)));
                case "confirm" -> resolver.confirm(ids[0], ids[1], "reviewer");
                case "reject" -> resolver.reject(ids[0], ids[1], "reviewer");
                case "unlink" -> resolver.unlink(ids[0], "reviewer");
                default -> throw new IllegalArgumentException("unknown command " + command.key());
            });
        }
    }
}
