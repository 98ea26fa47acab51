package uk.lantern.missingepisode.episode.messaging;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.lantern.missingepisode.episode.domain.Child;
import uk.lantern.missingepisode.episode.domain.Episode;
import uk.lantern.missingepisode.episode.domain.EpisodeContext;
import uk.lantern.missingepisode.episode.domain.EpisodeEvent;
import uk.lantern.missingepisode.episode.domain.Professional;
import uk.lantern.missingepisode.episode.domain.Return;
import uk.lantern.missingepisode.retention.domain.Erasure;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Ethnicity;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.support.outbox.OutboxEntry;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeClosed;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;
import uk.lantern.schemas.missingepisode.NeedToKnowRaised;
import uk.lantern.schemas.missingepisode.RiskGrade;
import uk.lantern.schemas.missingepisode.RiskRegraded;

/** Maps the domain's events onto the published contract (shared-schemas) and encodes them for the outbox. */
@Component
public class EpisodeEventContract {

    public static final String SOURCE = "missing-episode-service";

    private final EventCodec codec = new EventCodec();

    public List<OutboxEntry> outboxEntries(Episode episode, List<EpisodeEvent> events, Instant recordedAt) {
        return events.stream().map(event -> outboxEntry(episode, event, recordedAt)).toList();
    }

    /**
     * The erasure, under the key every event of the episode had (so it is read after them, on their partition), with
     * an empty subject: it tells readers to forget the episode and carries nothing of the child.
     */
    public OutboxEntry erasureEntry(Episode episode, Erasure erasure) {
        Envelope<EpisodeErased> envelope = Envelope.of(MissingEpisodeEventTypes.EPISODE_ERASED, erasure.eventId(),
                erasure.erasedAt(), erasure.erasedAt(), SOURCE, Subject.empty(),
                new EpisodeErased(erasure.episodeId().value(), erasure.erasedAt(),
                        EpisodeErased.Reason.valueOf(erasure.reason().name())));
        return new OutboxEntry(envelope.eventId().toString(), envelope.eventType(), Topics.MISSING_EPISODES.name(),
                key(episode), new String(codec.encode(envelope), java.nio.charset.StandardCharsets.UTF_8),
                erasure.erasedAt());
    }

    private OutboxEntry outboxEntry(Episode episode, EpisodeEvent event, Instant recordedAt) {
        Envelope<?> envelope = envelope(episode, event, recordedAt);
        return new OutboxEntry(envelope.eventId().toString(), envelope.eventType(), Topics.MISSING_EPISODES.name(), key(episode),
                new String(codec.encode(envelope), java.nio.charset.StandardCharsets.UTF_8), recordedAt);
    }

    /** Every event of one episode has the same key: its child's strongest identifier at report time. */
    static String key(Episode episode) {
        return subject(episode.child()).partitionKey().orElse("episode:" + episode.id().value());
    }

    Envelope<?> envelope(Episode episode, EpisodeEvent event, Instant recordedAt) {
        Subject subject = subject(episode.child());
        String id = event.episodeId().value();
        if (event instanceof EpisodeEvent.EpisodeReported e) {
            return Envelope.of(MissingEpisodeEventTypes.EPISODE_REPORTED, e.eventId(),
                    e.occurredAt(), recordedAt, SOURCE, subject, new EpisodeReported(id, context(e.episode().context()),
                            EpisodeReported.Category.valueOf(e.episode().category().name()),
                            new EpisodeReported.LastSeen(e.episode().lastSeen().at(), e.episode().lastSeen().place()),
                            e.episode().reportedAt(), professional(e.episode().reportedBy()),
                            e.episode().policeReference(), grade(e.episode().riskGrade()),
                            e.episode().childProtectionPlan(), e.episode().lookedAfter(),
                            allocatedWorker(e.episode().allocatedWorker())));
        }
        if (event instanceof EpisodeEvent.RiskRegraded e) {
            return Envelope.of(MissingEpisodeEventTypes.RISK_REGRADED, e.eventId(),
                    e.occurredAt(), recordedAt, SOURCE, subject, new RiskRegraded(id, grade(e.regrade().from()),
                            grade(e.regrade().to()), e.regrade().at(), professional(e.regrade().by()),
                            null)); // v2: the reason (free text) stays, encrypted, with the episode; no consumer needs it
        }
        if (event instanceof EpisodeEvent.ChildReturned e) {
            return Envelope.of(MissingEpisodeEventTypes.CHILD_RETURNED, e.eventId(),
                    e.occurredAt(), recordedAt, SOURCE, subject, new ChildReturned(id, e.details().returnedAt(),
                            location(e.details().location()),
                            e.details().associates().stream().map(a -> new ChildReturned.Associate(a.name(), a.phone(),
                                    a.vehicleRegistration(), a.age(), a.adult())).toList(),
                            ChildReturned.How.valueOf(e.details().how().name()), professional(e.details().recordedBy()),
                            context(e.context())));
        }
        if (event instanceof EpisodeEvent.EpisodeClosed e) {
            return Envelope.of(MissingEpisodeEventTypes.EPISODE_CLOSED, e.eventId(),
                    e.occurredAt(), recordedAt, SOURCE, subject,
                    new EpisodeClosed(id, e.closure().closedAt(), professional(e.closure().closedBy())));
        }
        if (event instanceof EpisodeEvent.NeedToKnowRaised e) {
            return Envelope.of(MissingEpisodeEventTypes.NEED_TO_KNOW_RAISED,
                    e.eventId(), e.occurredAt(), recordedAt, SOURCE, subject, new NeedToKnowRaised(id,
                            e.reasons().stream().map(r -> NeedToKnowRaised.Reason.valueOf(r.name())).toList(),
                            context(e.context()), grade(e.riskGrade()), e.lastSeenAt()));
        }
        throw new IllegalArgumentException("no contract for " + event.getClass().getSimpleName());
    }

    static Subject subject(Child child) {
        return new Subject(child.localAuthorityPersonId(), child.nhsNumber(), child.upn(), child.policePersonId(),
                child.givenName(), child.familyName(), child.dateOfBirth(),
                child.sex() == null ? null : Subject.Sex.valueOf(child.sex().name()), child.postcode(),
                child.ethnicity() == null ? null : Ethnicity.valueOf(child.ethnicity().name()));
    }

    private static AllocatedWorker allocatedWorker(uk.lantern.missingepisode.episode.domain.AllocatedWorker worker) {
        return worker == null ? null : new AllocatedWorker(worker.name(), worker.team());
    }

    private static uk.lantern.schemas.missingepisode.EpisodeContext context(EpisodeContext context) {
        var placement = context.placement();
        return new uk.lantern.schemas.missingepisode.EpisodeContext(
                uk.lantern.schemas.missingepisode.EpisodeContext.Type.valueOf(context.type().name()),
                placement == null ? null
                        : uk.lantern.schemas.missingepisode.EpisodeContext.PlacementType.valueOf(placement.type().name()),
                placement == null ? null : placement.placingAuthority(),
                placement == null ? null : placement.outOfArea());
    }

    private static ChildReturned.Location location(Return.FoundLocation location) {
        return location == null ? null : new ChildReturned.Location(location.placeName(), location.postcode(),
                location.latitude(), location.longitude());
    }

    private static uk.lantern.schemas.Professional professional(Professional p) {
        return new uk.lantern.schemas.Professional(p.name(), p.role(), p.organisation());
    }

    private static RiskGrade grade(uk.lantern.missingepisode.episode.domain.RiskGrade grade) {
        return RiskGrade.valueOf(grade.name());
    }
}
