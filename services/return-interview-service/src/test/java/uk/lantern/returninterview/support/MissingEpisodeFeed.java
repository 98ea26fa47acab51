package uk.lantern.returninterview.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;
import uk.lantern.schemas.missingepisode.RiskGrade;

/** Plays missing-episode-service: a plain producer writing to its topic, well-formed events or anything else. */
public final class MissingEpisodeFeed implements AutoCloseable {

    public static final Professional PC = new Professional("PC Sarah Patel", "Police officer", "Cambridgeshire Constabulary");
    public static final EpisodeContext HOME = new EpisodeContext(EpisodeContext.Type.MISSING_FROM_HOME, null, null, null);
    public static final EpisodeContext CARE = new EpisodeContext(EpisodeContext.Type.MISSING_FROM_CARE,
            EpisodeContext.PlacementType.CHILDRENS_HOME, "Peterborough", false);

    private final KafkaProducer<String, byte[]> producer;
    private final EventCodec codec = new EventCodec();

    public MissingEpisodeFeed(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    public static String uniqueLaId() {
        return "LA-T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    public static String uniqueEpisodeId() {
        return "ep-" + UUID.randomUUID();
    }

    public static Subject child(String laId) {
        return new Subject(laId, null, null, null, "Amelia", "Jones", LocalDate.of(2010, 4, 1), Subject.Sex.FEMALE, "PE1 2AB");
    }

    public static Envelope<ChildReturned> childReturned(String episodeId, Subject subject, EpisodeContext context,
                                                        Instant returnedAt) {
        return Envelope.of(MissingEpisodeEventTypes.CHILD_RETURNED, UUID.randomUUID(), returnedAt, returnedAt,
                "missing-episode-service", subject, new ChildReturned(episodeId, returnedAt.truncatedTo(ChronoUnit.SECONDS),
                        new ChildReturned.Location("Central Park", "PE1 4LZ", null, null),
                        List.of(new ChildReturned.Associate("Dean", "07700 900123", "AB12 CDE")),
                        ChildReturned.How.FOUND_BY_POLICE, PC, context));
    }

    public static Envelope<EpisodeReported> episodeReported(String episodeId, Subject subject, Instant reportedAt) {
        Instant at = reportedAt.truncatedTo(ChronoUnit.SECONDS);
        return Envelope.of(MissingEpisodeEventTypes.EPISODE_REPORTED, UUID.randomUUID(), at, at,
                "missing-episode-service", subject, new EpisodeReported(episodeId, HOME, EpisodeReported.Category.MISSING,
                        new EpisodeReported.LastSeen(at, "Queensgate"), at, PC, null, RiskGrade.LOW, false, false));
    }

    /**
     * The episode erased, as missing-episode-service publishes it: an empty subject, so it must be sent under the key
     * of the episode's other events ({@link #send(String, byte[])}).
     */
    public static Envelope<EpisodeErased> episodeErased(String episodeId, Instant erasedAt, EpisodeErased.Reason reason) {
        Instant at = erasedAt.truncatedTo(ChronoUnit.SECONDS);
        return Envelope.of(MissingEpisodeEventTypes.EPISODE_ERASED, UUID.randomUUID(), at, at,
                "missing-episode-service", Subject.empty(), new EpisodeErased(episodeId, at, reason));
    }

    public static String key(Envelope<?> event) {
        return event.subject().partitionKey().orElseThrow();
    }

    public byte[] encode(Envelope<?> event) {
        return codec.encode(event);
    }

    public void send(Envelope<?> event) {
        send(key(event), codec.encode(event));
    }

    public void send(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(Topics.MISSING_EPISODES.name(), key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
