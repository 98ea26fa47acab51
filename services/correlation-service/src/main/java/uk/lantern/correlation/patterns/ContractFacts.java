package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.Optional;

import uk.lantern.correlation.patterns.ChildFact.InterviewStep.Step;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.cmeregister.ChildAddedToRegister;
import uk.lantern.schemas.cmeregister.ChildRemovedFromRegister;
import uk.lantern.schemas.cmeregister.EnquiryLogged;
import uk.lantern.schemas.exploitationrisk.AssessmentClosed;
import uk.lantern.schemas.exploitationrisk.AssessmentCompleted;
import uk.lantern.schemas.exploitationrisk.AssessmentReviewed;
import uk.lantern.schemas.exploitationrisk.ConcernRaised;
import uk.lantern.schemas.exploitationrisk.RiskCategory;
import uk.lantern.schemas.exploitationrisk.RiskScore;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeClosed;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.NeedToKnowRaised;
import uk.lantern.schemas.missingepisode.RiskGrade;
import uk.lantern.schemas.missingepisode.RiskRegraded;
import uk.lantern.schemas.returninterview.InterviewAccepted;
import uk.lantern.schemas.returninterview.InterviewCaseClosed;
import uk.lantern.schemas.returninterview.InterviewCaseOpened;
import uk.lantern.schemas.returninterview.InterviewCompleted;
import uk.lantern.schemas.returninterview.InterviewDeclined;
import uk.lantern.schemas.returninterview.InterviewNotOffered;
import uk.lantern.schemas.returninterview.InterviewOffered;

/**
 * The wire contracts of the four sources, as the facts the pattern rules read. The only class of the package that
 * knows the contracts. Events the rules do not need map to nothing: NotificationRecorded, AlternativeProvisionRecorded
 * and AssessmentSharedWithPolice. NeedToKnowRaised is the episode service's decision, which NEED_TO_KNOW follows;
 * InterviewCaseOpened carries the deadline RHI_OVERDUE uses.
 */
public final class ContractFacts {

    private static final String EPISODES = Topics.MISSING_EPISODES.owner();
    private static final String EXPLOITATION_RISK = Topics.EXPLOITATION_RISK.owner();

    private ContractFacts() {
    }

    public static Optional<ChildFact> from(Envelope<? extends EventData> envelope) {
        return from(envelope.eventId().toString(), envelope.occurredAt(), envelope.source(), envelope.data());
    }

    public static Optional<ChildFact> from(String eventId, EventData data) {
        return from(eventId, null, data);
    }

    /** {@code occurredAt}: the envelope's, for the events whose data carries no time of their own (NeedToKnowRaised). */
    public static Optional<ChildFact> from(String eventId, Instant occurredAt, EventData data) {
        return from(eventId, occurredAt, null, data);
    }

