package uk.lantern.schemas.mace;

import java.time.LocalDate;

/**
 * Schema: {@code schemas/mace/action-agreed.v1.json}. What is to be done stays with the action (and goes to the
 * social worker in {@link OutcomeShared}); this says who owns it, by when, and what it hangs off.
 */
public record ActionAgreed(String actionId, String meetingId, String childId, Agency ownerAgency, LocalDate dueOn,
                           String personOfConcernId, String placeOfConcernId) implements MaceEvent {

    @Override
    public String recordId() {
        return actionId;
    }
}
