package uk.lantern.support.outbox;

import java.util.List;

/** Where the relay finds events not yet on their topic, and marks them sent. */
public interface OutboxSource {

    /** Aggregates with unsent events, the least recently changed first. */
    List<PendingEvents> pendingEvents(int limit);

    void markPublished(String aggregateId, List<String> eventIds);

    record PendingEvents(String aggregateId, List<OutboxEntry> events) {
        public PendingEvents {
            events = List.copyOf(events);
        }
    }
}
