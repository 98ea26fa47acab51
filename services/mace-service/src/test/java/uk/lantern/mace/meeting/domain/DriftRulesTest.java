package uk.lantern.mace.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.mace.common.domain.Agency;
import uk.lantern.mace.common.domain.PanelMember;
import uk.lantern.mace.common.domain.RiskCategory;

class DriftRulesTest {

    static final LocalDate HELD = LocalDate.of(2026, 3, 10);
    static final PanelMember OWNER = new PanelMember("Sam Okafor", Agency.SOCIAL_CARE);
    final DriftRules rules = new DriftRules(new AgendaSettings(50, 20, 2, 3));

    static AgendaAction action(LocalDate due, int carried) {
        return new AgendaAction("x", "m-1", "c", "Strategy meeting", OWNER, due, carried);
    }

    static PastDiscussion discussed(int weeksAgo, RiskCategory category) {
        return new PastDiscussion("m-" + weeksAgo, HELD.minusWeeks(weeksAgo), "c", category, null);
    }

    @Test
    void an_action_due_before_the_meeting_is_overdue_one_due_on_the_day_is_not() {
        assertThat(rules.actionOverdue(action(HELD.minusDays(1), 0), HELD)).hasValueSatisfying(f -> {
            assertThat(f.drift()).isEqualTo(Drift.ACTION_OVERDUE);
            assertThat(f.actionId()).isEqualTo("x");
            assertThat(f.words()).isEqualTo("Action \"Strategy meeting\" (Sam Okafor (social care)) was due on 2026-03-09: 1 day overdue");
        });
        assertThat(rules.actionOverdue(action(HELD, 0), HELD)).isEmpty();
        assertThat(rules.actionOverdue(action(HELD.plusDays(3), 0), HELD)).isEmpty();
    }

    @Test
    void an_action_carried_over_to_more_meetings_than_the_setting_is_drift_and_to_exactly_that_many_is_not() {
        assertThat(rules.carriedOver(action(HELD.plusDays(1), 2))).isEmpty();
        assertThat(rules.carriedOver(action(HELD.plusDays(1), 3))).hasValueSatisfying(f -> {
            assertThat(f.drift()).isEqualTo(Drift.ACTION_CARRIED_OVER);
            assertThat(f.words()).contains("carried over to 3 meetings, more than 2");
        });
        assertThat(new DriftRules(new AgendaSettings(50, 20, 0, 3)).carriedOver(action(HELD, 1))).isPresent();
    }

    @Test
    void a_child_discussed_at_three_meetings_in_a_row_with_the_same_category_is_drift() {
        assertThat(rules.noChangeInRisk(List.of(discussed(2, RiskCategory.MODERATE), discussed(4, RiskCategory.MODERATE),
                discussed(6, RiskCategory.MODERATE)))).hasValueSatisfying(f -> {
            assertThat(f.drift()).isEqualTo(Drift.NO_CHANGE_IN_RISK);
            assertThat(f.words()).isEqualTo("Discussed at 3 meetings in a row (2026-01-27, 2026-02-10, 2026-02-24) "
                    + "with the risk unchanged at 3 moderate");
        });
    }

    @Test
    void two_discussions_or_a_change_among_the_latest_three_is_not_drift() {
        assertThat(rules.noChangeInRisk(List.of(discussed(2, RiskCategory.MODERATE), discussed(4, RiskCategory.MODERATE))))
                .isEmpty();
        assertThat(rules.noChangeInRisk(List.of(discussed(2, RiskCategory.MODERATE), discussed(4, RiskCategory.SIGNIFICANT),
                discussed(6, RiskCategory.MODERATE)))).isEmpty();
        // an older change does not count: the latest three agree
        assertThat(rules.noChangeInRisk(List.of(discussed(2, RiskCategory.MILD), discussed(4, RiskCategory.MILD),
                discussed(6, RiskCategory.MILD), discussed(8, RiskCategory.SIGNIFICANT)))).isPresent();
    }

    @Test
    void a_nominated_child_never_discussed_since_is_drift_one_discussed_at_or_after_that_meeting_is_not() {
        PastNomination nominated = new PastNomination("m-4", HELD.minusWeeks(4),
                new Nomination("c", Agency.POLICE, "Found in a trap house", "Sgt Ford", null, null));

        assertThat(rules.nominatedNeverDiscussed(nominated, List.of(discussed(8, RiskCategory.MILD))))
                .hasValueSatisfying(f -> assertThat(f.words())
                        .isEqualTo("Nominated by police for the meeting of 2026-02-10 and never discussed"));
        assertThat(rules.nominatedNeverDiscussed(nominated, List.of(discussed(2, RiskCategory.MILD)))).isEmpty();
    }
}
