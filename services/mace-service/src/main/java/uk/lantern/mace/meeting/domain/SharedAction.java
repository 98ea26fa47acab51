package uk.lantern.mace.meeting.domain;

import java.time.LocalDate;
import uk.lantern.mace.common.domain.PanelMember;

/** An action as the social worker is told it when the outcome is shared. {@code status}: OPEN, DONE or CANCELLED. */
public record SharedAction(String actionId, String what, PanelMember owner, LocalDate dueOn, String status) {
}
