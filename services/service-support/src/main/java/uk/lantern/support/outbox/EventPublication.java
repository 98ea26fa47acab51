package uk.lantern.support.outbox;

/** Told when new events were stored, so they are published at once rather than at the next poll. */
public interface EventPublication {

    void eventsStored();
}
