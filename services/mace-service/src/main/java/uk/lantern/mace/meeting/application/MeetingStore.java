package uk.lantern.mace.meeting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.lantern.mace.meeting.domain.Meeting;
import uk.lantern.support.outbox.OutboxEntry;

/** Where meetings and their unpublished events are kept. One meeting is one document: writes to it are atomic. */
public interface MeetingStore {

    boolean insert(Meeting meeting, List<OutboxEntry> events, String requestKey, Instant now);

    /** False if the meeting is no longer at {@code expectedVersion}. */
    boolean update(Meeting meeting, long expectedVersion, List<OutboxEntry> events, String requestKey, Instant now);

    Optional<StoredMeeting> find(String id);

    /** Closed meetings held before {@code before}, the latest first, at most {@code limit}. */
    List<Meeting> closedBefore(LocalDate before, int limit);

    /** Meetings, the latest date first. */
    List<Meeting> list(int page, int size);
}
