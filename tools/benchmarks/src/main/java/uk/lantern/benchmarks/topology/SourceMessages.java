package uk.lantern.benchmarks.topology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.cmeregister.ChildAddedToRegister;
import uk.lantern.schemas.cmeregister.NotificationGround;
import uk.lantern.schemas.cmeregister.School;
import uk.lantern.schemas.exploitationrisk.Agency;
import uk.lantern.schemas.exploitationrisk.ConcernRaised;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.NeedToKnowRaised;
import uk.lantern.schemas.missingepisode.RiskGrade;
import uk.lantern.schemas.returninterview.InterviewCaseOpened;
import uk.lantern.schemas.returninterview.InterviewOffered;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.vocabulary.ExploitationIndicator;

/**
 * Source events as the four services publish them: envelopes encoded with {@link EventCodec}, valid against their
 * schemas, keyed as each topic's contract says (the subject's strongest identifier, else the source's own record
 * key). Each source holds its own view of the child: the names, date of birth, sex and postcode, and only the
 * identifiers that source would know.
 */
final class SourceMessages {

    static final EventCodec CODEC = new EventCodec();
    private static final Professional OFFICER = new Professional("PC Okafor", "officer", "Cambridgeshire Police");
    private static final Professional RHI_WORKER = new Professional("Sam Reid", "worker", "Lantern RHI");
    private static final Professional ATTENDANCE = new Professional("Ann Lee", "attendance officer",
            "Fenland Academy");
    private static final EpisodeContext HOME = new EpisodeContext(EpisodeContext.Type.MISSING_FROM_HOME, null, null,
            null);
    private static final EpisodeContext CARE = new EpisodeContext(EpisodeContext.Type.MISSING_FROM_CARE,
            EpisodeContext.PlacementType.FOSTER_CARE, "Peterborough City Council", false);

    /** A message for a source topic: where it goes, its key, its bytes, and its event id (what alerts cite). */
    record Message(String topic, String key, byte[] value, UUID eventId) {
    }

    /** Which identifiers each source knows about a child. */
    enum View {
        POLICE(true, false, false, true),
        RETURN_INTERVIEWS(true, true, false, false),
        SCHOOL(false, true, true, false),
        SOCIAL_CARE(true, true, true, false);

        final boolean nhs;
        final boolean la;
        final boolean upn;
        final boolean police;

        View(boolean nhs, boolean la, boolean upn, boolean police) {
            this.nhs = nhs;
            this.la = la;
            this.upn = upn;
            this.police = police;
        }
    }

    private SourceMessages() {
    }

    static Subject subject(PersonRecord child, View view) {
        return new Subject(view.la ? child.localAuthorityId() : null, view.nhs ? child.nhsNumber() : null,
                view.upn ? child.upn() : null, view.police ? child.policeId() : null, child.givenName(),
                child.familyName(), child.dateOfBirth() == null ? null : LocalDate.of(child.dateOfBirth().year(),
                        child.dateOfBirth().month(), child.dateOfBirth().day()),
                child.sex() == null ? Subject.Sex.UNKNOWN : Subject.Sex.valueOf(child.sex().name()),
                child.postcode());
    }

    static Message episodeReported(Subject subject, String episodeId, Instant at, boolean inCare, boolean onPlan,
                                   RiskGrade grade) {
        var data = new EpisodeReported(episodeId, inCare ? CARE : HOME,
                inCare ? EpisodeReported.Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION
                        : EpisodeReported.Category.MISSING,
                new EpisodeReported.LastSeen(at.minusSeconds(3_600), inCare ? "placement" : "home"), at, OFFICER,
                "CAM-" + episodeId, grade, onPlan, inCare);
        return message(Topics.MISSING_EPISODES, "EpisodeReported", subject, at, data, "episode:" + episodeId);
    }

    static Message childReturned(Subject subject, String episodeId, Instant at, boolean inCare, String place,
                                 String postcode, String associatePhone) {
        var associates = associatePhone == null ? List.<ChildReturned.Associate>of()
                : List.of(new ChildReturned.Associate(null, associatePhone, null));
        var data = new ChildReturned(episodeId, at, new ChildReturned.Location(place, postcode, null, null),
                associates, ChildReturned.How.FOUND_BY_POLICE, OFFICER, inCare ? CARE : HOME);
        return message(Topics.MISSING_EPISODES, "ChildReturned", subject, at, data, "episode:" + episodeId);
    }

    /** The missing-episode service's need-to-know decision, published with a report of a child on a plan. */
    static Message needToKnowRaised(Subject subject, String episodeId, Instant at) {
        var data = new NeedToKnowRaised(episodeId, List.of(NeedToKnowRaised.Reason.CHILD_PROTECTION_PLAN), HOME,
                RiskGrade.MEDIUM, at.minusSeconds(3_600));
        return message(Topics.MISSING_EPISODES, "NeedToKnowRaised", subject, at, data, "episode:" + episodeId);
    }

    /** The case the return-interview service opens for a return, with the deadline it owns. */
    static Message interviewCaseOpened(Subject subject, String episodeId, Instant returnedAt, Instant deadline) {
        var data = new InterviewCaseOpened(episodeId, ReturnInterviewEvent.Context.MISSING_FROM_HOME, returnedAt,
                deadline, "Home Returns Service");
        return message(Topics.RETURN_INTERVIEWS, "InterviewCaseOpened", subject, returnedAt, data,
                "episode:" + episodeId);
    }

    static Message interviewOffered(Subject subject, String episodeId, Instant at) {
        var data = new InterviewOffered(episodeId, at, RHI_WORKER, InterviewOffered.Method.PHONE, true);
        return message(Topics.RETURN_INTERVIEWS, "InterviewOffered", subject, at, data, "episode:" + episodeId);
    }

    static Message addedToCmeRegister(Subject subject, String entryId, LocalDate on) {
        var data = new ChildAddedToRegister(entryId, new School("110001", "Fenland Academy"),
                NotificationGround.TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE, null, on, ATTENDANCE);
        return message(Topics.CME_REGISTER, "ChildAddedToRegister", subject,
                on.atStartOfDay().toInstant(ZoneOffset.UTC), data, "cme:" + entryId);
    }

    static Message concernRaised(Subject subject, String concernId, Instant at) {
        var data = new ConcernRaised(concernId, ExploitationIndicator.values()[0], at, Agency.EDUCATION,
                new Professional("Ann Lee", "teacher", "Fenland Academy"), "seen with older males", null);
        return message(Topics.EXPLOITATION_RISK, "ConcernRaised", subject, at, data, "cse:" + concernId);
    }

    private static Message message(Topic<?> topic, String type, Subject subject, Instant at, EventData data,
                                   String ownKey) {
        var id = UUID.randomUUID();
        var envelope = new Envelope<>(id, type, 1, at, at, topic.owner(), subject, data);
        return new Message(topic.name(), subject.partitionKey().orElse(ownKey), CODEC.encode(envelope), id);
    }
}
