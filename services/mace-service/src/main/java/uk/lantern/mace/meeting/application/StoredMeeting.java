package uk.lantern.mace.meeting.application;

import java.util.List;
import uk.lantern.mace.meeting.domain.Meeting;

public record StoredMeeting(Meeting meeting, long version, List<String> appliedRequestKeys) {
}
