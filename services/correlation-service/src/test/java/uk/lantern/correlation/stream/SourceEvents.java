package uk.lantern.correlation.stream;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.cmeregister.ChildAddedToRegister;
import uk.lantern.schemas.cmeregister.NotificationGround;
import uk.lantern.schemas.cmeregister.NotificationRecorded;
import uk.lantern.schemas.cmeregister.RegisterEntryErased;
import uk.lantern.schemas.cmeregister.School;
import uk.lantern.schemas.correlation.IdentityDecisionMade;
import uk.lantern.schemas.exploitationrisk.Agency;
import uk.lantern.schemas.exploitationrisk.AssessmentCompleted;
import uk.lantern.schemas.exploitationrisk.AssessmentErased;
import uk.lantern.schemas.exploitationrisk.AssessmentSharedWithPolice;
import uk.lantern.schemas.exploitationrisk.ConcernErased;
import uk.lantern.schemas.exploitationrisk.ConcernRaised;
import uk.lantern.schemas.exploitationrisk.ErasureReason;
import uk.lantern.schemas.exploitationrisk.ExploitationType;
import uk.lantern.schemas.exploitationrisk.RiskCategory;
import uk.lantern.schemas.exploitationrisk.RiskScore;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeClosed;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.NeedToKnowRaised;
import uk.lantern.schemas.missingepisode.RiskGrade;
import uk.lantern.schemas.returninterview.InterviewCaseErased;
import uk.lantern.schemas.returninterview.InterviewCaseOpened;
import uk.lantern.schemas.returninterview.InterviewCompleted;
import uk.lantern.schemas.returninterview.InterviewOffered;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.vocabulary.ExploitationIndicator;

/** Source events as the four services publish them (valid against their schemas), for topology tests. */
final class SourceEvents {

    static final EventCodec CODEC = new EventCodec();
    private static final Professional PC = new Professional("PC Okafor", "officer", "Cambridgeshire Police");

    /** A message on a source topic: where it goes, its key and its bytes. */
    record Message(String topic, String key, byte[] value, UUID eventId) {
    }

    private SourceEvents() {
    }

    /** The wall clock the topology tests start at. */
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    /** A child the police know by NHS number. */
    static final Subject AMY = child("9434765919", "Amy", "Walsh", "2011-03-14");
    /** Another child, nothing like Amy. */
    static final Subject BEN = child("9434765870", "Ben", "Carter", "2010-07-02");
    /** Amy's names on the CME register, with another date of birth and postcode: between the review and link thresholds. */
    static final Subject AMY_AT_SCHOOL = new Subject(null, null, "A123456789012", null, "Amy", "Walsh",
            LocalDate.parse("2009-08-02"), Subject.Sex.FEMALE, "PE9 9ZZ");

    static Subject child(String nhs, String given, String family, String dob) {
        return new Subject(null, nhs, null, null, given, family, LocalDate.parse(dob), Subject.Sex.FEMALE, "PE1 1AA");
    }

    static Message episodeReported(Subject subject, String episodeId, Instant at, boolean onPlan) {
        var data = new EpisodeReported(episodeId, new EpisodeContext(EpisodeContext.Type.MISSING_FROM_HOME, null,
                null, null), EpisodeReported.Category.MISSING, new EpisodeReported.LastSeen(at, "home"), at, PC,
                "CAM-" + episodeId, RiskGrade.MEDIUM, onPlan, false);
        return message(Topics.MISSING_EPISODES, "EpisodeReported", subject, at, data);
    }

    /** A report that names the child's allocated social worker and team (a child-protection-plan child's). */
    static Message episodeReported(Subject subject, String episodeId, Instant at, AllocatedWorker allocated) {
        var data = new EpisodeReported(episodeId, new EpisodeContext(EpisodeContext.Type.MISSING_FROM_HOME, null,
                null, null), EpisodeReported.Category.MISSING, new EpisodeReported.LastSeen(at, "home"), at, PC,
                "CAM-" + episodeId, RiskGrade.MEDIUM, true, false, allocated);
        return message(Topics.MISSING_EPISODES, "EpisodeReported", subject, at, data);
    }

    static Message childReturned(Subject subject, String episodeId, Instant at, String associatePhone) {
        return childReturned(subject, episodeId, at, associatePhone == null ? null : "Dean Marsh", associatePhone,
                "Bus station", "PE1 2BB");
    }

