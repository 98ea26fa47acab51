package uk.lantern.cmeregister.register.application;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.lantern.cmeregister.register.domain.RegisterPolicy;

/**
 * Local policy (DOMAIN.md): how long a child whose whereabouts stay unknown is kept on the register, and the hours
 * a week of alternative provision below which a child is flagged.
 */
@ConfigurationProperties("lantern.cme")
public record RegisterSettings(
        @DefaultValue("P2Y") Period whereaboutsUnknownRetention,
        @DefaultValue("25") double alternativeProvisionMinimumHours) {

    public RegisterPolicy policy() {
        return new RegisterPolicy(whereaboutsUnknownRetention, alternativeProvisionMinimumHours);
    }
}
