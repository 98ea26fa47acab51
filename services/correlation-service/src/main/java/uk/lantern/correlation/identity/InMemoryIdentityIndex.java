package uk.lantern.correlation.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The identity index in plain maps. Not thread-safe: one resolver per partition, as in the stream. */
public final class InMemoryIdentityIndex implements IdentityIndex {
    private final Map<String, PersonRecord> records = new HashMap<>();
    private final Map<String, Set<String>> blocks = new HashMap<>();
    private final Map<String, String> childOf = new HashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private final Map<String, Map<String, IdentityLink>> links = new HashMap<>();
    /** Both ways round: record → the records it was rejected against. */
    private final Map<String, Set<String>> rejected = new HashMap<>();
    /** Both ways round: record → the records it was put to review with or rejected against. */
    private final Map<String, Set<String>> reviewedWith = new HashMap<>();

    @Override
    public void putRecord(PersonRecord record) {
        records.put(record.recordId(), record);
    }

    @Override
    public Optional<PersonRecord> record(String recordId) {
        return Optional.ofNullable(records.get(recordId));
    }

    @Override
    public void removeRecord(String recordId) {
        records.remove(recordId);
    }

    @Override
    public void addToBlock(String blockingKey, String recordId) {
        blocks.computeIfAbsent(blockingKey, k -> new LinkedHashSet<>()).add(recordId);
    }

    @Override
    public Set<String> block(String blockingKey) {
        return blocks.getOrDefault(blockingKey, Set.of());
    }

    @Override
    public void removeFromBlock(String blockingKey, String recordId) {
        removeFrom(blocks, blockingKey, recordId);
    }

    @Override
    public Optional<String> childOf(String recordId) {
        return Optional.ofNullable(childOf.get(recordId));
    }

    @Override
    public void assign(String recordId, String childId) {
        String previous = childOf.put(recordId, childId);
        if (previous != null) {
            Set<String> old = members.get(previous);
            old.remove(recordId);
            if (old.isEmpty()) {
                members.remove(previous);
            }
        }
        members.computeIfAbsent(childId, k -> new LinkedHashSet<>()).add(recordId);
    }

    @Override
    public void unassign(String recordId) {
        String previous = childOf.remove(recordId);
        if (previous != null) {
            removeFrom(members, previous, recordId);
        }
    }

    @Override
    public Set<String> members(String childId) {
        return members.getOrDefault(childId, Set.of());
    }

    @Override
    public void putLink(IdentityLink link) {
        links.computeIfAbsent(link.recordA(), k -> new LinkedHashMap<>()).put(link.recordB(), link);
        links.computeIfAbsent(link.recordB(), k -> new LinkedHashMap<>()).put(link.recordA(), link);
    }

    @Override
    public void removeLink(String recordA, String recordB) {
        Optional.ofNullable(links.get(recordA)).ifPresent(m -> m.remove(recordB));
        Optional.ofNullable(links.get(recordB)).ifPresent(m -> m.remove(recordA));
    }

    @Override
    public Collection<IdentityLink> linksOf(String recordId) {
        Map<String, IdentityLink> m = links.get(recordId);
        return m == null ? List.of() : List.copyOf(m.values());
    }

    @Override
    public void reject(String recordA, String recordB) {
        rejected.computeIfAbsent(recordA, k -> new HashSet<>()).add(recordB);
        rejected.computeIfAbsent(recordB, k -> new HashSet<>()).add(recordA);
        putToReview(recordA, recordB);
    }

    @Override
    public void unreject(String recordA, String recordB) {
        Optional.ofNullable(rejected.get(recordA)).ifPresent(s -> s.remove(recordB));
        Optional.ofNullable(rejected.get(recordB)).ifPresent(s -> s.remove(recordA));
    }

    @Override
    public boolean rejected(String recordA, String recordB) {
        Set<String> s = rejected.get(recordA);
        return s != null && s.contains(recordB);
    }

    @Override
    public void putToReview(String recordA, String recordB) {
        reviewedWith.computeIfAbsent(recordA, k -> new LinkedHashSet<>()).add(recordB);
        reviewedWith.computeIfAbsent(recordB, k -> new LinkedHashSet<>()).add(recordA);
    }

    @Override
    public Set<String> reviewedWith(String recordId) {
        return Collections.unmodifiableSet(reviewedWith.getOrDefault(recordId, Set.of()));
    }

    @Override
    public void unreview(String recordA, String recordB) {
        removeFrom(reviewedWith, recordA, recordB);
        removeFrom(reviewedWith, recordB, recordA);
    }

    private static void removeFrom(Map<String, Set<String>> sets, String key, String id) {
        Set<String> set = sets.get(key);
        if (set != null && set.remove(id) && set.isEmpty()) {
            sets.remove(key);
        }
    }
}
