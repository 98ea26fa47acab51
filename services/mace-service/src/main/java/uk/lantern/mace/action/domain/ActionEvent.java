package uk.lantern.mace.action.domain;

/** What happened to an action. */
public sealed interface ActionEvent {

    Action action();

    record Agreed(Action action) implements ActionEvent {
    }

    record Done(Action action) implements ActionEvent {
    }

    record Cancelled(Action action) implements ActionEvent {
    }

    record CarriedOver(Action action, String toMeetingId) implements ActionEvent {
    }
}
