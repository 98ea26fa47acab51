package uk.lantern.schemas.mace;

import java.time.LocalDate;

/** Schema: {@code schemas/mace/meeting-scheduled.v1.json}. */
public record MeetingScheduled(String meetingId, LocalDate heldOn, PanelMember chair) implements MaceEvent {

    @Override
    public String recordId() {
        return meetingId;
    }
}
