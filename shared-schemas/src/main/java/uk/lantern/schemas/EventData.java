package uk.lantern.schemas;

/** The payload of an event: what is specific to its type. Implemented by the contract records of each source. */
public interface EventData {
}
