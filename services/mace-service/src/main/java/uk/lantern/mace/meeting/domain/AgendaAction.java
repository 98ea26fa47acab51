package uk.lantern.mace.meeting.domain;

import java.time.LocalDate;
import uk.lantern.mace.common.domain.PanelMember;

/**
 * An open action of a child as the agenda shows it. {@code timesCarriedOver} counts this meeting when it is carried
 * over to it.
 */
public record AgendaAction(String actionId, String meetingId, String childId, String what, PanelMember owner,
                           LocalDate dueOn, int timesCarriedOver) {
}
