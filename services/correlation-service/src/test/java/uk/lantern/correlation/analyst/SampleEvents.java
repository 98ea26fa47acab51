package uk.lantern.correlation.analyst;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.cmeregister.AlternativeProvisionRecorded;
import uk.lantern.schemas.cmeregister.ChildAddedToRegister;
import uk.lantern.schemas.cmeregister.ChildRemovedFromRegister;
import uk.lantern.schemas.cmeregister.DeletionGround;
import uk.lantern.schemas.cmeregister.EnquiryLogged;
import uk.lantern.schemas.cmeregister.NotificationGround;
import uk.lantern.schemas.cmeregister.NotificationRecorded;
import uk.lantern.schemas.cmeregister.RegisterEntryErased;
import uk.lantern.schemas.cmeregister.School;
import uk.lantern.schemas.exploitationrisk.Agency;
import uk.lantern.schemas.exploitationrisk.AssessmentClosed;
import uk.lantern.schemas.exploitationrisk.AssessmentCompleted;
import uk.lantern.schemas.exploitationrisk.AssessmentErased;
import uk.lantern.schemas.exploitationrisk.AssessmentReviewed;
import uk.lantern.schemas.exploitationrisk.AssessmentSharedWithPolice;
import uk.lantern.schemas.exploitationrisk.ConcernErased;
import uk.lantern.schemas.exploitationrisk.ConcernRaised;
import uk.lantern.schemas.exploitationrisk.ErasureReason;
import uk.lantern.schemas.exploitationrisk.ExploitationType;
import uk.lantern.schemas.exploitationrisk.Grade;
import uk.lantern.schemas.exploitationrisk.IndicatorSeen;
import uk.lantern.schemas.exploitationrisk.RiskCategory;
import uk.lantern.schemas.exploitationrisk.RiskScore;
import uk.lantern.schemas.exploitationrisk.Vulnerability;
import uk.lantern.schemas.exploitationrisk.VulnerabilitySeen;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeClosed;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.NeedToKnowRaised;
import uk.lantern.schemas.missingepisode.RiskGrade;
import uk.lantern.schemas.missingepisode.RiskRegraded;
import uk.lantern.schemas.returninterview.InterviewAccepted;
import uk.lantern.schemas.returninterview.InterviewCaseClosed;
import uk.lantern.schemas.returninterview.InterviewCaseErased;
import uk.lantern.schemas.returninterview.InterviewCaseOpened;
import uk.lantern.schemas.returninterview.InterviewCompleted;
import uk.lantern.schemas.returninterview.InterviewDeclined;
import uk.lantern.schemas.returninterview.InterviewNotOffered;
import uk.lantern.schemas.returninterview.InterviewOffered;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.vocabulary.ExploitationIndicator;

/**
 * One realistic payload per event type of the four sources, for any child: every free-text field holds the child's
 * identifiers as a professional might type them, and the places and associates are the kind analysts need. Samples
 * are keyed by contract class, and the tests walk the topic registry, so a new event type without a sample here
 * fails them. The version 2 of the five types that no longer publish their free-text reason (RiskRegraded,
 * InterviewNotOffered, ChildRemovedFromRegister, AssessmentReviewed's override, AssessmentClosed; AssessmentCompleted
 * v2 too) has its own sample, without it. The erasures erase records of their own ({@link #ERASED_EPISODE}...), not
 * the samples', so a test that sends every type keeps the samples' records.
 */
public final class SampleEvents {

    /** Monday 2 November 2026, 09:17:42.315 London: a time as systems record them, not on the hour. */
    static final Instant AT = Instant.parse("2026-11-02T09:17:42.315Z");
    static final String EPISODE = "ep-7f3c";
    static final String ENTRY = "cme-19a2";
    static final String ASSESSMENT = "as-5d01";
    static final String ERASED_EPISODE = "ep-0b41";
    static final String ERASED_ENTRY = "cme-77c0";
    static final String ERASED_CONCERN = "cn-0051";
    static final String ERASED_ASSESSMENT = "as-6e20";
    static final EventCodec CODEC = new EventCodec();

