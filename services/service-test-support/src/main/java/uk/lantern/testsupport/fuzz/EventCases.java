package uk.lantern.testsupport.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Topic;

/**
 * Messages for a topic's consumers, made from the JSON Schemas of the topic's event types (on the classpath, from
 * shared-schemas): one in five as generated (mostly valid), the rest mutated ({@link Mutations}: fields dropped, null,
 * wrong types, awkward strings, numbers, dates and times, deep nesting, keys twice, truncated or non-UTF-8 bytes,
 * unknown fields, other top-level values), plus a record with no value at all. Case {@code i} of a seed is always the
 * same message.
 */
public final class EventCases {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

    private final Topic<?> topic;
    private final SchemaCases schemas = new SchemaCases(EventCases::resolve);
    private final Mutations mutations = new Mutations(70_000);

    public EventCases(Topic<?> topic) {
        this.topic = topic;
    }

    public Topic<?> topic() {
        return topic;
    }

    /** The message of case {@code index}: its description and bytes (null bytes for a record with no value). */
    public Mutations.Case next(long seed, long index) {
        Random random = FuzzReport.randomFor(seed, index);
        if (random.nextInt(60) == 0) {
            return new Mutations.Case("no value (a tombstone)", null, null);
        }
        List<EventType<?>> types = new ArrayList<>(topic.eventTypes());
        EventType<?> type = types.get(random.nextInt(types.size()));
        JsonNode valid = valid(type, random);
        Mutations.Case c = random.nextInt(5) == 0
                ? new Mutations.Case("generated", Mutations.JSON_TYPE, Mutations.bytes(valid))
                : mutations.mutate(valid, random);
        return new Mutations.Case(type.name() + " v" + type.version() + ": " + c.description(), null, c.body());
    }

    /** A message generated from the event type's schema. */
    public JsonNode valid(EventType<?> type, Random random) {
        return schemas.valid(new SchemaCases.Located(document(type.schemaPath()), type.schemaPath()), random);
    }

    /**
     * Feeds {@code cases} messages to a consumer, run directly: a message it takes is "accepted", one it refuses with
     * {@code refusal} (the consumer's "this message cannot be used") is "rejected", and any other exception is a
     * crash, reported as a failure with the message that caused it.
     */
    public FuzzReport feed(String target, int cases, long seed, Consumer<byte[]> consumer,
                           Class<? extends Exception> refusal) {
        FuzzReport report = new FuzzReport(target, seed);
        long only = FuzzReport.only();
        for (long i = 0; i < cases; i++) {
            if (only >= 0 && i != only) {
                continue;
            }
            Mutations.Case c = next(seed, i);
            try {
                consumer.accept(c.body());
                report.count("accepted");
            } catch (Exception e) {
                if (refusal.isInstance(e)) {
                    report.count("rejected");
                } else {
                    report.count("crashes");
                    report.fail(i, c.description() + " -> " + e.getClass().getName() + ": " + e.getMessage(),
                            "-Dlantern.fuzz.seed=" + seed + " -Dlantern.fuzz.only=" + i + " | value "
                                    + c.bodyText(3000));
                }
            }
            report.caseDone();
        }
        return report.finish();
    }

    private static JsonNode document(String path) {
        return DOCUMENTS.computeIfAbsent(path, p -> {
            try (InputStream in = EventCases.class.getClassLoader().getResourceAsStream(p)) {
                if (in == null) {
                    throw new IllegalArgumentException("no schema on the classpath at " + p);
                }
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static SchemaCases.Located resolve(SchemaCases.Located from, String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        String path = file.isEmpty() ? from.base() : URI.create(from.base()).resolve(file).normalize().toString();
        JsonNode document = document(path);
        return new SchemaCases.Located(pointer.isEmpty() ? document : document.at(pointer), path);
    }
}
