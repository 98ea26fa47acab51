package uk.lantern.console.mace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * The MACE service's answers, as its controllers write them (mace-service {@code MeetingController},
 * {@code ActionController} and the domain records they return). Only what the pages use; anything else is ignored.
 */
public final class MaceRecords {

    private MaceRecords() {
    }

    /** {@code GET /meetings}: one line per meeting, no child named. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeetingSummary(String id, LocalDate heldOn, String chair, String status, Boolean quorate,
                          int childrenOnAgenda, int childrenDiscussed) {
    }

    /** {@code GET /meetings/{id}} and every command on a meeting: the meeting and its version (the ETag). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeetingView(String id, long version, Meeting meeting) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meeting(String id, LocalDate heldOn, PanelMember chair, String status, List<PanelMember> attendees,
                   List<PanelMember> apologies, Boolean quorate, String quorum, List<Nomination> nominations,
                   List<AgendaEntry> agenda, List<Discussion> discussions) {
        public Meeting {
            attendees = attendees == null ? List.of() : attendees;
            apologies = apologies == null ? List.of() : apologies;
            nominations = nominations == null ? List.of() : nominations;
            agenda = agenda == null ? List.of() : agenda;
            discussions = discussions == null ? List.of() : discussions;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PanelMember(String name, String agency) {
        public String words() {
            return name + " (" + MaceWords.agency(agency) + ")";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AllocatedWorker(String name, String team) {
        public String words() {
            return (name == null ? "the allocated social worker" : name) + ", " + team;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Nomination(String childId, String agency, String reason, String nominatedBy, AllocatedWorker allocatedWorker) {
    }

    /** One child on the agenda: why (in words), the drift flagged, what is new, the open actions, the child seen. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgendaEntry(int position, String childId, String childName, List<Why> why, List<DriftFlag> drift,
                       List<String> whatIsNew, List<AgendaAction> actions, ChildSeen seen) {
        public AgendaEntry {
            why = why == null ? List.of() : why;
            drift = drift == null ? List.of() : drift;
            whatIsNew = whatIsNew == null ? List.of() : whatIsNew;
            actions = actions == null ? List.of() : actions;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Why(String reason, String words) {
    }

    /** {@code drift}: ACTION_OVERDUE, ACTION_CARRIED_OVER, NO_CHANGE_IN_RISK, NOMINATED_NEVER_DISCUSSED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DriftFlag(String drift, String actionId, String words) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgendaAction(String actionId, String meetingId, String what, PanelMember owner, LocalDate dueOn,
                        int timesCarriedOver) {
    }

    /** The child as the panel was shown it (from the child's profile). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChildSeen(String childId, String givenName, String familyName, LocalDate dateOfBirth, int maceScore,
                     List<String> openFlags, String category) {
        public ChildSeen {
            openFlags = openFlags == null ? List.of() : openFlags;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Discussion(String childId, String agreedCategory, String assessedCategory, String reasonForDifference,
                      String decision, AllocatedWorker allocatedWorker, List<String> actionIds, String recordedBy) {
        public Discussion {
            actionIds = actionIds == null ? List.of() : actionIds;
        }
    }

    /** {@code GET /actions?childId=}: a child's actions; status OPEN, DONE or CANCELLED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String id, String meetingId, String childId, String what, PanelMember owner, LocalDate dueOn,
                  String status, String evidence, LocalDate doneOn, String cancelReason, LocalDate cancelledOn,
                  List<String> carriedOverTo) {
        public Action {
            carriedOverTo = carriedOverTo == null ? List.of() : carriedOverTo;
        }
    }
}
