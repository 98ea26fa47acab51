package uk.lantern.correlation.stream;

import java.time.Instant;

/**
 * From the child stage back to the identity stage: after the erasure {@code erasureId}, the child has no event of
 * the identity record {@code recordId} left. The identity stage forgets the record unless an event of it has been
 * resolved since that erasure was routed (RETENTION.md, "The identity index").
 *
 * @param erasedAt when the source erased what emptied the record (the time analysts are told of a split)
 */
record RecordEmptied(String recordId, String childId, String erasureId, Instant erasedAt) {

    /** What the identity stage's source-topic header says of these messages (they come from no topic it reads). */
    static final String ORIGIN = "lantern.correlation.records-emptied";
}
