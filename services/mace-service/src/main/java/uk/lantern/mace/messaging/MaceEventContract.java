package uk.lantern.mace.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.lantern.mace.action.domain.Action;
import uk.lantern.mace.action.domain.ActionEvent;
import uk.lantern.mace.child.application.ChildProfiles;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.mace.common.domain.PanelMember;
import uk.lantern.mace.concern.domain.PersonOfConcern;
import uk.lantern.mace.concern.domain.PlaceOfConcern;
import uk.lantern.mace.meeting.domain.MeetingEvent;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.exploitationrisk.RiskCategory;
import uk.lantern.schemas.mace.ActionAgreed;
import uk.lantern.schemas.mace.ActionCancelled;
import uk.lantern.schemas.mace.ActionCarriedOver;
import uk.lantern.schemas.mace.ActionDone;
import uk.lantern.schemas.mace.ActionStatus;
import uk.lantern.schemas.mace.Agency;
import uk.lantern.schemas.mace.AgendaReason;
import uk.lantern.schemas.mace.ChildDiscussed;
import uk.lantern.schemas.mace.Drift;
import uk.lantern.schemas.mace.DriftFlagged;
import uk.lantern.schemas.mace.MaceEventTypes;
import uk.lantern.schemas.mace.MaceTopics;
import uk.lantern.schemas.mace.MeetingClosed;
import uk.lantern.schemas.mace.MeetingOpened;
import uk.lantern.schemas.mace.MeetingScheduled;
import uk.lantern.schemas.mace.OutcomeShared;
import uk.lantern.schemas.mace.PersonOfConcernRecorded;
import uk.lantern.schemas.mace.PlaceOfConcernRecorded;
import uk.lantern.support.outbox.OutboxEntry;

/**
 * Maps the domain's events onto the published contract (shared-schemas) for the outbox. Events about a child carry
 * the Lantern child id and the subject as the child's profile holds it, keyed {@code child:<id>}; the others an empty
 * subject, keyed by their record. Each entry is encoded once, with its event id, so a re-send is byte-identical.
 */
@Component
public class MaceEventContract {

    public static final String SOURCE = "mace-service";

    private final EventCodec codec = new EventCodec();
    private final ChildProfiles children;

    public MaceEventContract(ChildProfiles children) {
        this.children = children;
    }

    public List<OutboxEntry> meetingEntries(List<MeetingEvent> events, Instant now) {
        return events.stream().map(e -> meetingEntry(e, now)).toList();
    }

    public List<OutboxEntry> actionEntries(List<ActionEvent> events, Instant now) {
        return events.stream().map(e -> actionEntry(e, now)).toList();
    }

    public OutboxEntry personEntry(PersonOfConcern p, Instant now) {
        return entry(Envelope.of(MaceEventTypes.PERSON_OF_CONCERN_RECORDED, UUID.randomUUID(), p.recordedAt(), now,
                SOURCE, Subject.empty(), new PersonOfConcernRecorded(p.id(), p.linkKeys())), "person:" + p.id(), now);
    }

    public OutboxEntry placeEntry(PlaceOfConcern p, Instant now) {
        return entry(Envelope.of(MaceEventTypes.PLACE_OF_CONCERN_RECORDED, UUID.randomUUID(), p.recordedAt(), now,
                SOURCE, Subject.empty(), new PlaceOfConcernRecorded(p.id(), p.linkKeys())), "place:" + p.id(), now);
    }

