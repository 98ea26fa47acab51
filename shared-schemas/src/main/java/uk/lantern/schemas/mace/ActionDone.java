package uk.lantern.schemas.mace;

import java.time.LocalDate;

/** Schema: {@code schemas/mace/action-done.v1.json}. The evidence stays with the action. */
public record ActionDone(String actionId, String childId, LocalDate doneOn) implements MaceEvent {

    @Override
    public String recordId() {
        return actionId;
    }
}
