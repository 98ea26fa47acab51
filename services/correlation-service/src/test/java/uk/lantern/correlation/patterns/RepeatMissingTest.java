package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatMissingTest {

    @Test
    void two_episodes_in_90_days_do_not_raise_it() {
        assertThat(alerts(AlertCode.REPEAT_MISSING, days(50), missing("e1", T0), missing("e2", days(40)))).isEmpty();
    }

    @Test
    void three_episodes_in_90_days_raise_it_when_the_third_starts() {
        var alerts = alerts(AlertCode.REPEAT_MISSING, days(89), missing("e1", T0), missing("e2", days(40)),
                missing("e3", days(89)));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.evidence()).containsExactly("report-e1", "report-e2", "report-e3");
            assertThat(alert.raisedAt()).isEqualTo(days(89));
            assertThat(alert.dueBy()).isAfter(alert.raisedAt());
        });
    }

    @Test
    void three_episodes_spread_over_91_days_do_not_raise_it() {
        assertThat(alerts(AlertCode.REPEAT_MISSING, days(91), missing("e1", T0), missing("e2", days(40)),
                missing("e3", days(91)))).isEmpty();
    }

    @Test
    void three_episodes_exactly_90_days_apart_do_not_raise_it() {
        assertThat(alerts(AlertCode.REPEAT_MISSING, days(90), missing("e1", T0), missing("e2", days(40)),
                missing("e3", days(90)))).isEmpty();
    }

    @Test
    void a_fourth_episode_in_the_same_run_does_not_raise_a_second_alert() {
        var facts = new ChildFact[] {missing("e1", T0), missing("e2", days(10)), missing("e3", days(20)),
                missing("e4", days(30))};
        var alerts = alerts(AlertCode.REPEAT_MISSING, days(31), facts);

        assertThat(alerts).singleElement()
                .satisfies(alert -> assertThat(alert.evidence()).containsExactly("report-e1", "report-e2", "report-e3"));
    }

    @Test
    void it_clears_when_the_oldest_episode_leaves_the_window_and_says_when_that_will_be() {
        var facts = new ChildFact[] {missing("e1", T0), missing("e2", days(10)), missing("e3", days(20))};
        var child = child(facts);
        var raised = ENGINE.evaluate(child, List.of(), days(21)).raise();

        assertThat(nextEvaluation(days(21), facts)).contains(days(90));
        assertThat(ENGINE.evaluate(child, raised, days(90).minusSeconds(1)).clear()).isEmpty();
        assertThat(ENGINE.evaluate(child, raised, days(90)).clear())
                .extracting(Alert::code).containsExactly(AlertCode.REPEAT_MISSING);
    }

    @Test
    void a_run_that_continues_keeps_its_first_alert_after_the_oldest_episode_leaves_the_window() {
        assertThat(alerts(AlertCode.REPEAT_MISSING, days(95), missing("e1", T0), missing("e2", days(10)),
                missing("e3", days(20)), missing("e4", days(80))))
                .singleElement()
                .satisfies(alert -> assertThat(alert.evidence()).containsExactly("report-e1", "report-e2", "report-e3"));
    }

    @Test
    void a_new_cluster_after_a_quiet_spell_raises_a_new_alert() {
        var alerts = alerts(AlertCode.REPEAT_MISSING, days(202), missing("e1", T0), missing("e2", days(1)),
                missing("e3", days(2)), missing("e4", days(200)), missing("e5", days(201)), missing("e6", days(202)));

        assertThat(alerts).singleElement()
                .satisfies(alert -> assertThat(alert.evidence()).containsExactly("report-e4", "report-e5", "report-e6"));
    }

    @Test
    void the_window_is_90_calendar_days_in_london_across_the_march_clock_change() {
        // 10:00 on 10 January (GMT) is 90 calendar days before 10:00 on 10 April (BST, 09:00 UTC), one hour short of
        // 90 times 24 hours
        var first = Instant.parse("2027-01-10T10:00:00Z");
        var facts = new ChildFact[] {missing("e1", first), missing("e2", Instant.parse("2027-02-01T10:00:00Z")),
                missing("e3", Instant.parse("2027-03-01T10:00:00Z"))};

        assertThat(nextEvaluation(Instant.parse("2027-03-02T00:00:00Z"), facts))
                .contains(Instant.parse("2027-04-10T09:00:00Z"));
        assertThat(alerts(AlertCode.REPEAT_MISSING, Instant.parse("2027-04-10T08:59:59Z"), facts)).hasSize(1);
        assertThat(alerts(AlertCode.REPEAT_MISSING, Instant.parse("2027-04-10T09:00:00Z"), facts)).isEmpty();
        // a third episode at 10:30 London on 10 April no longer has the one of 10 January in its window
        assertThat(alerts(AlertCode.REPEAT_MISSING, Instant.parse("2027-04-10T09:30:00Z"), missing("e1", first),
                missing("e2", Instant.parse("2027-02-20T10:00:00Z")),
                missing("e3", Instant.parse("2027-04-10T09:30:00Z")))).isEmpty();
    }

    @Test
    void episodes_away_from_placement_do_not_count_unless_a_setting_includes_them() {
        var facts = new ChildFact[] {missing("e1", T0), away("e2", days(10)), missing("e3", days(20))};

        assertThat(alerts(AlertCode.REPEAT_MISSING, days(21), facts)).isEmpty();
        var including = new PatternEngine(PatternSettings.defaults().withRepeatMissing(
                new PatternSettings.RepeatMissing(3, java.time.Period.ofDays(90), 5, true)));
        assertThat(including.active(child(facts), days(21))).extracting(Alert::code)
                .contains(AlertCode.REPEAT_MISSING);
    }
}
