package uk.lantern.mace.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.mace.common.domain.AllocatedWorker;
import uk.lantern.mace.common.domain.Checks;
import uk.lantern.mace.common.domain.MaceRuleViolation;
import uk.lantern.mace.common.domain.MaceStateConflict;
import uk.lantern.mace.common.domain.PanelMember;
import uk.lantern.mace.common.domain.RiskCategory;

/**
 * A MACE meeting: scheduled (agencies nominate children), opened (attendance taken, quorum decided, the agenda built
 * and fixed: later profile changes do not alter it), the children on it discussed, closed (each child's outcome shared
 * with its social worker). Commands in, events out.
 */
public record Meeting(String id, LocalDate heldOn, PanelMember chair, MeetingStatus status,
                      List<PanelMember> attendees, List<PanelMember> apologies, Boolean quorate, String quorum,
                      Instant scheduledAt, Instant openedAt, Instant closedAt, List<Nomination> nominations,
                      List<AgendaEntry> agenda, List<Discussion> discussions) {

    public record Change(Meeting meeting, List<MeetingEvent> events) {
    }

    public Meeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        apologies = apologies == null ? List.of() : List.copyOf(apologies);
        nominations = nominations == null ? List.of() : List.copyOf(nominations);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        discussions = discussions == null ? List.of() : List.copyOf(discussions);
    }

    public static Change schedule(String id, LocalDate heldOn, PanelMember chair, Instant now) {
        Checks.date("heldOn", heldOn);
        Checks.present("chair", chair);
        Meeting meeting = new Meeting(id, heldOn, chair, MeetingStatus.SCHEDULED, List.of(), List.of(), null, null,
                now, null, null, List.of(), List.of(), List.of());
        return new Change(meeting, List.of(new MeetingEvent.Scheduled(meeting)));
    }

    /** An agency asks for a child to be discussed; once per child and agency, before the meeting opens. */
    public Change nominate(Nomination nomination) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new MaceStateConflict("the meeting is " + status.name().toLowerCase()
                    + ": nominations are taken until it opens (nominate the child for the next meeting)");
        }
        if (nominations.stream().anyMatch(n -> n.childId().equals(nomination.childId())
                && n.agency() == nomination.agency())) {
            throw new MaceStateConflict(nomination.agency() + " has already nominated this child for this meeting");
        }
        List<Nomination> all = new ArrayList<>(nominations);
        all.add(nomination);
        return new Change(with(status, attendees, apologies, quorate, quorum, openedAt, closedAt, all, agenda,
                discussions), List.of());
    }

    /** Attendance taken, quorum decided, the agenda fixed; each drift on it is raised to the chair. */
    public Change open(List<PanelMember> present, List<PanelMember> sentApologies, Quorum rule,
                       List<AgendaEntry> builtAgenda, Instant now) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new MaceStateConflict("the meeting is already " + status.name().toLowerCase());
        }
        if (present == null || present.isEmpty()) {
            throw new MaceRuleViolation("attendees", "at least one attendee is required");
        }
        List<PanelMember> everyone = new ArrayList<>(present);
        if (present.stream().noneMatch(p -> p.equals(chair))) {
            everyone.add(0, chair);
        }
        Meeting opened = with(MeetingStatus.OPEN, everyone, sentApologies, rule.met(everyone), rule.words(everyone), now,
                null, nominations, builtAgenda, discussions);
        List<MeetingEvent> events = new ArrayList<>();
        events.add(new MeetingEvent.Opened(opened));
        for (AgendaEntry entry : builtAgenda) {
            for (DriftFlag flag : entry.drift()) {
                events.add(new MeetingEvent.DriftFlagged(opened, entry, flag));
            }
        }
        return new Change(opened, events);
    }

    /**
     * The panel's decision about a child on the agenda. The reason is required when the category agreed differs from
     * the latest assessment's; the outcome goes to the allocated worker the discussion names, else the one a
     * nomination named, else the allocation on the child's profile as the panel was shown it, and one is required.
     */
    public Change discuss(String childId, RiskCategory agreedCategory, String reasonForDifference, String decision,
                          AllocatedWorker allocatedWorker, List<String> actionIds, String recordedBy, Instant now) {
        if (status != MeetingStatus.OPEN) {
            throw new MaceStateConflict("the meeting is " + status.name().toLowerCase()
                    + ": discussions are recorded while it is open");
        }
        AgendaEntry entry = entry(childId).orElseThrow(() -> new MaceRuleViolation("childId",
                "is not on this meeting's agenda (the agenda was fixed when the meeting opened)"));
        if (discussion(childId).isPresent()) {
            throw new MaceStateConflict("this child's discussion is already recorded for this meeting");
        }
        Checks.present("agreedCategory", agreedCategory);
        Checks.text("decision", decision, 4000);
        RiskCategory assessed = entry.seen() == null ? null : entry.seen().riskCategory().orElse(null);
        boolean differs = assessed != null && assessed != agreedCategory;
        if (differs && (reasonForDifference == null || reasonForDifference.isBlank())) {
            throw new MaceRuleViolation("reasonForDifference", "is required: the category agreed ("
                    + agreedCategory + ") differs from the latest assessment's (" + assessed + ")");
        }
        if (reasonForDifference != null && reasonForDifference.length() > 2000) {
            throw new MaceRuleViolation("reasonForDifference", "must be at most 2000 characters");
        }
        AllocatedWorker to = allocatedWorker != null ? allocatedWorker : nominations.stream()
                .filter(n -> n.childId().equals(childId) && n.allocatedWorker() != null)
                .map(Nomination::allocatedWorker).findFirst()
                .or(() -> Optional.ofNullable(entry.seen()).map(ChildSeen::allocatedWorker))
                .orElseThrow(() -> new MaceRuleViolation("allocatedWorker",
                        "is required: the outcome goes to the child's allocated social worker and team, and neither "
                                + "a nomination nor the child's profile names them"));
        Discussion discussion = new Discussion(childId, now, agreedCategory, assessed,
                differs ? reasonForDifference.strip() : null, decision.strip(), to, actionIds, entry.seen(), recordedBy);
        List<Discussion> all = new ArrayList<>(discussions);
        all.add(discussion);
        Meeting changed = with(status, attendees, apologies, quorate, quorum, openedAt, closedAt, nominations, agenda, all);
        return new Change(changed, List.of(new MeetingEvent.ChildDiscussed(changed, discussion)));
    }

    /** Closed; each child's decision and actions are shared with its social worker. */
    public Change close(Map<String, SharedAction> actions, Instant now) {
        if (status != MeetingStatus.OPEN) {
            throw new MaceStateConflict(status == MeetingStatus.CLOSED ? "the meeting is already closed"
                    : "the meeting has not opened");
        }
        Meeting closed = with(MeetingStatus.CLOSED, attendees, apologies, quorate, quorum, openedAt, now, nominations,
                agenda, discussions);
        List<MeetingEvent> events = new ArrayList<>();
        int agreed = discussions.stream().mapToInt(d -> d.actionIds().size()).sum();
        events.add(new MeetingEvent.Closed(closed, agreed));
        for (Discussion d : discussions) {
            events.add(new MeetingEvent.OutcomeShared(closed, d,
                    d.actionIds().stream().map(actions::get).filter(java.util.Objects::nonNull).toList()));
        }
        return new Change(closed, events);
    }

    public Optional<AgendaEntry> entry(String childId) {
        return agenda.stream().filter(e -> e.childId().equals(childId)).findFirst();
    }

    public Optional<Discussion> discussion(String childId) {
        return discussions.stream().filter(d -> d.childId().equals(childId)).findFirst();
    }

    private Meeting with(MeetingStatus status, List<PanelMember> attendees, List<PanelMember> apologies, Boolean quorate,
                         String quorum, Instant openedAt, Instant closedAt, List<Nomination> nominations,
                         List<AgendaEntry> agenda, List<Discussion> discussions) {
        return new Meeting(id, heldOn, chair, status, attendees, apologies, quorate, quorum, scheduledAt, openedAt,
                closedAt, nominations, agenda, discussions);
    }
}
