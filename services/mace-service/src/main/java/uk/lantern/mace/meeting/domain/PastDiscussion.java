package uk.lantern.mace.meeting.domain;

import java.time.LocalDate;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.mace.common.domain.RiskCategory;

/** A child's discussion at an earlier meeting: the category agreed, and the child as the panel saw it then. */
public record PastDiscussion(String meetingId, LocalDate heldOn, String childId, RiskCategory agreedCategory,
                             ChildSeen seen) {
}
