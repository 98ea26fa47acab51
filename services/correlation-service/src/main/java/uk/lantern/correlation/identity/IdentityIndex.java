package uk.lantern.correlation.identity;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Everything identity resolution remembers, as key-value lookups so that the stream can keep it in state stores:
 * records by id, blocking key to record ids, record to child id, child to records, the links (with their
 * explanations), the rejected pairs and the pairs put to a reviewer. {@link InMemoryIdentityIndex} is the implementation for tests and the CSV
 * command.
 */
public interface IdentityIndex {

    void putRecord(PersonRecord record);

    Optional<PersonRecord> record(String recordId);

    void addToBlock(String blockingKey, String recordId);

    /** Record ids holding the key; empty when none. */
    Set<String> block(String blockingKey);

    Optional<String> childOf(String recordId);

    void assign(String recordId, String childId);

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
}
