package uk.lantern.correlation.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.correlation.patterns.WorkingCalendar;
import uk.lantern.correlation.profile.MaceScore;
import uk.lantern.correlation.profile.ProfileSettings;
import uk.lantern.correlation.stream.CorrelationSettings;

class CorrelationPropertiesTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    static CorrelationProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("lantern.correlation", CorrelationProperties.class);
    }

    @Test
    void with_nothing_set_every_threshold_is_the_domain_default() {
        CorrelationSettings settings = bind(Map.of("lantern.correlation.analyst-key", KEY)).toSettings();

        assertThat(settings.matching()).isEqualTo(MatchSettings.defaults());
        assertThat(settings.patterns()).isEqualTo(PatternSettings.defaults());
        assertThat(settings.clockTick()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.persistentStores()).isTrue();
        assertThat(settings.profileMaxBytes()).isEqualTo(CorrelationSettings.DEFAULT_PROFILE_MAX_BYTES);
        assertThat(settings.analystKey()).hasSize(32);
        assertThat(settings.analystFeedV1()).as("v1 beside v2 until the cut-over").isTrue();
        assertThat(settings.analystTimePrecision()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.profile()).isEqualTo(ProfileSettings.defaults());
        assertThat(settings.profile().mace()).isEqualTo(MaceScore.defaults());
        assertThat(settings.profile().episodesLast30DaysWindow()).isEqualTo(Period.ofDays(30));
    }

    @Test
    void a_deployment_sets_the_profiles_windows_and_the_mace_weights_and_keeps_the_rest() {
        CorrelationSettings settings = bind(Map.of(
                "lantern.correlation.analyst-key", KEY,
                "lantern.correlation.profile.episodes-last30-days-window", "28d",
                "lantern.correlation.profile.episodes-last365-days-window", "P1Y",
                "lantern.correlation.profile.mace.urgent-flag", "50",
                "lantern.correlation.profile.mace.per-episode-last90-days", "8",
                "lantern.correlation.profile.mace.on-cme-register", "0")).toSettings();

        var defaults = ProfileSettings.defaults();
        assertThat(settings.profile().episodesLast30DaysWindow()).isEqualTo(Period.ofDays(28));
        assertThat(settings.profile().episodesLast90DaysWindow()).isEqualTo(defaults.episodesLast90DaysWindow());
        assertThat(settings.profile().episodesLast365DaysWindow()).isEqualTo(Period.ofYears(1));
        var d = MaceScore.defaults();
        assertThat(settings.profile().mace()).isEqualTo(new MaceScore(50, d.highFlag(), d.mediumFlag(), d.lowFlag(),
                8, d.significantRisk(), d.moderateRisk(), d.mildRisk(), 0, d.missingNow()));
    }

    @Test
    void a_negative_mace_weight_or_an_empty_window_is_refused() {
        assertThatThrownBy(() -> bind(Map.of("lantern.correlation.analyst-key", KEY,
                "lantern.correlation.profile.mace.missing-now", "-1")).toSettings())
                .hasMessageContaining("may not be negative");
        assertThatThrownBy(() -> bind(Map.of("lantern.correlation.analyst-key", KEY,
                "lantern.correlation.profile.episodes-last90-days-window", "0d")).toSettings())
                .hasMessageContaining("episodesLast90DaysWindow");
    }

    @Test
    void the_analyst_feeds_time_precision_is_a_setting_and_one_that_does_not_divide_a_day_is_refused() {
        assertThat(bind(Map.of("lantern.correlation.analyst-key", KEY, "lantern.correlation.analyst-time-precision",
                "15m")).toSettings().analystTimePrecision()).isEqualTo(Duration.ofMinutes(15));
        assertThatThrownBy(() -> bind(Map.of("lantern.correlation.analyst-key", KEY,
                "lantern.correlation.analyst-time-precision", "7m")).toSettings())
                .hasMessageContaining("divide a day");
    }

    @Test
    void a_deployment_overrides_only_what_its_local_policy_changes() {
        Map<String, String> set = new HashMap<>(Map.of(
                "lantern.correlation.analyst-key", KEY,
                "lantern.correlation.matching.link-threshold", "15.5",
                "lantern.correlation.matching.given-name.m-exact", "0.8",
                "lantern.correlation.matching.household-guard", "SIBLINGS",
                "lantern.correlation.matching.strong-id-difference", "CONFLICT",
                "lantern.correlation.patterns.repeat-missing-episodes", "4",
                "lantern.correlation.patterns.assessment-review-interval", "P6M",
                "lantern.correlation.clock-tick", "500ms",
                "lantern.correlation.persistent-stores", "false"));
        set.put("lantern.correlation.profile-max-bytes", "2000000");
        set.put("lantern.correlation.patterns.repeat-missing-include-away", "true");
        set.put("lantern.correlation.patterns.school-holidays[0]", "2026-07-22/2026-09-02");
        set.put("lantern.correlation.patterns.shared-links-window", "60d");
        set.put("lantern.correlation.analyst-feed-v1", "false");

        CorrelationSettings settings = bind(set).toSettings();

        MatchSettings defaults = MatchSettings.defaults();
        assertThat(settings.matching().linkThreshold()).isEqualTo(15.5);
        assertThat(settings.matching().reviewThreshold()).isEqualTo(defaults.reviewThreshold());
        assertThat(settings.matching().givenName().mExact()).isEqualTo(0.8);
        assertThat(settings.matching().givenName().uExact()).isEqualTo(defaults.givenName().uExact());
        assertThat(settings.matching().familyName()).isEqualTo(defaults.familyName());
        assertThat(settings.matching().householdGuard()).isEqualTo(MatchSettings.HouseholdGuard.SIBLINGS);
        assertThat(settings.matching().strongIdDifference()).isEqualTo(MatchSettings.StrongIdDifference.CONFLICT);
        assertThat(settings.patterns().repeatMissing().episodes()).isEqualTo(4);
        assertThat(settings.patterns().repeatMissing().window())
                .isEqualTo(PatternSettings.defaults().repeatMissing().window());
        assertThat(settings.patterns().repeatMissing().includeAway()).isTrue();
        assertThat(settings.patterns().schoolHolidays()).containsExactly(new WorkingCalendar.DateRange(
                LocalDate.parse("2026-07-22"), LocalDate.parse("2026-09-02")));
        assertThat(settings.patterns().sharedLinks().window()).isEqualTo(Period.ofDays(60));
        assertThat(settings.patterns().assessmentReviewOverdue().reviewInterval()).isEqualTo(Period.ofMonths(6));
        assertThat(settings.clockTick()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.persistentStores()).isFalse();
        assertThat(settings.profileMaxBytes()).isEqualTo(2_000_000);
        assertThat(settings.analystFeedV1()).isFalse();
    }

    @Test
    void without_an_analyst_key_the_service_refuses_to_start_and_says_how_to_make_one() {
        assertThatThrownBy(() -> bind(Map.of()).toSettings())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lantern.correlation.analyst-key is not set")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void a_short_or_malformed_analyst_key_is_refused() {
        String short31 = Base64.getEncoder().encodeToString(new byte[31]);
        assertThatThrownBy(() -> bind(Map.of("lantern.correlation.analyst-key", short31)).toSettings())
                .hasMessageContaining("holds 31 bytes; at least 32");
        assertThatThrownBy(() -> bind(Map.of("lantern.correlation.analyst-key", "not base64!")).toSettings())
                .hasMessageContaining("not base64");
    }

    @Test
    void the_static_member_id_is_the_setting_else_the_host_name() {
        CorrelationProperties set = bind(Map.of("lantern.correlation.instance-id", "correlation-0"));
        assertThat(CorrelationStream.instanceId(set)).isEqualTo("correlation-0");
        assertThat(CorrelationStream.instanceId(bind(Map.of()))).isNotBlank();
    }
}