    static Message childReturned(Subject subject, String episodeId, Instant at, String associateName,
                                 String associatePhone, String place, String postcode) {
        var associates = associateName == null && associatePhone == null ? List.<ChildReturned.Associate>of()
                : List.of(new ChildReturned.Associate(associateName, associatePhone, null));
        var data = new ChildReturned(episodeId, at, new ChildReturned.Location(place, postcode, null, null),
                associates, ChildReturned.How.FOUND_BY_POLICE, PC,
                new EpisodeContext(EpisodeContext.Type.MISSING_FROM_HOME, null, null, null));
        return message(Topics.MISSING_EPISODES, "ChildReturned", subject, at, data);
    }

    /** The missing-episode service's need-to-know decision, as it publishes it beside a report on a plan. */
    static Message needToKnowRaised(Subject subject, String episodeId, Instant at) {
        var data = new NeedToKnowRaised(episodeId, List.of(NeedToKnowRaised.Reason.CHILD_PROTECTION_PLAN),
                new EpisodeContext(EpisodeContext.Type.MISSING_FROM_HOME, null, null, null), RiskGrade.MEDIUM, at);
        return message(Topics.MISSING_EPISODES, "NeedToKnowRaised", subject, at, data);
    }

    /** The case the return-interview service opens for a return, due 72 hours after it. */
    static Message interviewCaseOpened(Subject subject, String episodeId, Instant returnedAt) {
        var data = new InterviewCaseOpened(episodeId, ReturnInterviewEvent.Context.MISSING_FROM_HOME, returnedAt,
                returnedAt.plus(java.time.Duration.ofHours(72)), "Home Returns Service");
        return message(Topics.RETURN_INTERVIEWS, "InterviewCaseOpened", subject, returnedAt, data);
    }

    static Message interviewCompleted(Subject subject, String episodeId, Instant at) {
        var data = new InterviewCompleted(episodeId, at, at.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate(),
                true, new Professional("Sam Reid", "worker", "Lantern RHI"), List.of(), List.of(), null, null,
                List.of(), null, List.of());
        return message(Topics.RETURN_INTERVIEWS, "InterviewCompleted", subject, at, data, 2);
    }

    static Message episodeClosed(Subject subject, String episodeId, Instant at) {
        return message(Topics.MISSING_EPISODES, "EpisodeClosed", subject, at, new EpisodeClosed(episodeId, at, PC));
    }

    static Message interviewOffered(Subject subject, String episodeId, Instant at) {
        var data = new InterviewOffered(episodeId, at, new Professional("Sam Reid", "worker", "Lantern RHI"),
                InterviewOffered.Method.PHONE, true);
        return message(Topics.RETURN_INTERVIEWS, "InterviewOffered", subject, at, data);
    }

    static Message addedToCmeRegister(Subject subject, String entryId, LocalDate on) {
        var data = new ChildAddedToRegister(entryId, new School("110001", "Fenland Academy"),
                NotificationGround.TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE, null, on,
                new Professional("Ann Lee", "attendance officer", "Fenland Academy"));
        return message(Topics.CME_REGISTER, "ChildAddedToRegister", subject, on.atStartOfDay().toInstant(ZoneOffset.UTC),
                data);
    }

    static Message concernRaised(Subject subject, String concernId, Instant at) {
        var data = new ConcernRaised(concernId, ExploitationIndicator.values()[0], at, Agency.EDUCATION,
                new Professional("Ann Lee", "teacher", "Fenland Academy"), "seen with older males", null);
        return message(Topics.EXPLOITATION_RISK, "ConcernRaised", subject, at, data);
    }

    /** A later notification about a register entry: no fact the rules read, a subject all the same. */
    static Message notificationRecorded(Subject subject, String entryId, LocalDate on) {
        var data = new NotificationRecorded(entryId, new School("110001", "Fenland Academy"),
                NotificationGround.TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE, null, on,
                new Professional("Ann Lee", "attendance officer", "Fenland Academy"));
        return message(Topics.CME_REGISTER, "NotificationRecorded", subject,
                on.atStartOfDay().toInstant(ZoneOffset.UTC), data);
    }

    /** A completed assessment (v2, as published now), its final category as given. */
    static Message assessmentCompleted(Subject subject, String assessmentId, Instant at, RiskCategory category) {
        var data = new AssessmentCompleted(assessmentId, at, new Professional("Priya Nair", "social worker", "PCC"),
                ExploitationType.SEXUAL, List.of(), List.of(), new RiskScore(9, category, null, category),
                at.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(3));
        return message(Topics.EXPLOITATION_RISK, "AssessmentCompleted", subject, at, data, 2);
    }

