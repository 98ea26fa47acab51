package uk.lantern.mace.meeting.domain;

import java.time.LocalDate;

/** A nomination to an earlier meeting, closed without the child being discussed. */
public record PastNomination(String meetingId, LocalDate heldOn, Nomination nomination) {
}
