package uk.lantern.correlation.identity;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Everything identity resolution remembers, as key-value lookups so that the stream can keep it in state stores:
 * records by id, blocking key to record ids, record to child id, child to records, the links (with their
 * explanations) and the rejected pairs. {@link InMemoryIdentityIndex} is the implementation for tests and the CSV
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
}
