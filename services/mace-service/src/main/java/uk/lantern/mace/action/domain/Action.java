package uk.lantern.mace.action.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.lantern.mace.common.domain.Checks;
import uk.lantern.mace.common.domain.MaceRuleViolation;
import uk.lantern.mace.common.domain.MaceStateConflict;
import uk.lantern.mace.common.domain.PanelMember;

/**
 * An action the panel agreed for a child: what, the owner (a person and an agency), the due date, and, where it
 * applies, the adult or place of concern it is against (a disruption action). Open until done with evidence or
 * cancelled with a reason; carried over to each later meeting that reviews it while still open.
 */
public record Action(String id, String meetingId, String childId, String what, PanelMember owner, LocalDate dueOn,
                     String personOfConcernId, String placeOfConcernId, ActionStatus status, Instant agreedAt,
                     String evidence, LocalDate doneOn, String cancelReason, LocalDate cancelledOn,
                     List<String> carriedOverTo) {

    public record Change(Action action, List<ActionEvent> events) {
    }

    public Action {
        carriedOverTo = carriedOverTo == null ? List.of() : List.copyOf(carriedOverTo);
    }

    public static Change agree(String id, String meetingId, String childId, String what, PanelMember owner,
                               LocalDate dueOn, LocalDate heldOn, String personOfConcernId, String placeOfConcernId,
                               Instant now) {
        Checks.text("what", what, 2000);
        Checks.present("owner", owner);
        Checks.date("dueOn", dueOn);
        if (dueOn.isBefore(heldOn)) {
            throw new MaceRuleViolation("dueOn", "must be on or after the meeting's date (" + heldOn + ")");
        }
        Action action = new Action(id, meetingId, childId, what.strip(), owner, dueOn, personOfConcernId,
                placeOfConcernId, ActionStatus.OPEN, now, null, null, null, null, List.of());
        return new Change(action, List.of(new ActionEvent.Agreed(action)));
    }

    public Change done(String withEvidence, LocalDate on) {
        open();
        Checks.text("evidence", withEvidence, 4000);
        Checks.date("doneOn", on);
        Action done = new Action(id, meetingId, childId, what, owner, dueOn, personOfConcernId, placeOfConcernId,
                ActionStatus.DONE, agreedAt, withEvidence.strip(), on, null, null, carriedOverTo);
        return new Change(done, List.of(new ActionEvent.Done(done)));
    }

    public Change cancel(String reason, LocalDate on) {
        open();
        Checks.text("reason", reason, 2000);
        Action cancelled = new Action(id, meetingId, childId, what, owner, dueOn, personOfConcernId, placeOfConcernId,
                ActionStatus.CANCELLED, agreedAt, null, null, reason.strip(), on, carriedOverTo);
        return new Change(cancelled, List.of(new ActionEvent.Cancelled(cancelled)));
    }

    /** Still open at a later meeting that reviews it; once per meeting. */
    public Change carryOver(String toMeetingId) {
        if (status != ActionStatus.OPEN || toMeetingId.equals(meetingId) || carriedOverTo.contains(toMeetingId)) {
            return new Change(this, List.of());
        }
        List<String> to = new ArrayList<>(carriedOverTo);
        to.add(toMeetingId);
        Action carried = new Action(id, meetingId, childId, what, owner, dueOn, personOfConcernId, placeOfConcernId,
                status, agreedAt, evidence, doneOn, cancelReason, cancelledOn, to);
        return new Change(carried, List.of(new ActionEvent.CarriedOver(carried, toMeetingId)));
    }

    public int timesCarriedOver() {
        return carriedOverTo.size();
    }

    private void open() {
        if (status != ActionStatus.OPEN) {
            throw new MaceStateConflict("the action is already " + status.name().toLowerCase());
        }
    }
}
