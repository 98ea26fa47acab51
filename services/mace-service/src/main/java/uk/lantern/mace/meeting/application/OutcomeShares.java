package uk.lantern.mace.meeting.application;

import uk.lantern.mace.meeting.domain.Discussion;
import uk.lantern.mace.meeting.domain.Meeting;

/** Writes what is shared with whom to the access log, before the share is made. */
public interface OutcomeShares {

    void sharing(Meeting meeting, Discussion discussion);
}
