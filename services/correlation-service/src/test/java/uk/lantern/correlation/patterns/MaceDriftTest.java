package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.ENGINE;
import static uk.lantern.correlation.patterns.Facts.T0;
import static uk.lantern.correlation.patterns.Facts.alerts;
import static uk.lantern.correlation.patterns.Facts.child;
import static uk.lantern.correlation.patterns.Facts.days;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.lantern.correlation.patterns.ChildFact.MaceActionClosed;
import uk.lantern.correlation.patterns.ChildFact.MaceChildDiscussed;
import uk.lantern.correlation.patterns.ChildFact.MaceDriftFlagged;

class MaceDriftTest {

    private static MaceDriftFlagged overdue(String eventId, String meeting, String action, java.time.Instant at) {
        return new MaceDriftFlagged(eventId, meeting, "ACTION_OVERDUE", action, "DI Shah", "POLICE", at);
    }

    private static MaceDriftFlagged noChange(String eventId, String meeting, java.time.Instant at) {
        return new MaceDriftFlagged(eventId, meeting, "NO_CHANGE_IN_RISK", null, "Sam Okafor", "SOCIAL_CARE", at);
    }

    @Test
    void drift_flagged_at_a_meeting_is_raised_to_its_chair_saying_what_drifted_and_by_when() {
        assertThat(alerts(AlertCode.MACE_DRIFT, days(1), overdue("d-1", "m-2", "a-1", T0)))
                .singleElement().satisfies(alert -> {
                    assertThat(alert.evidence()).containsExactly("d-1");
                    assertThat(alert.raisedAt()).isEqualTo(T0);
                    assertThat(alert.dueBy()).isAfter(days(13)).isBefore(days(16)); // ten working days
                    assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(alert.actors()).containsExactly(Actor.MACE_PANEL);
                    assertThat(alert.summary()).contains("past its due date", "action a-1",
                            "For the chair, DI Shah (police), to challenge");
                });
    }

    @Test
    void no_drift_or_drift_already_ended_raises_nothing() {
        assertThat(alerts(AlertCode.MACE_DRIFT, days(1), new MaceChildDiscussed("c-1", "m-1", T0))).isEmpty();
        assertThat(alerts(AlertCode.MACE_DRIFT, days(1), overdue("d-1", "m-2", "a-1", T0),
                new MaceActionClosed("x-1", "a-1", true, T0.minusSeconds(60)))).as("done before the flag arrived")
                .isEmpty();
        assertThat(alerts(AlertCode.MACE_DRIFT, days(1), noChange("d-2", "m-3", T0),
                new MaceChildDiscussed("c-3", "m-3", T0.plusSeconds(1800)))).as("discussed at that meeting")
                .isEmpty();
        assertThat(alerts(AlertCode.MACE_DRIFT, days(1), noChange("d-2", "m-3", T0),
                new MaceChildDiscussed("c-2", "m-2", T0.minusSeconds(30 * 86400))))
                .as("a discussion before the flag does not end it").hasSize(1);
    }

    @Test
    void the_same_action_flagged_again_at_the_next_meeting_is_the_same_alert_and_a_redelivery_changes_nothing() {
        var first = overdue("d-1", "m-2", "a-1", T0);
        var again = overdue("d-5", "m-3", "a-1", days(28));
        var once = alerts(AlertCode.MACE_DRIFT, days(1), first);
        var twice = alerts(AlertCode.MACE_DRIFT, days(29), first, again);

        assertThat(twice).singleElement().satisfies(alert -> {
            assertThat(alert.id()).isEqualTo(once.get(0).id());
            assertThat(alert.evidence()).containsExactly("d-1", "d-5");
            assertThat(alert.summary()).contains("flagged at 2 meetings");
        });
        var child = child(first);
        assertThat(child.apply(first)).as("a redelivered DriftFlagged").isFalse();
        assertThat(ENGINE.evaluate(child, once, days(2)).raise()).isEmpty();
    }

    @Test
    void doing_or_cancelling_the_action_or_discussing_the_child_clears_it() {
        var child = child(overdue("d-1", "m-2", "a-1", T0), noChange("d-2", "m-2", T0));
        var raised = ENGINE.evaluate(child, List.of(), days(1)).raise();
        assertThat(raised).hasSize(2).allSatisfy(a -> assertThat(a.code()).isEqualTo(AlertCode.MACE_DRIFT));
        assertThat(raised).extracting(Alert::severity).contains(Severity.HIGH);

        child.apply(new MaceActionClosed("x-1", "a-1", false, days(2)));
        var afterCancel = ENGINE.evaluate(child, raised, days(2));
        assertThat(afterCancel.clear()).singleElement().satisfies(a -> assertThat(a.evidence())
                .containsExactly("d-1"));

        child.apply(new MaceChildDiscussed("c-2", "m-2", days(2)));
        var open = raised.stream().filter(a -> a.evidence().contains("d-2")).toList();
        assertThat(ENGINE.evaluate(child, open, days(2)).clear()).singleElement()
                .satisfies(a -> assertThat(a.evidence()).containsExactly("d-2"));
    }
}