    private static final Professional OFFICER = new Professional("PC Amanda Hughes", "Missing person coordinator",
            "Cambridgeshire Constabulary");
    private static final Professional WORKER = new Professional("Sam Ellis", "Return interview worker",
            "Barnardo's");
    private static final Professional SOCIAL_WORKER = new Professional("Priya Nair", "Social worker",
            "Peterborough City Council");
    private static final Professional CME_OFFICER = new Professional("Tom Baxter", "CME officer",
            "Peterborough City Council");
    private static final EpisodeContext IN_CARE = new EpisodeContext(EpisodeContext.Type.MISSING_FROM_CARE,
            EpisodeContext.PlacementType.CHILDRENS_HOME, "Peterborough City Council", false);
    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    /** The child's allocation, on the types that carry one (never on the analyst feed). */
    static final AllocatedWorker ALLOCATED = new AllocatedWorker("Priya Nair", "Children in Care 2 Peterborough");

    private static final Map<Class<? extends EventData>, Function<Child, EventData>> SAMPLES = Map.ofEntries(
            Map.entry(EpisodeReported.class, c -> new EpisodeReported(EPISODE, IN_CARE,
                    EpisodeReported.Category.MISSING,
                    new EpisodeReported.LastSeen(AT.minus(Duration.ofHours(3)), "outside the home of " + c.everything()),
                    AT, OFFICER, c.policeId() + "/2026/1107", RiskGrade.HIGH, true, true, ALLOCATED)),
            Map.entry(RiskRegraded.class, c -> new RiskRegraded(EPISODE, RiskGrade.MEDIUM, RiskGrade.HIGH, AT, OFFICER,
                    c.everything() + " was seen getting into a silver car")),
            Map.entry(ChildReturned.class, c -> new ChildReturned(EPISODE, AT,
                    new ChildReturned.Location(c.givenName() + "'s nan's house, 3 Oak Close " + c.postcode(),
                            c.postcode(), 52.5695, -0.2405),
                    List.of(new ChildReturned.Associate(c.givenName() + "'s brother Ryan " + c.familyName(),
                                    "07700 900777", null),
                            new ChildReturned.Associate("Dean Walsh", "07700 900123", "AB12 CDE")),
                    ChildReturned.How.FOUND_BY_POLICE, OFFICER, IN_CARE)),
            Map.entry(EpisodeClosed.class, c -> new EpisodeClosed(EPISODE, AT, OFFICER)),
            Map.entry(EpisodeErased.class, c -> new EpisodeErased(ERASED_EPISODE, AT,
                    EpisodeErased.Reason.WRONGLY_RECORDED)),
            Map.entry(InterviewCaseErased.class, c -> new InterviewCaseErased(ERASED_EPISODE, AT,
                    InterviewCaseErased.Reason.EPISODE_ERASED)),
            Map.entry(RegisterEntryErased.class, c -> new RegisterEntryErased(ERASED_ENTRY, AT,
                    RegisterEntryErased.Reason.RETENTION)),
            Map.entry(ConcernErased.class, c -> new ConcernErased(ERASED_CONCERN, AT, ErasureReason.WRONGLY_RECORDED)),
            Map.entry(AssessmentErased.class, c -> new AssessmentErased(ERASED_ASSESSMENT, AT, ErasureReason.RETENTION)),
            Map.entry(NeedToKnowRaised.class, c -> new NeedToKnowRaised(EPISODE,
                    List.of(NeedToKnowRaised.Reason.CHILD_PROTECTION_PLAN, NeedToKnowRaised.Reason.LOOKED_AFTER),
                    IN_CARE, RiskGrade.HIGH, AT.minus(Duration.ofHours(3)))),
            Map.entry(InterviewCaseOpened.class, c -> new InterviewCaseOpened(EPISODE,
                    ReturnInterviewEvent.Context.MISSING_FROM_CARE, AT, AT.plus(Duration.ofHours(72)),
                    "Barnardo's Peterborough")),
            Map.entry(InterviewOffered.class, c -> new InterviewOffered(EPISODE, AT, WORKER,
                    InterviewOffered.Method.IN_PERSON, true)),
            Map.entry(InterviewAccepted.class, c -> new InterviewAccepted(EPISODE, AT,
                    ReturnInterviewEvent.Respondent.CHILD)),
            Map.entry(InterviewDeclined.class, c -> new InterviewDeclined(EPISODE, AT,
                    ReturnInterviewEvent.Respondent.PARENT_OR_CARER)),
            Map.entry(InterviewCompleted.class, c -> new InterviewCompleted(EPISODE, AT, TODAY, true, WORKER,
                    List.of(InterviewCompleted.PushFactor.CONFLICT_IN_PLACEMENT),
                    List.of(InterviewCompleted.PullFactor.ADULT_ASSOCIATE),
                    "I'm " + c.everything() + " and I hate it at the home",
                    new InterviewCompleted.Place("Flat above the chip shop, Lincoln Road", "PE1 2PA"),
                    List.of(new InterviewCompleted.Associate("Dean Walsh", "+44 7700 900123", "ab12cde"),
                            new InterviewCompleted.Associate("Mandy " + c.familyName(), null, null)),
                    c.everything() + " said Dean gives her vodka and a phone",
                    List.of(ExploitationIndicator.ASSOCIATING_WITH_OLDER_ADULTS,
                            ExploitationIndicator.UNEXPLAINED_MONEY_OR_GIFTS))),
            Map.entry(InterviewNotOffered.class, c -> new InterviewNotOffered(EPISODE,
                    c.everything() + " is in hospital", WORKER, AT)),
            Map.entry(InterviewCaseClosed.class, c -> new InterviewCaseClosed(EPISODE, AT, WORKER,
                    InterviewCaseClosed.Outcome.COMPLETED)),
            Map.entry(ChildAddedToRegister.class, c -> new ChildAddedToRegister(ENTRY,
                    new School("110234", "Ken Stimpson Community School"), NotificationGround.DELETED_FROM_ROLL,
                    DeletionGround.MOVED_AWAY_NO_KNOWN_SCHOOL, TODAY, CME_OFFICER)),
            Map.entry(NotificationRecorded.class, c -> new NotificationRecorded(ENTRY,
                    new School("110234", "Ken Stimpson Community School"),
                    NotificationGround.TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE, null, TODAY, CME_OFFICER)),
            Map.entry(EnquiryLogged.class, c -> new EnquiryLogged(ENTRY, TODAY, EnquiryLogged.Check.HOME_VISIT, false,
                    "Visited " + c.everything() + "; no answer", CME_OFFICER)),
            Map.entry(AlternativeProvisionRecorded.class, c -> new AlternativeProvisionRecorded(ENTRY,
                    "Home tuition for " + c.fullName(), 12.5, TODAY, 25, true, CME_OFFICER)),
            Map.entry(ChildRemovedFromRegister.class, c -> new ChildRemovedFromRegister(ENTRY,
                    ChildRemovedFromRegister.Outcome.OTHER, null, c.everything() + " moved to Leeds", TODAY,
                    CME_OFFICER, TODAY.minusDays(40))),
            Map.entry(ConcernRaised.class, c -> new ConcernRaised("cn-0042",
                    ExploitationIndicator.ENTERING_OR_LEAVING_VEHICLES_WITH_UNKNOWN_ADULTS, AT, Agency.POLICE,
                    OFFICER, c.everything() + " seen getting into AB12 CDE", c.policeId())),
            Map.entry(AssessmentCompleted.class, c -> new AssessmentCompleted(ASSESSMENT, AT, SOCIAL_WORKER,
                    ExploitationType.SEXUAL,
                    List.of(new VulnerabilitySeen(Vulnerability.LOOKED_AFTER, TODAY)),
                    List.of(new IndicatorSeen(ExploitationIndicator.GOING_MISSING, Grade.SIGNIFICANT, TODAY)),
                    new RiskScore(17, RiskCategory.SIGNIFICANT, null, RiskCategory.SIGNIFICANT),
                    TODAY.plusMonths(3))),
            Map.entry(AssessmentReviewed.class, c -> new AssessmentReviewed(ASSESSMENT, AT, SOCIAL_WORKER,
                    ExploitationType.BOTH, List.of(), List.of(),
                    new RiskScore(9, RiskCategory.MILD, new RiskScore.CategoryOverride(RiskCategory.MODERATE,
                            c.everything() + " is still in touch with Walsh"), RiskCategory.MODERATE),
                    RiskCategory.SIGNIFICANT, TODAY.plusMonths(3))),
            Map.entry(AssessmentSharedWithPolice.class, c -> new AssessmentSharedWithPolice(ASSESSMENT, AT,
                    SOCIAL_WORKER, c.policeId(), RiskCategory.MODERATE)),
            Map.entry(AssessmentClosed.class, c -> new AssessmentClosed(ASSESSMENT, AT, SOCIAL_WORKER,
                    c.everything() + " moved out of area", RiskCategory.NOT_AT_RISK)));

