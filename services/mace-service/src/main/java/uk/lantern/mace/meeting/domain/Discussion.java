package uk.lantern.mace.meeting.domain;

import java.time.Instant;
import java.util.List;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.mace.common.domain.AllocatedWorker;
import uk.lantern.mace.common.domain.RiskCategory;

/**
 * What the panel decided about one child: the category agreed (with the reason when it differs from the latest
 * assessment's), the decision in words, the actions agreed, and to whom the outcome goes.
 */
public record Discussion(String childId, Instant discussedAt, RiskCategory agreedCategory,
                         RiskCategory assessedCategory, String reasonForDifference, String decision,
                         AllocatedWorker allocatedWorker, List<String> actionIds, ChildSeen seen, String recordedBy) {

    public Discussion {
        actionIds = List.copyOf(actionIds);
    }

    public boolean differsFromAssessment() {
        return assessedCategory != null && assessedCategory != agreedCategory;
    }
}
