package uk.lantern.missingepisode.episode.application;

/** Told when new events were stored, so they are published at once rather than at the next poll. */
public interface EventPublication {

    void eventsStored();
}
