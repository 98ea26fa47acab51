package uk.lantern.correlation.stream;

/**
 * A message a processor sends on: the topic it goes to and its value (null for a tombstone). The record key is the
 * Kafka key. {@link #LINK_SIGHTINGS} and {@link #RECORDS_EMPTIED} are not topics but the branches to the shared-link
 * stage's repartition and, back from the child stage, to the identity stage's.
 */
record Outbound(String topic, byte[] value) {

    static final String LINK_SIGHTINGS = "link-sightings";
    static final String RECORDS_EMPTIED = "records-emptied";
}