    /** Version 2 of the types that no longer publish their free-text reason: the same payloads without it. */
    private static final Map<Class<? extends EventData>, Function<Child, EventData>> WITHOUT_FREE_TEXT = Map.of(
            RiskRegraded.class, c -> new RiskRegraded(EPISODE, RiskGrade.MEDIUM, RiskGrade.HIGH, AT, OFFICER, null),
            InterviewNotOffered.class, c -> new InterviewNotOffered(EPISODE, null, WORKER, AT),
            ChildRemovedFromRegister.class, c -> new ChildRemovedFromRegister(ENTRY,
                    ChildRemovedFromRegister.Outcome.OTHER, null, null, TODAY, CME_OFFICER, TODAY.minusDays(40)),
            AssessmentCompleted.class, c -> new AssessmentCompleted(ASSESSMENT, AT, SOCIAL_WORKER,
                    ExploitationType.SEXUAL,
                    List.of(new VulnerabilitySeen(Vulnerability.LOOKED_AFTER, TODAY)),
                    List.of(new IndicatorSeen(ExploitationIndicator.GOING_MISSING, Grade.SIGNIFICANT, TODAY)),
                    new RiskScore(9, RiskCategory.MILD, new RiskScore.CategoryOverride(RiskCategory.SIGNIFICANT, null),
                            RiskCategory.SIGNIFICANT),
                    TODAY.plusMonths(3), ALLOCATED),
            AssessmentReviewed.class, c -> new AssessmentReviewed(ASSESSMENT, AT, SOCIAL_WORKER,
                    ExploitationType.BOTH, List.of(), List.of(),
                    new RiskScore(9, RiskCategory.MILD, new RiskScore.CategoryOverride(RiskCategory.MODERATE, null),
                            RiskCategory.MODERATE),
                    RiskCategory.SIGNIFICANT, TODAY.plusMonths(3), ALLOCATED),
            AssessmentClosed.class, c -> new AssessmentClosed(ASSESSMENT, AT, SOCIAL_WORKER, null,
                    RiskCategory.NOT_AT_RISK));

