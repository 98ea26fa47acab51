package uk.lantern.correlation.identity;

import java.util.List;

/**
 * What resolving one record decided: the Lantern child id it now belongs to, the decision, the links it made (each
 * with its explanation), the review items it raised, and the children merged into this one (when the record
 * linked children that were apart).
 */
public record Resolution(String recordId, String childId, Decision decision, List<IdentityLink> links,
                         List<ReviewItem> reviews, List<String> mergedChildren) {

    public enum Decision { LINKED, POSSIBLE_SAME_CHILD, NEW, ALREADY_KNOWN }

    public Resolution {
        links = List.copyOf(links);
        reviews = List.copyOf(reviews);
        mergedChildren = List.copyOf(mergedChildren);
    }
}
