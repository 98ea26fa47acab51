package uk.lantern.cmeregister.register.domain;

import java.time.LocalDate;

/** Hours a week of alternative provision, and whether that was below the threshold in force when recorded. */
public record AlternativeProvision(String provider, double hoursPerWeek, LocalDate startedOn, double thresholdHours,
                                   boolean belowThreshold, Professional recordedBy) {
}
