package uk.lantern.schemas.correlation;

import java.time.Instant;

/**
 * The facts that ended an alert's condition arrived (an interview offered, an assessment completed), or the child's
 * records were regrouped so the condition no longer holds for this child.
 */
public record AlertCleared(String alertId, String code, String childId, Instant clearedAt, String reason)
        implements AlertEvent {
}