    private SampleEvents() {
    }

    /**
     * Every event type of every topic the correlation service reads as a source, with its topic (its own topics'
     * events never reach the analyst feed, nor do those of topics it does not read, such as MACE's).
     */
    public static List<Map.Entry<Topic<?>, EventType<?>>> registry() {
        return Topics.all().stream()
                .filter(topic -> uk.lantern.correlation.stream.CorrelationTopology.sourceTopics().contains(topic.name()))
                .flatMap(topic -> topic.eventTypes().stream()
                        .<Map.Entry<Topic<?>, EventType<?>>>map(type -> Map.entry(topic, type)))
                .toList();
    }

    static Optional<Function<Child, EventData>> sample(EventType<?> type) {
        if (type.version() == 2 && WITHOUT_FREE_TEXT.containsKey(type.dataType())) {
            return Optional.of(WITHOUT_FREE_TEXT.get(type.dataType()));
        }
        return Optional.ofNullable(SAMPLES.get(type.dataType()));
    }

    /**
     * The sample of the type for the child, as a consumer receives it: encoded, then decoded against its JSON
     * schema, so every sample is a valid message of its type.
     */
    /**
     * The sample of the type as a source sends it: about {@code subject}, with the free text typed about
     * {@code typed} (another record of the same child, say), under the given id and time.
     */
    public static Envelope<?> sent(Topic<?> topic, EventType<?> type, Child subject, Child typed, UUID eventId,
                                   Instant at) {
        var data = sample(type).orElseThrow(() -> new AssertionError("no sample of " + type.name())).apply(typed);
        return new Envelope<>(eventId, type.name(), type.version(), at, at.plusMillis(1_733), topic.owner(),
                subject.subject(), data);
    }

    static Envelope<?> received(Topic<?> topic, EventType<?> type, Child child) {
        var data = sample(type).orElseThrow(() -> new AssertionError("no sample of " + type.name())).apply(child);
        var sent = new Envelope<>(UUID.nameUUIDFromBytes(type.name().getBytes()), type.name(), type.version(), AT,
                AT.plusSeconds(5), topic.owner(), child.subject(), data);
        return CODEC.decode(topic, CODEC.encode(sent));
    }
}
