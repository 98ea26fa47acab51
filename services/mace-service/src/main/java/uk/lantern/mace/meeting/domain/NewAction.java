package uk.lantern.mace.meeting.domain;

import java.time.LocalDate;
import uk.lantern.mace.common.domain.PanelMember;

/** An action the panel agrees in a discussion: what, the owner (a person and an agency), by when, against whom. */
public record NewAction(String what, PanelMember owner, LocalDate dueOn, String personOfConcernId,
                        String placeOfConcernId) {
}
