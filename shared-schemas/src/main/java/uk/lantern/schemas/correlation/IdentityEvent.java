package uk.lantern.schemas.correlation;

import uk.lantern.schemas.EventData;

/**
 * The payloads published on {@code lantern.identity.v1}: how each source record was resolved to a Lantern child,
 * the possible matches put to review, and what each reviewer's decision changed. Links and merges are recorded
 * here, explained, and reversible; so is a record forgotten after an erasure at its source.
 */
public sealed interface IdentityEvent extends EventData permits RecordResolved, ReviewRaised, ReviewDecided,
        RecordForgotten {
}
