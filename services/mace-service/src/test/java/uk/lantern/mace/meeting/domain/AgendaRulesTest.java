package uk.lantern.mace.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.mace.common.domain.Agency;
import uk.lantern.mace.common.domain.PanelMember;
import uk.lantern.mace.common.domain.RiskCategory;

class AgendaRulesTest {

    static final LocalDate HELD = LocalDate.of(2026, 3, 10);
    static final PanelMember PC = new PanelMember("PC Ali Khan", Agency.POLICE);
    final AgendaRules rules = new AgendaRules(new AgendaSettings(50, 2, 2, 3));

    static ChildSeen child(String id, int score, String category, List<String> episodes, List<String> flags) {
        return new ChildSeen(id, 1, "Given" + id, "Family", LocalDate.of(2011, 1, 1), List.of(), "PE1 1AA", score,
                flags, category, episodes, List.of());
    }

    static AgendaRules.Input input(List<ChildSeen> high, List<Nomination> nominations, List<PastNomination> past,
                                   List<AgendaAction> actions, List<PastDiscussion> history, String last,
                                   List<ChildSeen> all) {
        return new AgendaRules.Input("m-now", HELD, high, nominations, past, actions, history, last,
                all.stream().collect(Collectors.toMap(ChildSeen::childId, Function.identity())));
    }

    @Test
    void children_at_or_above_the_threshold_come_on_ranked_highest_first_up_to_the_agenda_size() {
        ChildSeen a = child("a", 90, null, List.of(), List.of());
        ChildSeen b = child("b", 70, null, List.of(), List.of());
        ChildSeen c = child("c", 50, null, List.of(), List.of());

        List<AgendaEntry> agenda = rules.build(input(List.of(a, b, c), List.of(), List.of(), List.of(), List.of(), null,
                List.of(a, b, c)));

        assertThat(agenda).extracting(AgendaEntry::childId).containsExactly("a", "b");
        assertThat(agenda.get(0).why()).extracting(AgendaEntry.Why::words).containsExactly("MACE score 90, at or above the threshold of 50 (ranked 1)");
        assertThat(agenda.get(0).whatIsNew()).containsExactly("Not discussed by the panel before");
    }

    @Test
    void a_nominated_child_comes_on_with_the_agencys_reason_whatever_its_score() {
        ChildSeen low = child("low", 5, null, List.of(), List.of());
        Nomination n = new Nomination("low", Agency.EDUCATION, "Seen with older males at the school gate", "Ms Reid",
                null, null);

        List<AgendaEntry> agenda = rules.build(input(List.of(), List.of(n), List.of(), List.of(), List.of(), null,
                List.of(low)));

        assertThat(agenda).singleElement().satisfies(e -> {
            assertThat(e.reasons()).containsExactly(AgendaReason.NOMINATED);
            assertThat(e.why()).extracting(AgendaEntry.Why::words).containsExactly("Nominated by education (Ms Reid): Seen with older males at the school gate");
        });
    }

    @Test
    void a_child_with_an_action_due_on_the_day_or_overdue_comes_on_but_not_one_due_later() {
        ChildSeen due = child("due", 0, null, List.of(), List.of());
        ChildSeen later = child("later", 0, null, List.of(), List.of());
        List<AgendaAction> actions = List.of(
                new AgendaAction("x1", "m-old", "due", "Home visit", PC, HELD, 0),
                new AgendaAction("x2", "m-old", "later", "Home visit", PC, HELD.plusDays(1), 0));

        List<AgendaEntry> agenda = rules.build(input(List.of(), List.of(), List.of(), actions, List.of(), null,
                List.of(due, later)));

        assertThat(agenda).extracting(AgendaEntry::childId).containsExactly("due");
        assertThat(agenda.get(0).why()).extracting(AgendaEntry.Why::words).containsExactly("Action \"Home visit\" (PC Ali Khan (police)) due on 2026-03-10");
        assertThat(agenda.get(0).actions()).singleElement().extracting(AgendaAction::timesCarriedOver).isEqualTo(1);
    }

    @Test
    void a_child_discussed_last_time_comes_back_unless_its_risk_has_fallen() {
        ChildSeen then = child("s", 60, "MODERATE", List.of("e1"), List.of("REPEAT_MISSING"));
        ChildSeen same = child("s", 60, "MODERATE", List.of("e1", "e2"), List.of("REPEAT_MISSING", "RHI_OVERDUE"));
        ChildSeen fallenThen = child("f", 60, "MODERATE", List.of(), List.of());
        ChildSeen fallen = child("f", 60, "MILD", List.of(), List.of());
        ChildSeen lowerScore = child("g", 40, "MODERATE", List.of(), List.of());
        List<PastDiscussion> history = List.of(
                new PastDiscussion("m-last", HELD.minusDays(28), "s", RiskCategory.MODERATE, then),
                new PastDiscussion("m-last", HELD.minusDays(28), "f", RiskCategory.MODERATE, fallenThen),
                new PastDiscussion("m-last", HELD.minusDays(28), "g", RiskCategory.MODERATE, fallenThen),
                new PastDiscussion("m-older", HELD.minusDays(56), "o", RiskCategory.MODERATE, then));

        List<AgendaEntry> agenda = rules.build(input(List.of(), List.of(), List.of(), List.of(), history, "m-last",
                List.of(same, fallen, lowerScore, child("o", 60, "MODERATE", List.of(), List.of()))));

        assertThat(agenda).extracting(AgendaEntry::childId).containsExactly("s");
        AgendaEntry s = agenda.get(0);
        assertThat(s.reasons()).containsExactly(AgendaReason.RISK_NOT_FALLEN);
        assertThat(s.why().get(0).words()).contains("risk has not fallen").contains("3 moderate").contains("MACE score 60 (was 60)");
        assertThat(s.whatIsNew()).containsExactly("1 missing episode since 2026-02-10", "Flags raised: RHI_OVERDUE");
    }

