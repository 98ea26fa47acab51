package uk.lantern.schemas.mace;

import java.time.LocalDate;

/** Schema: {@code schemas/mace/action-cancelled.v1.json}. The reason stays with the action. */
public record ActionCancelled(String actionId, String childId, LocalDate cancelledOn) implements MaceEvent {

    @Override
    public String recordId() {
        return actionId;
    }
}
