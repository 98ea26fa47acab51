package uk.lantern.returninterview.interview.messaging;

import uk.lantern.returninterview.interview.application.CaseMetrics;
import uk.lantern.returninterview.interview.application.CaseService;
import uk.lantern.returninterview.interview.domain.CaseCommand;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.interview.domain.Child;
import uk.lantern.returninterview.interview.domain.Context;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;

/**
 * What a missing-episode event means here: a {@code ChildReturned} opens the child's return-interview case; every
 * other type is none of this service's business. A message that is not a valid event throws
 * {@link UndecodableEventException}, which the binding sends to the dead-letter topic with its reasons.
 */
public class MissingEpisodeEvents {

    private final EventCodec codec = new EventCodec();
    private final CaseService cases;
    private final CaseMetrics metrics;

    public MissingEpisodeEvents(CaseService cases, CaseMetrics metrics) {
        this.cases = cases;
        this.metrics = metrics;
    }

    public void accept(byte[] message) {
        Envelope<MissingEpisodeEvent> event = codec.decode(Topics.MISSING_EPISODES, message);
        if (!(event.data() instanceof ChildReturned returned)) {
            metrics.consumed(event.eventType(), "ignored");
            return;
        }
        boolean opened = cases.openCase(new CaseCommand.OpenCase(new CaseId(returned.episodeId()),
                child(event.subject()), Context.valueOf(returned.context().type().name()), returned.returnedAt()),
                event.eventId());
        metrics.consumed(event.eventType(), opened ? "applied" : "duplicate");
    }

    static Child child(Subject s) {
        return new Child(s.localAuthorityPersonId(), s.nhsNumber(), s.upn(), s.policePersonId(), s.givenName(),
                s.familyName(), s.dateOfBirth(), s.sex() == null ? null : Child.Sex.valueOf(s.sex().name()),
                s.postcode());
    }
}
