package uk.lantern.cmeregister.retention.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How long register entries are kept is local policy, with the README's default. */
class RetentionSettingsTest {

    private static RetentionSettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("lantern.retention", RetentionSettings.class);
    }

    @Test
    void without_settings_an_entry_is_kept_six_years_after_the_child_left_and_the_purge_runs_daily() {
        RetentionSettings settings = bound(Map.of());

        assertThat(settings.policy().registerEntries()).isEqualTo(Period.ofYears(6));
        assertThat(settings.purgeCron()).isEqualTo("0 30 2 * * *");
        assertThat(settings.purgeBatch()).isEqualTo(200);
        assertThat(settings.enabled()).isTrue();
    }

    @Test
    void an_authority_sets_its_own_period() {
        assertThat(bound(Map.of("lantern.retention.register-entries", "P3Y6M")).policy().registerEntries())
                .isEqualTo(Period.of(3, 6, 0));
    }

    @Test
    void a_period_that_is_not_positive_or_an_empty_batch_is_refused_when_the_settings_are_read() {
        assertThatThrownBy(() -> bound(Map.of("lantern.retention.register-entries", "P0D")))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bound(Map.of("lantern.retention.purge-batch", "0")))
                .isInstanceOf(BindException.class);
    }
}
