package uk.lantern.reporting.support;

import static uk.lantern.reporting.ledger.domain.Facts.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import uk.lantern.reporting.ledger.domain.ChildDetails;
import uk.lantern.reporting.ledger.domain.LedgerEntry;
import uk.lantern.reporting.ledger.domain.LedgerEntry.Source;

/** Ledger entries for the figures' unit tests: each known when it happened unless said otherwise. */
public final class Entries {

    private Entries() {
    }

    public static Instant at(String instant) {
        return Instant.parse(instant);
    }

    public static ChildDetails child(String la) {
        return new ChildDetails(la, "FEMALE", LocalDate.of(2011, 6, 15), "WBRI", "la:" + la);
    }

    public static LedgerEntry entry(Source source, String type, String recordId, Instant knownAt, ChildDetails child,
                                    String... facts) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < facts.length; i += 2) {
            map.put(facts[i], facts[i + 1]);
        }
        return new LedgerEntry(UUID.randomUUID().toString(), source, type, 1, recordId, knownAt, knownAt, map, child);
    }

    public static LedgerEntry reported(String episode, ChildDetails child, String lastSeen, boolean care, boolean away) {
        return entry(Source.MISSING_EPISODES, "EpisodeReported", episode, at(lastSeen), child,
                CONTEXT, care ? "MISSING_FROM_CARE" : "MISSING_FROM_HOME",
                CATEGORY, away ? "AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION" : "MISSING",
                LAST_SEEN_AT, lastSeen, REPORTED_AT, lastSeen, LOOKED_AFTER, Boolean.toString(care));
    }

    public static LedgerEntry reportedWithTeam(String episode, ChildDetails child, String lastSeen, String team) {
        return entry(Source.MISSING_EPISODES, "EpisodeReported", episode, at(lastSeen), child,
                CONTEXT, "MISSING_FROM_HOME", CATEGORY, "MISSING", LAST_SEEN_AT, lastSeen, REPORTED_AT, lastSeen,
                TEAM, team);
    }

    public static LedgerEntry returned(String episode, ChildDetails child, String returnedAt) {
        return entry(Source.MISSING_EPISODES, "ChildReturned", episode, at(returnedAt), child, RETURNED_AT, returnedAt);
    }

    public static LedgerEntry closed(String episode, String closedAt) {
        return entry(Source.MISSING_EPISODES, "EpisodeClosed", episode, at(closedAt), null, CLOSED_AT, closedAt);
    }

    public static LedgerEntry erased(String episode, String erasedAt) {
        return entry(Source.MISSING_EPISODES, "EpisodeErased", episode, at(erasedAt), null, ERASED_AT, erasedAt);
    }

    public static LedgerEntry caseOpened(String episode, String returnedAt, String deadline) {
        return entry(Source.RETURN_INTERVIEWS, "InterviewCaseOpened", episode, at(returnedAt), null,
                CONTEXT, "MISSING_FROM_HOME", RETURNED_AT, returnedAt, DEADLINE, deadline);
    }

    public static LedgerEntry offered(String episode, String at) {
        return entry(Source.RETURN_INTERVIEWS, "InterviewOffered", episode, at(at), null, AT, at);
    }

    public static LedgerEntry declined(String episode, String at) {
        return entry(Source.RETURN_INTERVIEWS, "InterviewDeclined", episode, at(at), null, AT, at);
    }

    public static LedgerEntry notOffered(String episode, String at) {
        return entry(Source.RETURN_INTERVIEWS, "InterviewNotOffered", episode, at(at), null, AT, at);
    }

    /** A v2 interview: the provider's service says whether it was within the deadline. */
    public static LedgerEntry completed(String episode, String completedAt, Boolean withinDeadline) {
        return withinDeadline == null
                ? entry(Source.RETURN_INTERVIEWS, "InterviewCompleted", episode, at(completedAt), null,
                        COMPLETED_AT, completedAt, PUSH_FACTORS, "CONFLICT_AT_HOME", PULL_FACTORS, "FRIENDS")
                : entry(Source.RETURN_INTERVIEWS, "InterviewCompleted", episode, at(completedAt), null,
                        COMPLETED_AT, completedAt, WITHIN_DEADLINE, withinDeadline.toString());
    }

    /** A v1 interview: the date only. */
    public static LedgerEntry completedOn(String episode, String completedOn, String knownAt) {
        return entry(Source.RETURN_INTERVIEWS, "InterviewCompleted", episode, at(knownAt), null, COMPLETED_ON, completedOn);
    }

    public static LedgerEntry resolved(String recordId, String sourceEventId, String childId, Instant knownAt,
                                       String... merged) {
        LedgerEntry e = entry(Source.IDENTITY, "RecordResolved", recordId, knownAt, null, CHILD_ID, childId,
                SOURCE_EVENT_ID, sourceEventId);
        if (merged.length > 0) {
            Map<String, String> facts = new HashMap<>(e.facts());
            facts.put(MERGED_CHILDREN, String.join(",", merged));
            return new LedgerEntry(e.eventId(), e.source(), e.type(), 1, e.recordId(), knownAt, knownAt, facts, null);
        }
        return e;
    }

    /** The same entry, known (accepted by its source) at another instant: a late record. */
    public static LedgerEntry knownAt(LedgerEntry e, String knownAt) {
        return new LedgerEntry(e.eventId(), e.source(), e.type(), e.version(), e.recordId(), e.occurredAt(),
                at(knownAt), e.facts(), e.child());
    }
}