    private OutboxEntry meetingEntry(MeetingEvent event, Instant now) {
        UUID id = UUID.randomUUID();
        if (event instanceof MeetingEvent.Scheduled e) {
            var m = e.meeting();
            return entry(Envelope.of(MaceEventTypes.MEETING_SCHEDULED, id, m.scheduledAt(), now, SOURCE, Subject.empty(),
                    new MeetingScheduled(m.id(), m.heldOn(), member(m.chair()))), "meeting:" + m.id(), now);
        }
        if (event instanceof MeetingEvent.Opened e) {
            var m = e.meeting();
            return entry(Envelope.of(MaceEventTypes.MEETING_OPENED, id, m.openedAt(), now, SOURCE, Subject.empty(),
                    new MeetingOpened(m.id(), m.openedAt(), Boolean.TRUE.equals(m.quorate()),
                            m.attendees().stream().map(a -> Agency.valueOf(a.agency().name())).distinct().sorted().toList(),
                            m.agenda().stream().map(a -> new MeetingOpened.AgendaItem(a.childId(),
                                    a.reasons().stream().map(r -> AgendaReason.valueOf(r.name())).toList(),
                                    a.drift().stream().map(d -> Drift.valueOf(d.drift().name())).distinct().toList()))
                                    .toList())), "meeting:" + m.id(), now);
        }
        if (event instanceof MeetingEvent.DriftFlagged e) {
            var m = e.meeting();
            return entry(Envelope.of(MaceEventTypes.DRIFT_FLAGGED, id, m.openedAt(), now, SOURCE,
                    subject(e.entry().childId()), new DriftFlagged(m.id(), e.entry().childId(),
                            Drift.valueOf(e.flag().drift().name()), e.flag().actionId(), member(m.chair()))),
                    "child:" + e.entry().childId(), now);
        }
        if (event instanceof MeetingEvent.ChildDiscussed e) {
            var d = e.discussion();
            return entry(Envelope.of(MaceEventTypes.CHILD_DISCUSSED, id, d.discussedAt(), now, SOURCE,
                    subject(d.childId()), new ChildDiscussed(e.meeting().id(), d.childId(), d.discussedAt(),
                            category(d.agreedCategory()), category(d.assessedCategory()), d.differsFromAssessment())),
                    "child:" + d.childId(), now);
        }
        if (event instanceof MeetingEvent.Closed e) {
            var m = e.meeting();
            return entry(Envelope.of(MaceEventTypes.MEETING_CLOSED, id, m.closedAt(), now, SOURCE, Subject.empty(),
                    new MeetingClosed(m.id(), m.closedAt(), m.discussions().size(), e.actionsAgreed())),
                    "meeting:" + m.id(), now);
        }
        if (event instanceof MeetingEvent.OutcomeShared e) {
            var d = e.discussion();
            var m = e.meeting();
            return entry(Envelope.of(MaceEventTypes.OUTCOME_SHARED, id, m.closedAt(), now, SOURCE, subject(d.childId()),
                    new OutcomeShared(m.id(), d.childId(), m.heldOn(),
                            new AllocatedWorker(d.allocatedWorker().name(), d.allocatedWorker().team()),
                            category(d.agreedCategory()), d.decision(),
                            e.actions().stream().map(a -> new OutcomeShared.SharedAction(a.actionId(), a.what(),
                                    a.owner().name(), Agency.valueOf(a.owner().agency().name()), a.dueOn(),
                                    ActionStatus.valueOf(a.status()))).toList())),
                    "child:" + d.childId(), now);
        }
        throw new IllegalArgumentException("no contract for " + event.getClass().getSimpleName());
    }

    private OutboxEntry actionEntry(ActionEvent event, Instant now) {
        UUID id = UUID.randomUUID();
        Action a = event.action();
        String key = "child:" + a.childId();
        Subject subject = subject(a.childId());
        if (event instanceof ActionEvent.Agreed) {
            return entry(Envelope.of(MaceEventTypes.ACTION_AGREED, id, a.agreedAt(), now, SOURCE, subject,
                    new ActionAgreed(a.id(), a.meetingId(), a.childId(), Agency.valueOf(a.owner().agency().name()),
                            a.dueOn(), a.personOfConcernId(), a.placeOfConcernId())), key, now);
        }
        if (event instanceof ActionEvent.Done) {
            return entry(Envelope.of(MaceEventTypes.ACTION_DONE, id, now, now, SOURCE, subject,
                    new ActionDone(a.id(), a.childId(), a.doneOn())), key, now);
        }
        if (event instanceof ActionEvent.Cancelled) {
            return entry(Envelope.of(MaceEventTypes.ACTION_CANCELLED, id, now, now, SOURCE, subject,
                    new ActionCancelled(a.id(), a.childId(), a.cancelledOn())), key, now);
        }
        if (event instanceof ActionEvent.CarriedOver e) {
            return entry(Envelope.of(MaceEventTypes.ACTION_CARRIED_OVER, id, now, now, SOURCE, subject,
                    new ActionCarriedOver(a.id(), a.childId(), e.toMeetingId(), a.timesCarriedOver())), key, now);
        }
        throw new IllegalArgumentException("no contract for " + event.getClass().getSimpleName());
    }

    /** The subject as Lantern holds the child: its profile's identifiers, first name, date of birth and postcode. */
    Subject subject(String childId) {
        return children.find(childId).map(MaceEventContract::subject).orElse(Subject.empty());
    }

    static Subject subject(ChildSeen c) {
        return new Subject(c.identifier("LA").orElse(null), c.identifier("NHS").orElse(null),
                c.identifier("UPN").orElse(null), c.identifier("POLICE").orElse(null), c.givenName(), c.familyName(),
                c.dateOfBirth(), null, c.postcode());
    }

    private OutboxEntry entry(Envelope<?> envelope, String key, Instant recordedAt) {
        return new OutboxEntry(envelope.eventId().toString(), envelope.eventType(), MaceTopics.MACE.name(), key,
                new String(codec.encode(envelope), StandardCharsets.UTF_8), recordedAt);
    }

    private static uk.lantern.schemas.mace.PanelMember member(PanelMember p) {
        return new uk.lantern.schemas.mace.PanelMember(p.name(), Agency.valueOf(p.agency().name()));
    }

    private static RiskCategory category(uk.lantern.mace.common.domain.RiskCategory c) {
        return c == null ? null : RiskCategory.valueOf(c.name());
    }
}
