package uk.lantern.console.mace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lantern.console.mace.MaceRecords.Action;
import uk.lantern.console.mace.MaceRecords.AgendaEntry;
import uk.lantern.console.mace.MaceRecords.Discussion;
import uk.lantern.console.mace.MaceRecords.DriftFlag;
import uk.lantern.console.mace.MaceRecords.Meeting;
import uk.lantern.console.mace.MaceRecords.MeetingSummary;
import uk.lantern.console.mace.MaceRecords.PanelMember;

class MaceViewsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @Test
    void meetings_still_to_come_are_listed_first_soonest_at_the_top_then_those_held_latest_first() {
        MeetingList list = MeetingList.of(List.of(
                summary("held-early", "2026-10-08", "CLOSED"),
                summary("next-year", "2027-01-07", "SCHEDULED"),
                summary("today", "2026-12-10", "SCHEDULED"),
                summary("held-late", "2026-11-12", "CLOSED"),
                summary("running-late", "2026-12-09", "OPEN")), TODAY);

        assertThat(list.upcoming()).extracting(MeetingSummary::id).containsExactly("running-late", "today", "next-year");
        assertThat(list.held()).extracting(MeetingSummary::id).containsExactly("held-late", "held-early");
    }

    @Test
    void dates_are_read_as_people_type_them_and_nonsense_is_not_a_date() {
        assertThat(MaceWords.date("10/12/2026")).contains(LocalDate.of(2026, 12, 10));
        assertThat(MaceWords.date(" 1.2.2027 ")).contains(LocalDate.of(2027, 2, 1));
        assertThat(MaceWords.date("2026-12-10")).contains(LocalDate.of(2026, 12, 10));
        assertThat(MaceWords.date("31/02/2026")).isEmpty();
        assertThat(MaceWords.date("next Tuesday")).isEmpty();
        assertThat(MaceWords.date("")).isEmpty();
    }

    @Test
    void drift_is_put_where_it_is_on_the_action_it_is_about_or_on_the_child() {
        DriftFlag overdue = new DriftFlag("ACTION_OVERDUE", "a1", "Action \"Strategy discussion\" was due on 2026-11-20: 20 days overdue");
        DriftFlag noChange = new DriftFlag("NO_CHANGE_IN_RISK", null, "Discussed at 3 meetings with no change in risk");
        AgendaEntry amelia = new AgendaEntry(1, "c1", "Amelia Jones", List.of(), List.of(overdue, noChange), List.of(),
                List.of(), null);
        AgendaEntry jay = new AgendaEntry(2, "c2", null, List.of(), List.of(), List.of(), List.of(), null);
        Meeting meeting = new Meeting("m1", TODAY, new PanelMember("DI Stone", "POLICE"), "OPEN", null, null, true,
                "Quorate", null, List.of(amelia, jay), List.of(new Discussion("c2", "MILD", null, null, "Monitor", null,
                List.of(), "mace")));
        Action open = action("a1", "OPEN", LocalDate.of(2026, 11, 20));
        Action done = action("a2", "DONE", LocalDate.of(2026, 11, 1));
        Action notYetDue = action("a3", "OPEN", LocalDate.of(2026, 12, 24));

        MeetingPage page = MeetingPage.of("m1", 4, meeting, meeting.agenda(),
                Map.of("c1", List.of(open, done, notYetDue)), TODAY);

        MeetingPage.Child first = page.children().get(0);
        assertThat(first.openActions()).extracting(r -> r.action().id()).containsExactly("a1", "a3");
        assertThat(first.openActions().get(0).drift()).containsExactly(overdue);
        assertThat(first.openActions().get(0).overdue()).isTrue();
        assertThat(first.openActions().get(1).overdue()).isFalse();
        assertThat(first.finishedActions()).extracting(r -> r.action().id()).containsExactly("a2");
        assertThat(first.childDrift()).containsExactly(noChange);
        assertThat(page.driftCount()).isEqualTo(2);
        assertThat(page.childrenWithDrift()).extracting(MeetingPage.Child::name).containsExactly("Amelia Jones");
        assertThat(page.children().get(1).name()).isEqualTo("Child c2");
        assertThat(page.children().get(1).discussion()).isPresent();
        assertThat(page.discussed()).isEqualTo(1);
        assertThat(page.child(2).anchor()).isEqualTo("child-2");
        assertThat(page.child(99).position()).isEqualTo(1);
    }

    @Test
    void attendees_are_read_one_to_a_line_or_separated_by_commas() {
        assertThat(MeetingsController.names("DI Stone, PC Hale;\nSgt Ford ,")).containsExactly("DI Stone", "PC Hale", "Sgt Ford");
        assertThat(MeetingsController.names("  ")).isEmpty();
    }

    private static MeetingSummary summary(String id, String heldOn, String status) {
        return new MeetingSummary(id, LocalDate.parse(heldOn), "Chair", status, null, 0, 0);
    }

    private static Action action(String id, String status, LocalDate due) {
        return new Action(id, "m0", "c1", "Strategy discussion", new PanelMember("Sam Okafor", "SOCIAL_CARE"), due,
                status, "DONE".equals(status) ? "Held" : null, null, null, null, List.of());
    }
}
