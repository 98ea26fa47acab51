package uk.lantern.reporting.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Ethnicity;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.cmeregister.ChildAddedToRegister;
import uk.lantern.schemas.cmeregister.ChildRemovedFromRegister;
import uk.lantern.schemas.cmeregister.CmeRegisterEventTypes;
import uk.lantern.schemas.cmeregister.NotificationGround;
import uk.lantern.schemas.cmeregister.School;
import uk.lantern.schemas.correlation.AlertAcknowledged;
import uk.lantern.schemas.correlation.AlertAssigned;
import uk.lantern.schemas.correlation.AlertCleared;
import uk.lantern.schemas.correlation.AlertEscalated;
import uk.lantern.schemas.correlation.AlertResolved;
import uk.lantern.schemas.correlation.AlertRaised;
import uk.lantern.schemas.correlation.CorrelationEventTypes;
import uk.lantern.schemas.correlation.RecordResolved;
import uk.lantern.schemas.exploitationrisk.Agency;
import uk.lantern.schemas.exploitationrisk.AssessmentCompleted;
import uk.lantern.schemas.exploitationrisk.ConcernRaised;
import uk.lantern.schemas.exploitationrisk.ExploitationRiskEventTypes;
import uk.lantern.schemas.exploitationrisk.ExploitationType;
import uk.lantern.schemas.exploitationrisk.RiskCategory;
import uk.lantern.schemas.exploitationrisk.RiskScore;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;
import uk.lantern.schemas.missingepisode.RiskGrade;
import uk.lantern.schemas.returninterview.InterviewCaseOpened;
import uk.lantern.schemas.returninterview.InterviewCompleted;
import uk.lantern.schemas.returninterview.InterviewDeclined;
import uk.lantern.schemas.returninterview.InterviewOffered;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.returninterview.ReturnInterviewEventTypes;
import uk.lantern.schemas.vocabulary.ExploitationIndicator;

/**
 * Plays the four sources and the correlation service: a plain producer (as the broker's admin) writing envelopes, with
 * the child's ethnicity and allocated team the recording services do not capture yet, straight onto the real topics.
 * Each event is recorded when it happened unless a test says otherwise.
 */
public final class SourceFeed implements AutoCloseable {

    public static final Professional PC = new Professional("PC Sarah Patel", "Police officer", "Cambridgeshire Constabulary");
    public static final EpisodeContext HOME = new EpisodeContext(EpisodeContext.Type.MISSING_FROM_HOME, null, null, null);
    public static final EpisodeContext CARE = new EpisodeContext(EpisodeContext.Type.MISSING_FROM_CARE,
            EpisodeContext.PlacementType.CHILDRENS_HOME, "Peterborough", false);

    private final KafkaProducer<String, byte[]> producer;
    private final EventCodec codec = new EventCodec();

