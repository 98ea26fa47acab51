package uk.lantern.reporting.figures.domain;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One thing a figure counts (an episode, a return, a child, an entry, an alert), the groups it falls in for the
 * drill-down (team, home or care, missing or away, ...), what it adds to each measure, and the records behind it (for
 * explaining a difference between two dates).
 */
public record Item(String id, Map<String, String> groups, Map<String, Long> measures, Set<String> recordKeys) {

    public Item {
        groups = new TreeMap<>(groups);
        measures = new TreeMap<>(measures);
        recordKeys = new TreeSet<>(recordKeys);
    }

    /** How the item counts: what a difference between two dates is judged by. */
    public String signature() {
        return groups + "|" + measures;
    }
}
