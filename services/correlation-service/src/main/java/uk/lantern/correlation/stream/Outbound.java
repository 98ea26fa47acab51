package uk.lantern.correlation.stream;

/**
 * A message a processor sends on: the topic it goes to and its value (null for a tombstone). The record key is the
 * Kafka key. {@link #LINK_SIGHTINGS} is not a topic but the branch to the shared-link stage's repartition.
 */
record Outbound(String topic, byte[] value) {

    static final String LINK_SIGHTINGS = "link-sightings";
}
