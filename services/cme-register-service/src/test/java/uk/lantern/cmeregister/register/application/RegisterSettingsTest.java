package uk.lantern.cmeregister.register.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import uk.lantern.cmeregister.register.domain.RegisterPolicy;

/** The retention period and the alternative-provision threshold are local policy, with DOMAIN.md's defaults. */
class RegisterSettingsTest {

    private static RegisterPolicy bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("lantern.cme", RegisterSettings.class).policy();
    }

    @Test
    void without_settings_a_child_is_kept_two_years_and_fewer_than_25_hours_are_flagged() {
        RegisterPolicy policy = bound(Map.of());

        assertThat(policy.whereaboutsUnknownRetention()).isEqualTo(Period.ofYears(2));
        assertThat(policy.alternativeProvisionMinimumHours()).isEqualTo(25.0);
    }

    @Test
    void an_authority_sets_its_own_retention_period_and_threshold() {
        RegisterPolicy policy = bound(Map.of(
                "lantern.cme.whereabouts-unknown-retention", "P18M",
                "lantern.cme.alternative-provision-minimum-hours", "20"));

        assertThat(policy.whereaboutsUnknownRetention()).isEqualTo(Period.ofMonths(18));
        assertThat(policy.alternativeProvisionMinimumHours()).isEqualTo(20.0);
    }
}