    public SourceFeed(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    public static Subject child(String la, Ethnicity ethnicity) {
        return new Subject(la, null, null, null, "Amelia", "Jones", LocalDate.of(2011, 6, 15), Subject.Sex.FEMALE,
                "PE1 2AB", ethnicity);
    }

    public static <D extends EventData> Envelope<D> envelope(EventType<D> type, Instant at, Instant recordedAt,
                                                            String source, Subject subject, D data) {
        return Envelope.of(type, UUID.randomUUID(), at, recordedAt, source, subject, data);
    }

    public static Envelope<EpisodeReported> reported(String episode, Subject child, Instant lastSeen, boolean care,
                                                     boolean away, String team, Instant recordedAt) {
        return envelope(MissingEpisodeEventTypes.EPISODE_REPORTED, lastSeen, recordedAt, "missing-episode-service", child,
                new EpisodeReported(episode, care ? CARE : HOME,
                        away ? EpisodeReported.Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION : EpisodeReported.Category.MISSING,
                        new EpisodeReported.LastSeen(lastSeen, "Queensgate"), lastSeen, PC, null, RiskGrade.MEDIUM,
                        false, care, team == null ? null : new AllocatedWorker("Sam Social Worker", team)));
    }

    public static Envelope<ChildReturned> returned(String episode, Subject child, Instant at, boolean care) {
        return envelope(MissingEpisodeEventTypes.CHILD_RETURNED, at, at, "missing-episode-service", child,
                new ChildReturned(episode, at, new ChildReturned.Location("Central Park", "PE1 4LZ", null, null),
                        List.of(), ChildReturned.How.FOUND_BY_POLICE, PC, care ? CARE : HOME));
    }

    public static Envelope<InterviewCaseOpened> caseOpened(String episode, Subject child, Instant returnedAt, boolean care) {
        return envelope(ReturnInterviewEventTypes.INTERVIEW_CASE_OPENED, returnedAt, returnedAt.plusSeconds(5),
                "return-interview-service", child, new InterviewCaseOpened(episode,
                        care ? ReturnInterviewEvent.Context.MISSING_FROM_CARE : ReturnInterviewEvent.Context.MISSING_FROM_HOME,
                        returnedAt, returnedAt.plusSeconds(72 * 3600), "brightpath"));
    }

    public static Envelope<InterviewOffered> offered(String episode, Subject child, Instant at) {
        return envelope(ReturnInterviewEventTypes.INTERVIEW_OFFERED, at, at, "return-interview-service", child,
                new InterviewOffered(episode, at, new Professional("Jo Brightpath", "RHI worker", "brightpath"),
                        InterviewOffered.Method.PHONE, true));
    }

    public static Envelope<InterviewDeclined> declined(String episode, Subject child, Instant at) {
        return envelope(ReturnInterviewEventTypes.INTERVIEW_DECLINED, at, at, "return-interview-service", child,
                new InterviewDeclined(episode, at, ReturnInterviewEvent.Respondent.CHILD));
    }

    public static Envelope<InterviewCompleted> completed(String episode, Subject child, Instant at, boolean onTime) {
        return envelope(ReturnInterviewEventTypes.INTERVIEW_COMPLETED, at, at, "return-interview-service", child,
                new InterviewCompleted(episode, at, at.atZone(ZoneOffset.UTC).toLocalDate(), onTime,
                        new Professional("Jo Brightpath", "RHI worker", "brightpath"),
                        List.of(InterviewCompleted.PushFactor.CONFLICT_IN_PLACEMENT),
                        List.of(InterviewCompleted.PullFactor.FRIENDS), null, null, List.of(), null, List.of(), false));
    }

    public static Envelope<ChildAddedToRegister> addedToRegister(String entry, Subject child, LocalDate on) {
        Instant at = on.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(9 * 3600);
        return envelope(CmeRegisterEventTypes.CHILD_ADDED_TO_REGISTER, at, at, "cme-register-service", child,
                new ChildAddedToRegister(entry, new School("110001", "Queensgate Academy"),
                        NotificationGround.TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE, null, on,
                        new Professional("Pat CME", "CME officer", "Peterborough City Council")));
    }

    public static Envelope<ChildRemovedFromRegister> removedFromRegister(String entry, Subject child, LocalDate since,
                                                                         LocalDate on) {
        Instant at = on.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(9 * 3600);
        return envelope(CmeRegisterEventTypes.CHILD_REMOVED_FROM_REGISTER, at, at, "cme-register-service", child,
                new ChildRemovedFromRegister(entry, ChildRemovedFromRegister.Outcome.ON_ROLL_ELSEWHERE,
                        new School("110002", "Orton Academy"), null, on,
                        new Professional("Pat CME", "CME officer", "Peterborough City Council"), since));
    }

    public static Envelope<ConcernRaised> concern(String concern, Subject child, Instant at) {
        return envelope(ExploitationRiskEventTypes.CONCERN_RAISED, at, at, "cse-risk-service", child,
                new ConcernRaised(concern, ExploitationIndicator.GOING_MISSING, at, Agency.POLICE, PC, null, null));
    }

    public static Envelope<AssessmentCompleted> assessed(String assessment, Subject child, Instant at, String team) {
        return envelope(ExploitationRiskEventTypes.ASSESSMENT_COMPLETED, at, at, "cse-risk-service", child,
                new AssessmentCompleted(assessment, at, new Professional("Ali Assessor", "Social worker", "Peterborough City Council"),
                        ExploitationType.SEXUAL, List.of(), List.of(),
                        new RiskScore(12, RiskCategory.MODERATE, null, RiskCategory.MODERATE),
                        at.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(3), new AllocatedWorker(null, team)));
    }

    public static Envelope<RecordResolved> resolved(Envelope<?> source, String childId, String sourceName) {
        Instant at = source.recordedAt().plusSeconds(1);
        return envelope(CorrelationEventTypes.RECORD_RESOLVED, at, at, "correlation-service", Subject.empty(),
                new RecordResolved(sourceName + ":" + source.subject().partitionKey().orElse("none"), childId, sourceName,
                        source.eventId().toString(), "LINKED", List.of(), List.of()));
    }

    public static Envelope<AlertRaised> alertRaised(String alertId, String code, String childId, Instant at) {
        return envelope(CorrelationEventTypes.ALERT_RAISED, at, at, "correlation-service", Subject.empty(),
                new AlertRaised(alertId, code, "HIGH", childId, List.of("e-1"), at, at.plusSeconds(3600),
                        List.of("MISSING_COORDINATOR"), "Return interview overdue", null));
    }

    public static Envelope<AlertCleared> alertCleared(String alertId, String code, String childId, Instant at) {
        return envelope(CorrelationEventTypes.ALERT_CLEARED, at, at, "correlation-service", Subject.empty(),
                new AlertCleared(alertId, code, childId, at, "interview completed"));
    }

    public static Envelope<AlertAcknowledged> alertAcknowledged(String alertId, String code, String childId,
                                                                Instant publishedAt, Instant at) {
        return envelope(CorrelationEventTypes.ALERT_ACKNOWLEDGED, at, at, "correlation-service", Subject.empty(),
                new AlertAcknowledged(alertId, childId, code, "Amira Khan", at, publishedAt));
    }

    public static Envelope<AlertEscalated> alertEscalated(String alertId, String code, String childId, int level,
                                                          Instant publishedAt, Instant at) {
        return envelope(CorrelationEventTypes.ALERT_ESCALATED, at, at, "correlation-service", Subject.empty(),
                new AlertEscalated(alertId, childId, code, "HIGH", level, "Duty coordinator", at,
                        java.time.Duration.between(publishedAt, at).getSeconds()));
    }

    public static Envelope<AlertAssigned> alertAssigned(String alertId, String code, String childId, Instant at) {
        return envelope(CorrelationEventTypes.ALERT_ASSIGNED, at, at, "correlation-service", Subject.empty(),
                new AlertAssigned(alertId, childId, code, "TEAM", "Missing and exploitation team", "Amira Khan", at));
    }

    public static Envelope<AlertResolved> alertResolved(String alertId, String code, String childId, Instant at) {
        return envelope(CorrelationEventTypes.ALERT_RESOLVED, at, at, "correlation-service", Subject.empty(),
                new AlertResolved(alertId, childId, code, "ACTION_TAKEN", "Amira Khan", at));
    }

    /** A MACE event as mace-service publishes it (subject empty here: the ledger keeps nothing of it). */
    public static <D extends uk.lantern.schemas.mace.MaceEvent> Envelope<D> mace(EventType<D> type, Instant at, D data) {
        return envelope(type, at, at, "mace-service", Subject.empty(), data);
    }

    /** Drift raised to the MACE chair: a code added since v1, so published as v2. */
    public static Envelope<AlertRaised> maceDriftRaised(String alertId, String childId, Instant at) {
        return envelope(CorrelationEventTypes.ALERT_RAISED_V2, at, at, "correlation-service", Subject.empty(),
                new AlertRaised(alertId, "MACE_DRIFT", "MEDIUM", childId, List.of("e-2"), at, at.plusSeconds(86400),
                        List.of("MACE_PANEL"), "MACE drift: an action is past its due date", null));
    }

    public byte[] encode(Envelope<?> event) {
        return codec.encode(event);
    }

    public void send(Envelope<?> event) {
        send(topicOf(event), event.subject().partitionKey().orElse("record"), codec.encode(event));
    }

    public void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static String topicOf(Envelope<?> event) {
        return switch (event.source()) {
            case "missing-episode-service" -> Topics.MISSING_EPISODES.name();
            case "return-interview-service" -> Topics.RETURN_INTERVIEWS.name();
            case "cme-register-service" -> Topics.CME_REGISTER.name();
            case "cse-risk-service" -> Topics.EXPLOITATION_RISK.name();
            case "mace-service" -> Topics.MACE.name();
            default -> Topics.ALERT_WORK.eventType(event.eventType(), event.schemaVersion()).isPresent()
                    ? Topics.ALERT_WORK.name()
                    : event.eventType().startsWith("Alert") ? Topics.ALERTS.name() : Topics.IDENTITY.name();
        };
    }

    @Override
    public void close() {
        producer.close();
    }
}
