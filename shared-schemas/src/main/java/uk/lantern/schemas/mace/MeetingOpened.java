package uk.lantern.schemas.mace;

import java.time.Instant;
import java.util.List;

/**
 * Schema: {@code schemas/mace/meeting-opened.v1.json}. The agenda as fixed when the meeting opened: each child by
 * Lantern child id, and why it is there.
 */
public record MeetingOpened(String meetingId, Instant openedAt, boolean quorate, List<Agency> agenciesPresent,
                            List<AgendaItem> agenda) implements MaceEvent {

    public MeetingOpened {
        agenciesPresent = List.copyOf(agenciesPresent);
        agenda = List.copyOf(agenda);
    }

    public record AgendaItem(String childId, List<AgendaReason> reasons, List<Drift> drift) {
        public AgendaItem {
            reasons = List.copyOf(reasons);
            drift = drift == null ? List.of() : List.copyOf(drift);
        }
    }

    @Override
    public String recordId() {
        return meetingId;
    }
}
