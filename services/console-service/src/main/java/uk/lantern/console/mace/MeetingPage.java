package uk.lantern.console.mace;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lantern.console.mace.MaceRecords.Action;
import uk.lantern.console.mace.MaceRecords.AgendaEntry;
import uk.lantern.console.mace.MaceRecords.Discussion;
import uk.lantern.console.mace.MaceRecords.DriftFlag;
import uk.lantern.console.mace.MaceRecords.Meeting;

/**
 * A meeting as the panel works through it: each child on the agenda with why they are there, the drift flagged where
 * it is (on the child, and on the action it is about), what the panel decided and the child's actions as they stand
 * now. Before the meeting opens the agenda is the preview (as it would be fixed now), which only MACE members see.
 */
public record MeetingPage(String id, long version, Meeting meeting, boolean agendaFixed, List<Child> children) {

    /** One child on the agenda. {@code anchor} is the id of the child's section on the page. */
    public record Child(int position, String anchor, AgendaEntry entry, String name, Optional<Discussion> discussion,
                 List<ActionRow> openActions, List<ActionRow> finishedActions) {

        public boolean hasDrift() {
            return !entry.drift().isEmpty();
        }

        /** Drift about the child as a whole (not one action): no change in risk, a nomination never discussed. */
        public List<DriftFlag> childDrift() {
            return entry.drift().stream().filter(d -> d.actionId() == null).toList();
        }

        public String assessed() {
            return MaceWords.category(entry.seen() == null ? null : entry.seen().category());
        }

        public String assessedCode() {
            return entry.seen() == null ? "" : entry.seen().category() == null ? "" : entry.seen().category();
        }
    }

    /** An action as it stands, with the drift the agenda flagged on it and whether it is past its due date today. */
    public record ActionRow(Action action, List<DriftFlag> drift, boolean overdue) {
    }

    public static MeetingPage of(String id, long version, Meeting meeting, List<AgendaEntry> agenda,
                          Map<String, List<Action>> actionsByChild, LocalDate today) {
        boolean fixed = !"SCHEDULED".equals(meeting.status());
        List<Child> children = agenda.stream().map(entry -> {
            List<Action> actions = actionsByChild.getOrDefault(entry.childId(), List.of());
            List<ActionRow> rows = actions.stream().map(a -> new ActionRow(a,
                    entry.drift().stream().filter(d -> a.id().equals(d.actionId())).toList(),
                    "OPEN".equals(a.status()) && a.dueOn() != null && a.dueOn().isBefore(today))).toList();
            return new Child(entry.position(), "child-" + entry.position(), entry, name(entry),
                    meeting.discussions().stream().filter(d -> d.childId().equals(entry.childId())).findFirst(),
                    rows.stream().filter(r -> "OPEN".equals(r.action().status())).toList(),
                    rows.stream().filter(r -> !"OPEN".equals(r.action().status())).toList());
        }).toList();
        return new MeetingPage(id, version, meeting, fixed, children);
    }

    private static String name(AgendaEntry entry) {
        if (entry.childName() != null && !entry.childName().isBlank()) {
            return entry.childName();
        }
        return "Child " + entry.childId();
    }

    public List<Child> childrenWithDrift() {
        return children.stream().filter(Child::hasDrift).toList();
    }

    public long driftCount() {
        return children.stream().mapToLong(c -> c.entry().drift().size()).sum();
    }

    public long discussed() {
        return children.stream().filter(c -> c.discussion().isPresent()).count();
    }

    public boolean scheduled() {
        return "SCHEDULED".equals(meeting.status());
    }

    public boolean open() {
        return "OPEN".equals(meeting.status());
    }

    public boolean closed() {
        return "CLOSED".equals(meeting.status());
    }

    /** The child at {@code position} (1-based), for the projector view; the first when out of range. */
    public Child child(int position) {
        return children.stream().filter(c -> c.position() == position).findFirst()
                .orElse(children.isEmpty() ? null : children.get(0));
    }
}
