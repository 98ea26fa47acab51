package uk.lantern.schemas.mace;

import java.time.LocalDate;
import java.util.List;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.exploitationrisk.RiskCategory;

/**
 * Schema: {@code schemas/mace/outcome-shared.v1.json}. After the meeting, the panel's decision about one child and
 * its actions, in words, addressed to the child's allocated social worker and team: the one MACE event with free
 * text, because the person it is for needs it and would otherwise have to ask.
 */
public record OutcomeShared(String meetingId, String childId, LocalDate heldOn, AllocatedWorker addressedTo,
                            RiskCategory agreedCategory, String decision, List<SharedAction> actions)
        implements MaceEvent {

    public OutcomeShared {
        actions = List.copyOf(actions);
    }

    public record SharedAction(String actionId, String what, String ownerName, Agency ownerAgency, LocalDate dueOn,
                               ActionStatus status) {
    }

    @Override
    public String recordId() {
        return meetingId;
    }
}
