package uk.lantern.returninterview.interview.messaging;

import uk.lantern.returninterview.interview.application.CaseMetrics;
import uk.lantern.returninterview.interview.application.CaseService;
import uk.lantern.returninterview.interview.domain.CaseCommand;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.interview.domain.Child;
import uk.lantern.returninterview.interview.domain.Context;
import uk.lantern.returninterview.interview.domain.Ethnicity;
import uk.lantern.returninterview.retention.application.CaseErasures;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;

/**
 * What a missing-episode event means here: a {@code ChildReturned} opens the child's return-interview case; an
 * {@code EpisodeErased} erases it (the case follows the episode, and the erasure comes after the episode's other
 * events: same key, same partition); every other type is none of this service's business. A message that is not a
 * valid event throws {@link UndecodableEventException}, which the binding sends to the dead-letter topic with its
 * reasons.
 */
public class MissingEpisodeEvents {

    private final EventCodec codec = new EventCodec();
    private final CaseService cases;
    private final CaseErasures erasures;
    private final CaseMetrics metrics;

    public MissingEpisodeEvents(CaseService cases, CaseErasures erasures, CaseMetrics metrics) {
        this.cases = cases;
        this.erasures = erasures;
        this.metrics = metrics;
    }

    public void accept(byte[] message) {
        Envelope<MissingEpisodeEvent> event = codec.decode(Topics.MISSING_EPISODES, message);
        if (event.data() instanceof EpisodeErased erased) {
            boolean changed = erasures.episodeErased(caseId(erased.episodeId()));
            metrics.consumed(event.eventType(), changed ? "applied" : "duplicate");
            return;
        }
        if (!(event.data() instanceof ChildReturned returned)) {
            metrics.consumed(event.eventType(), "ignored");
            return;
        }
        // An erased case keeps its id (its tombstone): a ChildReturned delivered again after the erasure opens nothing.
        boolean opened = cases.openCase(new CaseCommand.OpenCase(caseId(returned.episodeId()),
                child(event.subject()), Context.valueOf(returned.context().type().name()), returned.returnedAt()),
                event.eventId());
        metrics.consumed(event.eventType(), opened ? "applied" : "duplicate");
    }

    /** A blank episode id names no episode: the message is refused like any other that breaks its contract. */
    private static CaseId caseId(String episodeId) {
        if (episodeId.isBlank()) {
            throw new UndecodableEventException("episodeId is blank");
        }
        return new CaseId(episodeId);
    }

    static Child child(Subject s) {
        return new Child(s.localAuthorityPersonId(), s.nhsNumber(), s.upn(), s.policePersonId(), s.givenName(),
                s.familyName(), s.dateOfBirth(), s.sex() == null ? null : Child.Sex.valueOf(s.sex().name()),
                s.postcode(), s.ethnicity() == null ? null : Ethnicity.valueOf(s.ethnicity().name()));
    }
}
