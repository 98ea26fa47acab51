package uk.lantern.schemas.cmeregister;

import java.time.LocalDate;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/cme-register/alternative-provision-recorded.v1.json}. */
public record AlternativeProvisionRecorded(String entryId, String provider, double hoursPerWeek, LocalDate startedOn,
                                           double thresholdHours, boolean belowThreshold, Professional recordedBy)
        implements CmeRegisterEvent {
}
