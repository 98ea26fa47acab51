package uk.lantern.returninterview.interview.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.lantern.returninterview.interview.domain.CaseCommand.CloseCase;
import uk.lantern.returninterview.interview.domain.CaseCommand.DecideNotToOffer;
import uk.lantern.returninterview.interview.domain.CaseCommand.OpenCase;
import uk.lantern.returninterview.interview.domain.CaseCommand.RecordAnswer;
import uk.lantern.returninterview.interview.domain.CaseCommand.RecordInterview;
import uk.lantern.returninterview.interview.domain.CaseCommand.RecordOffer;

/**
 * The return interview owed to a child after one missing episode, from the return to closure. Immutable: each
 * command returns the case after it and the events it caused, which the application stores together.
 */
public record InterviewCase(
        CaseId id,
        Child child,
        Context context,
        Instant returnedAt,
        Instant deadline,
        String provider,
        CaseStatus status,
        List<Offer> offers,
        Answer answer,
        Interview interview,
        DecisionNotToOffer decisionNotToOffer,
        Closure closure) {

    /** Times may run this far ahead of the server clock (devices out of step); beyond it they are refused. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    public InterviewCase {
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    public record Change(InterviewCase interviewCase, List<CaseEvent> events) {
        public Change {
            events = List.copyOf(events);
        }
    }

    public static Change open(OpenCase command, Assignment assignment, EventIds ids) {
        require(command.id(), "episodeId");
        require(command.context(), "context");
        require(command.returnedAt(), "returnedAt");
        Instant deadline = command.returnedAt().plus(assignment.interviewWindow());
        String provider = assignment.providerFor(command.context());
        InterviewCase opened = new InterviewCase(command.id(), command.child(), command.context(), command.returnedAt(),
                deadline, provider, CaseStatus.AWAITING_OFFER, List.of(), null, null, null, null);
        return new Change(opened, List.of(new CaseEvent.CaseOpened(ids.next(), command.id(), command.returnedAt(),
                command.context(), command.returnedAt(), deadline, provider)));
    }

    public Change recordOffer(RecordOffer command, Instant now, EventIds ids) {
        require(command.offeredAt(), "offeredAt");
        require(command.by(), "offeredBy");
        require(command.method(), "method");
        if (status != CaseStatus.AWAITING_OFFER && status != CaseStatus.OFFERED) {
            throw new CaseStateConflict("an offer can no longer be recorded: the case is " + status);
        }
        notInFuture(command.offeredAt(), now, "offeredAt");
        notBeforeReturn(command.offeredAt(), "offeredAt");
        Offer offer = new Offer(command.offeredAt(), command.by(), command.method(), inTime(command.offeredAt()));
        List<Offer> all = new ArrayList<>(offers);
        all.add(offer);
        return new Change(with(CaseStatus.OFFERED, all, answer, interview, decisionNotToOffer, closure),
                List.of(new CaseEvent.InterviewOffered(ids.next(), id, command.offeredAt(), offer)));
    }

    public Change recordAnswer(RecordAnswer command, Instant now, EventIds ids) {
        require(command.outcome(), "outcome");
        require(command.at(), "at");
        require(command.by(), "by");
        if (status == CaseStatus.AWAITING_OFFER) {
            throw new CaseStateConflict("no offer is recorded: record the offer before its answer");
        }
        if (status != CaseStatus.OFFERED) {
            throw new CaseStateConflict("the offer was already answered or the case is " + status);
        }
        notInFuture(command.at(), now, "at");
        if (command.at().isBefore(offers.get(0).offeredAt())) {
            throw new CaseRuleViolation("at", "is before the interview was offered (offeredAt)");
        }
        Answer given = new Answer(command.outcome(), command.at(), command.by());
        boolean accepted = command.outcome() == Answer.Outcome.ACCEPTED;
        CaseEvent event = accepted
                ? new CaseEvent.InterviewAccepted(ids.next(), id, command.at(), given)
                : new CaseEvent.InterviewDeclined(ids.next(), id, command.at(), given);
        return new Change(with(accepted ? CaseStatus.ACCEPTED : CaseStatus.DECLINED, offers, given, interview,
                decisionNotToOffer, closure), List.of(event));
    }

    public Change recordInterview(RecordInterview command, Instant now, ZoneId zone, EventIds ids) {
        require(command.interview(), "interview");
        require(command.interview().completedAt(), "completedAt");
        require(command.interview().interviewer(), "interviewer");
        Interview done = command.interview().on(zone);
        if (status != CaseStatus.ACCEPTED) {
            throw new CaseStateConflict(status == CaseStatus.CLOSED || status == CaseStatus.COMPLETED
                    ? "the interview is already recorded" : "the offer must be accepted before the interview is recorded");
        }
        notInFuture(done.completedAt(), now, "completedAt");
        if (done.completedAt().isBefore(answer.at())) {
            throw new CaseRuleViolation("completedAt", "is before the offer was accepted (answer at)");
        }
        return new Change(with(CaseStatus.COMPLETED, offers, answer, done, decisionNotToOffer, closure),
                List.of(new CaseEvent.InterviewCompleted(ids.next(), id, done.completedAt(), done,
                        inTime(done.completedAt()))));
    }

    /**
     * Whether something happened in time: at or before the deadline. The one reading of the boundary, for offers,
     * interviews and the correlation service's RHI_OVERDUE alike (an interview at exactly the deadline is in time).
     */
    public boolean inTime(Instant at) {
        return !at.isAfter(deadline);
    }

    public Change decideNotToOffer(DecideNotToOffer command, Instant now, EventIds ids) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new CaseRuleViolation("reason", "required: why no interview is offered");
        }
        require(command.decidedBy(), "decidedBy");
        require(command.decidedAt(), "decidedAt");
        if (status != CaseStatus.AWAITING_OFFER) {
            throw new CaseStateConflict("a decision not to offer is possible only before any offer; the case is " + status);
        }
        notInFuture(command.decidedAt(), now, "decidedAt");
        notBeforeReturn(command.decidedAt(), "decidedAt");
        DecisionNotToOffer decision = new DecisionNotToOffer(command.reason().trim(), command.decidedBy(), command.decidedAt());
        return new Change(with(CaseStatus.NOT_OFFERED, offers, answer, interview, decision, closure),
                List.of(new CaseEvent.InterviewNotOffered(ids.next(), id, command.decidedAt(), decision)));
    }

    public Change close(CloseCase command, Instant now, EventIds ids) {
        require(command.closedAt(), "closedAt");
        require(command.closedBy(), "closedBy");
        Closure.Outcome outcome = switch (status) {
            case COMPLETED -> Closure.Outcome.COMPLETED;
            case DECLINED -> Closure.Outcome.DECLINED;
            case NOT_OFFERED -> Closure.Outcome.NOT_OFFERED;
            case CLOSED -> throw new CaseStateConflict("the case is already closed");
            default -> throw new CaseStateConflict(
                    "a case closes only after the interview is completed, declined, or a decision not to offer is recorded");
        };
        notInFuture(command.closedAt(), now, "closedAt");
        notBeforeReturn(command.closedAt(), "closedAt");
        Closure closed = new Closure(command.closedAt(), command.closedBy(), outcome);
        return new Change(with(CaseStatus.CLOSED, offers, answer, interview, decisionNotToOffer, closed),
                List.of(new CaseEvent.CaseClosed(ids.next(), id, command.closedAt(), closed)));
    }

    /**
     * Waiting for an outcome (an interview carried out, a decline, or a decision not to offer): how pressing it is now.
     * An offer alone does not stop the clock. Empty once there is an outcome.
     */
    public Optional<Urgency> urgency(Instant now, Duration dueSoon) {
        if (!awaitingOutcome()) {
            return Optional.empty();
        }
        if (!inTime(now)) {
            return Optional.of(Urgency.OVERDUE);
        }
        return Optional.of(now.isBefore(deadline.minus(dueSoon)) ? Urgency.DUE : Urgency.DUE_SOON);
    }

    /** No interview carried out, no decline and no decision not to offer yet: the statutory clock is running. */
    public boolean awaitingOutcome() {
        return AWAITING_OUTCOME.contains(status);
    }

    /** The statuses of a case whose clock is still running. */
    public static final java.util.Set<CaseStatus> AWAITING_OUTCOME =
            java.util.EnumSet.of(CaseStatus.AWAITING_OFFER, CaseStatus.OFFERED, CaseStatus.ACCEPTED);

    public Optional<Offer> firstOffer() {
        return offers.isEmpty() ? Optional.empty() : Optional.of(offers.get(0));
    }

    private InterviewCase with(CaseStatus newStatus, List<Offer> newOffers, Answer newAnswer, Interview newInterview,
                               DecisionNotToOffer newDecision, Closure newClosure) {
        return new InterviewCase(id, child, context, returnedAt, deadline, provider, newStatus, newOffers, newAnswer,
                newInterview, newDecision, newClosure);
    }

    private void notBeforeReturn(Instant at, String field) {
        if (at.isBefore(returnedAt)) {
            throw new CaseRuleViolation(field, "is before the child returned (returnedAt)");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new CaseRuleViolation(field, "required");
        }
    }

    private static void notInFuture(Instant at, Instant now, String field) {
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new CaseRuleViolation(field, "is in the future");
        }
    }
}
