package uk.lantern.correlation.stream;

import java.time.Instant;
import java.util.Optional;

import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.cmeregister.CmeRegisterEvent;
import uk.lantern.schemas.cmeregister.RegisterEntryErased;
import uk.lantern.schemas.exploitationrisk.AssessmentErased;
import uk.lantern.schemas.exploitationrisk.ConcernErased;
import uk.lantern.schemas.exploitationrisk.ConcernRaised;
import uk.lantern.schemas.exploitationrisk.ExploitationRiskEvent;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;
import uk.lantern.schemas.returninterview.InterviewCaseErased;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;

/**
 * A record erased at its source: a missing episode, a return-interview case, a CME register entry, an exploitation
 * concern or an assessment. Every event of the record names it the same way, by a field of its payload: its
 * <em>item</em>, {@code field:id} ({@code episodeId:ep-1}, {@code entryId:cme-4}); the one place that knows which
 * field each source uses. The five erasure events (EpisodeErased, InterviewCaseErased, RegisterEntryErased,
 * ConcernErased, AssessmentErased) take one path through the service: RETENTION.md.
 *
 * @param source    the service that erased it, as its events name it
 * @param field     the payload field that holds the record's id in its events
 * @param id        the record's id
 * @param reason    RETENTION, WRONGLY_RECORDED, or (a case) EPISODE_ERASED
 * @param erasedAt  when the source erased it; null in an erasure sent to a child before it was kept
 * @param erasureId the erasure event's id; null in an erasure sent to a child before it was kept
 */
public record Erasure(String source, String field, String id, String reason, Instant erasedAt, String erasureId) {

    static final String EPISODE = "episodeId";
    static final String ENTRY = "entryId";
    static final String CONCERN = "concernId";
    static final String ASSESSMENT = "assessmentId";
    static final String MISSING_EPISODE_SERVICE = "missing-episode-service";

    /** The erasure an event announces; empty for every other event. */
    public static Optional<Erasure> of(Envelope<? extends EventData> envelope) {
        var data = envelope.data();
        String eventId = envelope.eventId().toString();
        String source = envelope.source();
        if (data instanceof EpisodeErased e) {
            return Optional.of(new Erasure(source, EPISODE, e.episodeId(), e.reason().name(), e.erasedAt(), eventId));
        } else if (data instanceof InterviewCaseErased e) {
            return Optional.of(new Erasure(source, EPISODE, e.episodeId(), e.reason().name(), e.erasedAt(), eventId));
        } else if (data instanceof RegisterEntryErased e) {
            return Optional.of(new Erasure(source, ENTRY, e.entryId(), e.reason().name(), e.erasedAt(), eventId));
        } else if (data instanceof ConcernErased e) {
            return Optional.of(new Erasure(source, CONCERN, e.concernId(), e.reason().name(), e.erasedAt(), eventId));
        } else if (data instanceof AssessmentErased e) {
            return Optional.of(new Erasure(source, ASSESSMENT, e.assessmentId(), e.reason().name(), e.erasedAt(),
                    eventId));
        }
        return Optional.empty();
    }

    /** An erasure of a missing episode sent to a child before erasures of every source took one path. */
    static Erasure ofEpisode(String episodeId, String reason) {
        return new Erasure(MISSING_EPISODE_SERVICE, EPISODE, episodeId, reason, null, null);
    }

    /**
     * The record a source event belongs to, as {@code field:id}: an episode (its events and its return-interview
     * case's), a register entry, a concern, an assessment. Null for a payload of no source.
     */
    public static String itemOf(EventData data) {
        String field;
        String id;
        if (data instanceof MissingEpisodeEvent e) {
            field = EPISODE;
            id = e.episodeId();
        } else if (data instanceof ReturnInterviewEvent e) {
            field = EPISODE;
            id = e.episodeId();
        } else if (data instanceof CmeRegisterEvent e) {
            field = ENTRY;
            id = e.entryId();
        } else if (data instanceof ConcernRaised || data instanceof ConcernErased) {
            field = CONCERN;
            id = ((ExploitationRiskEvent) data).recordId();
        } else if (data instanceof ExploitationRiskEvent e) {
            field = ASSESSMENT;
            id = e.recordId();
        } else {
            return null;
        }
        return id == null ? null : field + ":" + id;
    }

    /** What was erased and why, as an alert's clearing reason says it: "CME register entry cme-4 (RETENTION)". */
    String description() {
        String what = switch (field) {
            case EPISODE -> MISSING_EPISODE_SERVICE.equals(source) ? "missing episode" : "return interview case of episode";
            case ENTRY -> "CME register entry";
            case CONCERN -> "exploitation concern";
            case ASSESSMENT -> "exploitation risk assessment";
            default -> field;
        };
        return what + " " + id + " erased at its source (" + reason + ")";
    }

    /** A return interview case's erasure (its id is its episode's). */
    boolean ofInterviewCase() {
        return EPISODE.equals(field) && !MISSING_EPISODE_SERVICE.equals(source);
    }

    /** The erased record as its events name it: {@code field:id}. */
    public String item() {
        return field + ":" + id;
    }

    /** Whether the event is one of the erased record's (by its item; by its fact, when stored before items were kept). */
    boolean covers(StoredEvent event) {
        if (!source.equals(event.source())) {
            return false;
        }
        if (event.item() != null) {
            return event.item().equals(item());
        }
        var fact = event.fact();
        return fact != null && fact.has(field) && id.equals(fact.get(field).asString());
    }

    /**
     * Whether the event is the erased record's and was recorded before the erasure: arriving after it, it was on its
     * way (moving with its record from another child, or sent again), and is forgotten as it arrives. One recorded
     * after the erasure is a record the source made again under the same id (a case recorded afresh for its
     * episode), and is kept.
     */
    boolean coversEarlier(StoredEvent event) {
        return covers(event) && (erasedAt == null || event.recordedAt() == null
                || !event.recordedAt().isAfter(erasedAt));
    }
}
