package uk.lantern.schemas.correlation;

import java.util.List;

/**
 * A source record was resolved to a Lantern child.
 *
 * @param recordId       the source record: source, the source's key for the child, and a fingerprint of what it
 *                       held about the child
 * @param sourceEventId  the event that brought the record
 * @param decision       LINKED, POSSIBLE_SAME_CHILD or NEW
 * @param links          the links made, each explained
 * @param mergedChildren children that were apart until this record joined them
 */
public record RecordResolved(String recordId, String childId, String source, String sourceEventId, String decision,
                             List<LinkExplanation> links, List<String> mergedChildren) implements IdentityEvent {
    public RecordResolved {
        links = links == null ? List.of() : List.copyOf(links);
        mergedChildren = mergedChildren == null ? List.of() : List.copyOf(mergedChildren);
    }
}