    /** An assessment (v2) that names the child's allocated social worker and team. */
    static Message assessmentCompleted(Subject subject, String assessmentId, Instant at, RiskCategory category,
                                       AllocatedWorker allocated) {
        var data = new AssessmentCompleted(assessmentId, at, new Professional("Priya Nair", "social worker", "PCC"),
                ExploitationType.SEXUAL, List.of(), List.of(), new RiskScore(9, category, null, category),
                at.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(3), allocated);
        return message(Topics.EXPLOITATION_RISK, "AssessmentCompleted", subject, at, data, 2);
    }

    /** The assessment shared with the police: no fact the rules read, a subject all the same. */
    static Message assessmentSharedWithPolice(Subject subject, String assessmentId, Instant at) {
        var data = new AssessmentSharedWithPolice(assessmentId, at,
                new Professional("Priya Nair", "social worker", "PCC"), "CSE-2026-114", RiskCategory.MODERATE);
        return message(Topics.EXPLOITATION_RISK, "AssessmentSharedWithPolice", subject, at, data);
    }

    /** The missing-episode service erased the episode: an empty subject, the key the episode's events had. */
    static Message episodeErased(String key, String episodeId, Instant at) {
        return erasure(Topics.MISSING_EPISODES, "EpisodeErased", key, at,
                new EpisodeErased(episodeId, at, EpisodeErased.Reason.RETENTION));
    }

    /** The return-interview service erased the episode's case. */
    static Message interviewCaseErased(String key, String episodeId, Instant at, InterviewCaseErased.Reason reason) {
        return erasure(Topics.RETURN_INTERVIEWS, "InterviewCaseErased", key, at,
                new InterviewCaseErased(episodeId, at, reason));
    }

    /** The CME register erased the entry. */
    static Message registerEntryErased(String key, String entryId, Instant at) {
        return erasure(Topics.CME_REGISTER, "RegisterEntryErased", key, at,
                new RegisterEntryErased(entryId, at, RegisterEntryErased.Reason.WRONGLY_RECORDED));
    }

    /** The exploitation-risk service erased the concern. */
    static Message concernErased(String key, String concernId, Instant at) {
        return erasure(Topics.EXPLOITATION_RISK, "ConcernErased", key, at,
                new ConcernErased(concernId, at, ErasureReason.RETENTION));
    }

    /** The exploitation-risk service erased the assessment. */
    static Message assessmentErased(String key, String assessmentId, Instant at) {
        return erasure(Topics.EXPLOITATION_RISK, "AssessmentErased", key, at,
                new AssessmentErased(assessmentId, at, ErasureReason.WRONGLY_RECORDED));
    }

    /** An erasure as its source publishes it: the same id each time it is sent for the record (a redelivery). */
    private static Message erasure(Topic<?> topic, String type, String key, Instant at, EventData data) {
        var id = UUID.nameUUIDFromBytes((type + "|" + key + "|" + Erasure.itemOf(data)).getBytes());
        var envelope = new Envelope<>(id, type, 1, at, at, topic.owner(), Subject.empty(), data);
        return new Message(topic.name(), key, CODEC.encode(envelope), id);
    }

    /** A reviewer's decision as the API publishes it on the decisions topic. */
    static byte[] decision(String decision, String recordA, String recordB, String reviewId, Instant at) {
        var id = UUID.randomUUID();
        var data = new IdentityDecisionMade(id.toString(), decision, recordA, recordB, reviewId, "Jo Patel",
                "checked with the school", at);
        return CODEC.encode(new Envelope<>(id, "IdentityDecisionMade", 1, at, at, "correlation-service",
                new Subject(null, null, null, null, null, null, null, null, null), data));
    }

    private static <D extends EventData> Message message(Topic<?> topic, String type, Subject subject, Instant at,
                                                         EventData data) {
        return message(topic, type, subject, at, data, 1);
    }

    private static <D extends EventData> Message message(Topic<?> topic, String type, Subject subject, Instant at,
                                                         EventData data, int version) {
        var id = UUID.randomUUID();
        String source = topic.owner();
        var envelope = new Envelope<>(id, type, version, at, at, source, subject, data);
        String key = subject.partitionKey().orElse("record:" + id);
        return new Message(topic.name(), key, CODEC.encode(envelope), id);
    }
}
