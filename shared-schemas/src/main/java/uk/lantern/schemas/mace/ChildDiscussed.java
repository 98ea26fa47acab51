package uk.lantern.schemas.mace;

import java.time.Instant;
import uk.lantern.schemas.exploitationrisk.RiskCategory;

/**
 * Schema: {@code schemas/mace/child-discussed.v1.json}. The panel's risk decision. {@code assessedCategory} is the
 * latest assessment's category as the panel saw it (null: never assessed); the reason the panel differs stays with
 * the meeting's record.
 */
public record ChildDiscussed(String meetingId, String childId, Instant discussedAt, RiskCategory agreedCategory,
                             RiskCategory assessedCategory, boolean differsFromAssessment) implements MaceEvent {

    @Override
    public String recordId() {
        return meetingId;
    }
}