    /**
     * {@code occurredAt} and {@code source}: the envelope's. An allocation is dated by {@code occurredAt} (else the
     * event's own time) and named by {@code source} (else the service that publishes the event type).
     */
    public static Optional<ChildFact> from(String eventId, Instant occurredAt, String source, EventData data) {
        ChildFact fact = null;
        if (data instanceof EpisodeReported e) {
            fact = new ChildFact.EpisodeReported(eventId, e.episodeId(), e.reportedAt(),
                    e.lastSeen() == null ? null : e.lastSeen().at(), context(e.context()), grade(e.riskGrade()),
                    e.childProtectionPlan(), e.lookedAfter(),
                    e.category() == EpisodeReported.Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION
                            ? ChildFact.Category.AWAY_FROM_PLACEMENT : ChildFact.Category.MISSING,
                    allocation(e.allocatedWorker(), occurredAt != null ? occurredAt : e.reportedAt(),
                            source != null ? source : EPISODES));
        } else if (data instanceof NeedToKnowRaised e) {
            fact = new ChildFact.NeedToKnowRaised(eventId, e.episodeId(),
                    occurredAt != null ? occurredAt : e.lastSeenAt(), e.reasons().stream().map(Enum::name).toList());
        } else if (data instanceof InterviewCaseOpened e) {
            fact = new ChildFact.InterviewCaseOpened(eventId, e.episodeId(), e.returnedAt(), e.deadline());
        } else if (data instanceof RiskRegraded e) {
            fact = new ChildFact.RiskRegraded(eventId, e.episodeId(), grade(e.riskGrade()), e.regradedAt());
        } else if (data instanceof ChildReturned e) {
            var place = e.location() == null ? null
                    : new ChildFact.Place(e.location().placeName(), e.location().postcode());
            fact = new ChildFact.ChildReturned(eventId, e.episodeId(), e.returnedAt(), place, e.associates().stream()
                    .map(a -> new ChildFact.Associate(a.name(), a.phone(), a.vehicleRegistration(), a.knownAdult()))
                    .toList());
        } else if (data instanceof EpisodeClosed e) {
            fact = new ChildFact.EpisodeClosed(eventId, e.episodeId(), e.closedAt());
        } else if (data instanceof InterviewOffered e) {
            fact = new ChildFact.InterviewStep(eventId, e.episodeId(), Step.OFFERED, e.offeredAt());
        } else if (data instanceof InterviewAccepted e) {
            fact = new ChildFact.InterviewStep(eventId, e.episodeId(), Step.ACCEPTED, e.at());
        } else if (data instanceof InterviewDeclined e) {
            fact = new ChildFact.InterviewStep(eventId, e.episodeId(), Step.DECLINED, e.at());
        } else if (data instanceof InterviewNotOffered e) {
            fact = new ChildFact.InterviewStep(eventId, e.episodeId(), Step.DECIDED_NOT_TO_OFFER, e.decidedAt());
        } else if (data instanceof InterviewCaseClosed e) {
            fact = new ChildFact.InterviewStep(eventId, e.episodeId(), Step.CASE_CLOSED, e.closedAt());
        } else if (data instanceof InterviewCompleted e) {
            var indicated = e.disclosed() || !e.exploitationIndicators().isEmpty();
            var place = e.whereabouts() == null ? null
                    : new ChildFact.Place(e.whereabouts().placeName(), e.whereabouts().postcode());
            fact = new ChildFact.InterviewCompleted(eventId, e.episodeId(), e.completedOn(), indicated, place,
                    e.associates().stream()
                            .map(a -> new ChildFact.Associate(a.name(), a.phone(), a.vehicleRegistration(),
                                    a.knownAdult()))
                            .toList(), e.completedAt());
        } else if (data instanceof ChildAddedToRegister e) {
            fact = new ChildFact.AddedToCmeRegister(eventId, e.entryId(), e.date());
        } else if (data instanceof EnquiryLogged e) {
            fact = new ChildFact.CmeEnquiryLogged(eventId, e.entryId(), e.madeOn());
        } else if (data instanceof ChildRemovedFromRegister e) {
            fact = new ChildFact.RemovedFromCmeRegister(eventId, e.entryId(), e.removedOn());
        } else if (data instanceof ConcernRaised e) {
            fact = new ChildFact.ConcernRaised(eventId, e.concernId(), e.observedAt());
        } else if (data instanceof AssessmentCompleted e) {
            fact = new ChildFact.AssessmentRecorded(eventId, e.assessmentId(), ChildFact.AssessmentRecorded.Kind.COMPLETED,
                    e.completedAt(), category(e.riskScore()), e.nextReviewDue(),
                    allocation(e.allocatedWorker(), occurredAt != null ? occurredAt : e.completedAt(),
                            source != null ? source : EXPLOITATION_RISK));
        } else if (data instanceof AssessmentReviewed e) {
            fact = new ChildFact.AssessmentRecorded(eventId, e.assessmentId(), ChildFact.AssessmentRecorded.Kind.REVIEWED,
                    e.reviewedAt(), category(e.riskScore()), e.nextReviewDue(),
                    allocation(e.allocatedWorker(), occurredAt != null ? occurredAt : e.reviewedAt(),
                            source != null ? source : EXPLOITATION_RISK));
        } else if (data instanceof AssessmentClosed e) {
            fact = new ChildFact.AssessmentClosed(eventId, e.assessmentId(), e.closedAt());
        } else if (data instanceof uk.lantern.schemas.mace.DriftFlagged e && e.drift() != null) {
            var chair = e.chair();
            fact = new ChildFact.MaceDriftFlagged(eventId, e.meetingId(), e.drift().name(), e.actionId(),
                    chair == null ? null : chair.name(),
                    chair == null || chair.agency() == null ? null : chair.agency().name(), occurredAt);
        } else if (data instanceof uk.lantern.schemas.mace.ActionDone e) {
            fact = new ChildFact.MaceActionClosed(eventId, e.actionId(), true, occurredAt);
        } else if (data instanceof uk.lantern.schemas.mace.ActionCancelled e) {
            fact = new ChildFact.MaceActionClosed(eventId, e.actionId(), false, occurredAt);
        } else if (data instanceof uk.lantern.schemas.mace.ChildDiscussed e) {
            fact = new ChildFact.MaceChildDiscussed(eventId, e.meetingId(),
                    e.discussedAt() != null ? e.discussedAt() : occurredAt);
        }
        return Optional.ofNullable(fact);
    }

    /** A worker's allocation as recorded: none without a team (the contract requires one) or without a time. */
    private static ChildFact.Allocation allocation(AllocatedWorker worker, Instant at, String source) {
        if (worker == null || worker.team() == null || worker.team().isBlank() || at == null) {
            return null;
        }
        String name = worker.name() == null || worker.name().isBlank() ? null : worker.name().strip();
        return new ChildFact.Allocation(name, worker.team().strip(), at, source);
    }

    private static ChildFact.Context context(EpisodeContext context) {
        return context != null && context.type() == EpisodeContext.Type.MISSING_FROM_CARE
                ? ChildFact.Context.MISSING_FROM_CARE
                : ChildFact.Context.MISSING_FROM_HOME;
    }

    private static ChildFact.RiskGrade grade(RiskGrade grade) {
        return grade == null ? null : ChildFact.RiskGrade.valueOf(grade.name());
    }

    private static ChildFact.RiskCategory category(RiskScore score) {
        RiskCategory category = score == null ? null : score.finalCategory();
        return category == null ? ChildFact.RiskCategory.NOT_AT_RISK : ChildFact.RiskCategory.valueOf(category.name());
    }
}
