package uk.lantern.schemas.mace;

import java.time.Instant;

/** Schema: {@code schemas/mace/meeting-closed.v1.json}. */
public record MeetingClosed(String meetingId, Instant closedAt, int childrenDiscussed, int actionsAgreed)
        implements MaceEvent {

    @Override
    public String recordId() {
        return meetingId;
    }
}
