package uk.lantern.mace.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.mace.common.domain.Agency;
import uk.lantern.mace.common.domain.AllocatedWorker;
import uk.lantern.mace.common.domain.MaceRuleViolation;
import uk.lantern.mace.common.domain.MaceStateConflict;
import uk.lantern.mace.common.domain.PanelMember;
import uk.lantern.mace.common.domain.RiskCategory;

class MeetingTest {

    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    static final PanelMember CHAIR = new PanelMember("DI Stone", Agency.POLICE);
    static final Quorum QUORUM = new Quorum(Set.of(Agency.POLICE, Agency.SOCIAL_CARE), 3);
    static final ChildSeen CHILD = new ChildSeen("c", 1, "Amelia", "Jones", null, List.of(), null, 60, List.of(),
            "MODERATE", List.of(), List.of());
    static final AgendaEntry ENTRY = new AgendaEntry(1, "c", "Amelia Jones", List.of(AgendaReason.HIGH_MACE_SCORE),
            List.of(new AgendaEntry.Why(AgendaReason.HIGH_MACE_SCORE, "MACE score 60")), List.of(new DriftFlag(Drift.NO_CHANGE_IN_RISK, null, "no change")), List.of(),
            List.of(), CHILD);

    Meeting open(List<PanelMember> present) {
        Meeting scheduled = Meeting.schedule("m", LocalDate.of(2026, 3, 10), CHAIR, NOW).meeting();
        return scheduled.open(present, List.of(), QUORUM, List.of(ENTRY), NOW).meeting();
    }

    @Test
    void a_meeting_without_quorum_opens_and_says_so() {
        Meeting.Change change = Meeting.schedule("m", LocalDate.of(2026, 3, 10), CHAIR, NOW).meeting()
                .open(List.of(new PanelMember("Ms Reid", Agency.EDUCATION)), List.of(), QUORUM, List.of(ENTRY), NOW);

        assertThat(change.meeting().quorate()).isFalse();
        assertThat(change.meeting().quorum()).isEqualTo("Not quorate: 2 agencies present (at least 3 needed); missing [SOCIAL_CARE]");
        assertThat(change.events()).hasSize(2).last().isInstanceOf(MeetingEvent.DriftFlagged.class);
    }

    @Test
    void police_social_care_and_one_more_agency_are_quorate() {
        Meeting m = open(List.of(new PanelMember("Sam Okafor", Agency.SOCIAL_CARE), new PanelMember("Nurse Lee", Agency.HEALTH)));
        assertThat(m.quorate()).isTrue();
        assertThat(m.attendees()).first().isEqualTo(CHAIR);
    }

    @Test
    void a_category_differing_from_the_assessment_needs_a_reason_and_the_outcome_needs_a_social_worker() {
        Meeting m = open(List.of(new PanelMember("Sam Okafor", Agency.SOCIAL_CARE)));
        AllocatedWorker sw = new AllocatedWorker("Sam Okafor", "Children in Care 2");

        assertThatThrownBy(() -> m.discuss("c", RiskCategory.SIGNIFICANT, null, "Raise", sw, List.of(), "me", NOW))
                .isInstanceOf(MaceRuleViolation.class).extracting("field").isEqualTo("reasonForDifference");
        assertThatThrownBy(() -> m.discuss("c", RiskCategory.MODERATE, null, "Keep", null, List.of(), "me", NOW))
                .isInstanceOf(MaceRuleViolation.class).extracting("field").isEqualTo("allocatedWorker");
        assertThatThrownBy(() -> m.discuss("other", RiskCategory.MODERATE, null, "Keep", sw, List.of(), "me", NOW))
                .isInstanceOf(MaceRuleViolation.class).extracting("field").isEqualTo("childId");

        Meeting.Change discussed = m.discuss("c", RiskCategory.SIGNIFICANT, "Found with the same adult twice", "Raise",
                sw, List.of("a1"), "me", NOW);
        assertThat(discussed.meeting().discussion("c")).hasValueSatisfying(d -> {
            assertThat(d.differsFromAssessment()).isTrue();
            assertThat(d.assessedCategory()).isEqualTo(RiskCategory.MODERATE);
        });
        assertThatThrownBy(() -> discussed.meeting().discuss("c", RiskCategory.MODERATE, null, "Again", sw, List.of(),
                "me", NOW)).isInstanceOf(MaceStateConflict.class);
    }

    @Test
    void with_no_worker_named_the_outcome_goes_to_the_allocation_on_the_childs_profile() {
        AllocatedWorker allocated = new AllocatedWorker("Priya Das", "Children in Need 1");
        ChildSeen seen = new ChildSeen("c", 4, "Amelia", "Jones", null, List.of(), null, 60, List.of(), "MODERATE",
                List.of(), List.of(), List.of(), "NEVER_ON_REGISTER", "ASSESSED", allocated);
        AgendaEntry entry = new AgendaEntry(1, "c", "Amelia Jones", ENTRY.reasons(), ENTRY.why(), List.of(), List.of(),
                List.of(), seen);
        Meeting m = Meeting.schedule("m", LocalDate.of(2026, 3, 10), CHAIR, NOW).meeting()
                .open(List.of(new PanelMember("Sam Okafor", Agency.SOCIAL_CARE)), List.of(), QUORUM, List.of(entry), NOW)
                .meeting();

        Meeting discussed = m.discuss("c", RiskCategory.MODERATE, null, "Keep", null, List.of(), "me", NOW).meeting();

        assertThat(discussed.discussion("c")).hasValueSatisfying(d -> assertThat(d.allocatedWorker()).isEqualTo(allocated));
    }

    @Test
    void closing_shares_each_childs_outcome_and_nothing_can_be_nominated_or_discussed_after() {
        AllocatedWorker sw = new AllocatedWorker(null, "Exploitation and Missing Team");
        Meeting m = open(List.of(CHAIR)).discuss("c", RiskCategory.MODERATE, null, "Keep", sw, List.of("a1"), "me", NOW).meeting();
        SharedAction a1 = new SharedAction("a1", "Visit", CHAIR, LocalDate.of(2026, 3, 24), "OPEN");

        Meeting.Change closed = m.close(Map.of("a1", a1), NOW);

        assertThat(closed.events()).hasSize(2);
        assertThat(closed.events().get(1)).isInstanceOfSatisfying(MeetingEvent.OutcomeShared.class,
                e -> assertThat(e.actions()).containsExactly(a1));
        assertThatThrownBy(() -> closed.meeting().close(Map.of(), NOW)).isInstanceOf(MaceStateConflict.class);
        assertThatThrownBy(() -> closed.meeting().nominate(new Nomination("c", Agency.POLICE, "r", null, NOW, null)))
                .isInstanceOf(MaceStateConflict.class);
    }
}
