package uk.lantern.schemas.mace;

/**
 * Schema: {@code schemas/mace/drift-flagged.v1.json}. Raised to the meeting's chair when the meeting opens;
 * {@code actionId} names the action for the two action drifts.
 */
public record DriftFlagged(String meetingId, String childId, Drift drift, String actionId, PanelMember chair)
        implements MaceEvent {

    @Override
    public String recordId() {
        return meetingId;
    }
}
