package uk.lantern.returninterview.interview.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.interview.domain.InterviewCase;
import uk.lantern.returninterview.retention.domain.Erasure;
import uk.lantern.support.outbox.OutboxEntry;

/**
 * Where cases and their unpublished events are kept. One case is one document (its id the episode id): a change,
 * its events and the id of the event or request that caused it are written atomically.
 */
public interface CaseStore {

    /**
     * Stores a new case opened by {@code sourceEventId}; false if a case with this id already exists, or existed and
     * was erased (its tombstone keeps the id: an erased case is never opened again).
     */
    boolean insert(InterviewCase interviewCase, List<OutboxEntry> events, UUID sourceEventId, Instant now);

    /** Replaces the state if still at {@code expectedVersion} and appends the events; false if it was not. */
    boolean update(InterviewCase interviewCase, long expectedVersion, List<OutboxEntry> events, String requestKey,
                   Instant now);

    /** The case, unless there is none or it was erased. */
    Optional<StoredCase> find(CaseId id);

    /** A child's cases, newest return first, by identifier kind ("la", "nhs", "upn", "police") and value. */
    List<InterviewCase> findByChild(String identifierKind, String identifier);

    /**
     * A provider's cases with no outcome yet (no interview carried out, no decline, no decision not to offer), the
     * earliest deadline first.
     */
    List<InterviewCase> findAwaitingOutcome(String provider);

    /** Cases whose child returned in [from, to). */
    List<InterviewCase> findReturnedBetween(Instant from, Instant to);

    /** Cases whose interview took place in [from, to). */
    List<InterviewCase> findInterviewedBetween(LocalDate from, LocalDate to);

    /**
     * Replaces the case, if still at {@code expectedVersion}, by its tombstone (ids, erasure time and reason, who
     * asked) whose outbox holds only the erasure event: events not yet sent are dropped, never published. False if
     * the case changed meanwhile.
     */
    boolean erase(Erasure erasure, long expectedVersion, OutboxEntry erased);

    /**
     * Keeps the tombstone of a case never opened (its episode was erased before the child returned), so that no case
     * is opened under this id later; nothing to publish. False if a document with this id exists.
     */
    boolean keepErasedBeforeOpening(Erasure erasure);

    /** The erasure of a case already erased (its tombstone), if it was. */
    Optional<Erasure> erasure(CaseId id);

    /**
     * Ids of cases whose retention clock started at or before {@code cutoff} (closed, or with an outcome and never
     * closed), in id order after {@code after} (from the first if empty), at most {@code limit}.
     */
    List<CaseId> dueForErasure(Instant cutoff, Optional<CaseId> after, int limit);
}
