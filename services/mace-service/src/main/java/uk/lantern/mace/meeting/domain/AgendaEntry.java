package uk.lantern.mace.meeting.domain;

import java.util.List;
import uk.lantern.mace.child.domain.ChildSeen;

/**
 * One child on the agenda: why it is there and the drift flagged (both in words), what is new since the panel last
 * discussed the child, its open actions, and the child as the panel was shown it. Fixed when the meeting opens.
 */
public record AgendaEntry(int position, String childId, String childName, List<AgendaReason> reasons,
                          List<Why> why, List<DriftFlag> drift, List<String> whatIsNew, List<AgendaAction> actions,
                          ChildSeen seen) {

    /** One reason the child is on the agenda, in words (a nomination's words are the agency's). */
    public record Why(AgendaReason reason, String words) {
    }

    public AgendaEntry {
        reasons = List.copyOf(reasons);
        why = List.copyOf(why);
        drift = List.copyOf(drift);
        whatIsNew = List.copyOf(whatIsNew);
        actions = List.copyOf(actions);
    }
}