    @Test
    void one_child_for_several_reasons_is_one_entry_giving_every_reason() {
        ChildSeen a = child("a", 80, null, List.of(), List.of());
        Nomination n = new Nomination("a", Agency.HEALTH, "Disclosed to school nurse", null, null, null);

        List<AgendaEntry> agenda = rules.build(input(List.of(a), List.of(n), List.of(), List.of(), List.of(), null,
                List.of(a)));

        assertThat(agenda).singleElement().satisfies(e -> {
            assertThat(e.reasons()).containsExactly(AgendaReason.HIGH_MACE_SCORE, AgendaReason.NOMINATED);
            assertThat(e.why()).hasSize(2);
        });
    }

    @Test
    void an_action_agreed_at_this_meeting_is_not_carried_over_to_it() {
        ChildSeen a = child("a", 80, null, List.of(), List.of());
        List<AgendaEntry> agenda = rules.build(input(List.of(a), List.of(), List.of(),
                List.of(new AgendaAction("x", "m-now", "a", "Visit", PC, HELD.plusDays(7), 0)), List.of(), null,
                List.of(a)));

        assertThat(agenda.get(0).actions()).singleElement().extracting(AgendaAction::timesCarriedOver).isEqualTo(0);
    }

    @Test
    void the_what_is_new_summary_names_a_change_of_category_and_of_score() {
        ChildSeen then = child("a", 40, "MILD", List.of(), List.of("REPEAT_MISSING"));
        ChildSeen now = child("a", 70, "SIGNIFICANT", List.of(), List.of());

        assertThat(AgendaRules.whatIsNew(List.of(new PastDiscussion("m", HELD.minusDays(14), "a", RiskCategory.MILD,
                then)), now, ZONE)).containsExactly("Flags no longer open: REPEAT_MISSING",
                "Exploitation category 2 mild → 4 significant", "MACE score 40 → 70");
        assertThat(AgendaRules.whatIsNew(List.of(new PastDiscussion("m", HELD.minusDays(14), "a", RiskCategory.MILD,
                then)), then, ZONE)).containsExactly("Nothing new since 2026-02-24");
        assertThat(Map.of()).isEmpty();
    }

    @Test
    void what_is_new_is_drawn_from_the_profile_episodes_interviews_statuses_allocation_and_links() {
        java.time.Instant start = java.time.Instant.parse("2026-02-14T23:30:00Z"); // the 14th in London
        ChildSeen then = new ChildSeen("a", 3, "Amelia", "Jones", null, List.of(), null, 60, List.of(), "MODERATE",
                List.of("e1"), List.of("PHONE#x"), List.of(new ChildSeen.Episode("e1", "MISSING_FROM_HOME", start,
                null, "MEDIUM", "NOT_DUE")), "NEVER_ON_REGISTER", "ASSESSED", null);
        ChildSeen now = new ChildSeen("a", 7, "Amelia", "Jones", null, List.of(), null, 60, List.of(), "MODERATE",
                List.of("e1", "e2"), List.of("PHONE#x", "PHONE#y", "PLACE_NAME#z"),
                List.of(new ChildSeen.Episode("e1", "MISSING_FROM_HOME", start, start.plusSeconds(36000), "MEDIUM",
                                "COMPLETED"),
                        new ChildSeen.Episode("e2", "MISSING_FROM_CARE", java.time.Instant.parse("2026-03-01T18:00:00Z"),
                                null, "HIGH", "NOT_DUE")),
                "ON_REGISTER", "REVIEW_OVERDUE", new uk.lantern.mace.common.domain.AllocatedWorker("Sam Okafor",
                "Children in Care 2"));

        assertThat(AgendaRules.whatIsNew(List.of(new PastDiscussion("m", HELD.minusDays(14), "a",
                RiskCategory.MODERATE, then)), now, ZONE)).containsExactly(
                "1 missing episode since 2026-02-24",
                "Return interview after the episode of 2026-02-14: not due → completed",
                "Missing from care from 2026-03-01, not yet returned; risk high; return interview not due",
                "Missing education: never on register → on register",
                "Exploitation assessment: assessed → review overdue",
                "Allocated to " + now.allocatedWorker().words(),
                "Seen with 1 new phone, 1 new place (see the child's network)");
    }

    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/London");
}
