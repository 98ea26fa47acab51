package uk.lantern.cmeregister.register.domain;

import java.time.Period;

/**
 * Local policy, set per authority: how long a child whose whereabouts stay unknown is kept on the register, and the
 * weekly hours of alternative provision below which a child is flagged.
 */
public record RegisterPolicy(Period whereaboutsUnknownRetention, double alternativeProvisionMinimumHours) {

    public static final RegisterPolicy DEFAULT = new RegisterPolicy(Period.ofYears(2), 25);

    public RegisterPolicy {
        if (whereaboutsUnknownRetention == null || whereaboutsUnknownRetention.isNegative()) {
            throw new IllegalArgumentException("whereabouts-unknown retention must be a positive period");
        }
        if (alternativeProvisionMinimumHours < 0) {
            throw new IllegalArgumentException("alternative-provision minimum hours must not be negative");
        }
    }
}
