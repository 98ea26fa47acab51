package uk.lantern.schemas.mace;

/** Schema: {@code schemas/mace/action-carried-over.v1.json}. Still open when a later meeting opened. */
public record ActionCarriedOver(String actionId, String childId, String toMeetingId, int timesCarriedOver)
        implements MaceEvent {

    @Override
    public String recordId() {
        return actionId;
    }
}
