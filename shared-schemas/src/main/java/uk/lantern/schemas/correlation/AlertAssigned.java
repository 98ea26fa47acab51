package uk.lantern.schemas.correlation;

import java.time.Instant;

/**
 * Schema: {@code schemas/correlation/alert-assigned.v1.json}. The alert was given to a person or a team to act on.
 *
 * @param assignee     PERSON or TEAM
 * @param assignedTo   the person's or team's name, as the assigner gave it
 * @param assignedBy   the signed-in person who gave it
 */
public record AlertAssigned(String alertId, String childId, String code, String assignee, String assignedTo,
                            String assignedBy, Instant assignedAt) implements AlertWorkEvent {

    /** Whom an alert can be given to. */
    public enum Assignee { PERSON, TEAM }
}
