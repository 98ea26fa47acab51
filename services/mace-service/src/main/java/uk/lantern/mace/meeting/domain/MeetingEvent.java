package uk.lantern.mace.meeting.domain;

import java.util.List;

/** What happened to a meeting; the application stores them with the meeting and publishes them. */
public sealed interface MeetingEvent {

    record Scheduled(Meeting meeting) implements MeetingEvent {
    }

    record Opened(Meeting meeting) implements MeetingEvent {
    }

    record DriftFlagged(Meeting meeting, AgendaEntry entry, DriftFlag flag) implements MeetingEvent {
    }

    record ChildDiscussed(Meeting meeting, Discussion discussion) implements MeetingEvent {
    }

    record Closed(Meeting meeting, int actionsAgreed) implements MeetingEvent {
    }

    record OutcomeShared(Meeting meeting, Discussion discussion, List<SharedAction> actions) implements MeetingEvent {
    }
}
