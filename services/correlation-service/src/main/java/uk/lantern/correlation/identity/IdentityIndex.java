package uk.lantern.correlation.identity;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Everything identity resolution remembers, as key-value lookups so that the stream can keep it in state stores:
 * records by id, blocking key to record ids, record to child id, child to records, the links (with their
 * explanations), the rejected pairs and the pairs put to a reviewer; and each of them taken out again, for a record that is forgotten
 * ({@link IdentityResolver#forget}). {@link InMemoryIdentityIndex} is the implementation for tests and the CSV
 * command.
 */
public interface IdentityIndex {

    void putRecord(PersonRecord record);

    Optional<PersonRecord> record(String recordId);

    /** Forgets the record's details; what else names it (blocks, child, links, reviews) is taken out on its own. */
    void removeRecord(String recordId);

    void addToBlock(String blockingKey, String recordId);

    /** Record ids holding the key; empty when none. */
    Set<String> block(String blockingKey);

    /** Takes the record out of the block (nothing when it is not there); a block left empty is no more. */
    void removeFromBlock(String blockingKey, String recordId);

    Optional<String> childOf(String recordId);

    void assign(String recordId, String childId);

    /** The record belongs to no child any more; a child left with no record is no more. */
    void unassign(String recordId);

    /** Record ids of a child; empty when none. */
    Set<String> members(String childId);

    void putLink(IdentityLink link);

    void removeLink(String recordA, String recordB);

    Collection<IdentityLink> linksOf(String recordId);

    void reject(String recordA, String recordB);

    void unreject(String recordA, String recordB);

    boolean rejected(String recordA, String recordB);

    /** Notes that the two records were put to a reviewer as a possible same child (kept once answered). */
    void putToReview(String recordA, String recordB);

    /** The records this record has been put to review with or rejected against; empty when none. */
    Set<String> reviewedWith(String recordId);

    /** Forgets that the two records were put to a reviewer, both ways round (a rejection is taken out apart). */
    void unreview(String recordA, String recordB);
}
