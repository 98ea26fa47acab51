package uk.lantern.returninterview.interview.domain;

import java.time.Instant;
import java.util.UUID;

/** What happened to a case. Each event has its own id, fixed when it is decided and kept when it is re-sent. */
public sealed interface CaseEvent {

    UUID eventId();

    CaseId caseId();

    Instant occurredAt();

    record CaseOpened(UUID eventId, CaseId caseId, Instant occurredAt, Context context, Instant returnedAt,
                      Instant deadline, String provider) implements CaseEvent {
    }

    record InterviewOffered(UUID eventId, CaseId caseId, Instant occurredAt, Offer offer) implements CaseEvent {
    }

    record InterviewAccepted(UUID eventId, CaseId caseId, Instant occurredAt, Answer answer) implements CaseEvent {
    }

    record InterviewDeclined(UUID eventId, CaseId caseId, Instant occurredAt, Answer answer) implements CaseEvent {
    }

    /** {@code withinDeadline}: carried out at or before the case's deadline. */
    record InterviewCompleted(UUID eventId, CaseId caseId, Instant occurredAt, Interview interview,
                              boolean withinDeadline) implements CaseEvent {
    }

    record InterviewNotOffered(UUID eventId, CaseId caseId, Instant occurredAt, DecisionNotToOffer decision)
            implements CaseEvent {
    }

    record CaseClosed(UUID eventId, CaseId caseId, Instant occurredAt, Closure closure) implements CaseEvent {
    }
}
