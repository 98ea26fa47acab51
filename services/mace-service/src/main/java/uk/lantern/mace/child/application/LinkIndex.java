package uk.lantern.mace.child.application;

import java.util.Collection;
import java.util.List;

/**
 * The keyed blind index of a link key ({@code PHONE:07700900123} and the like, from
 * {@code uk.lantern.schemas.links.LinkKeys}): equal keys give equal indexes, and an index does not give the key back
 * to anyone without the service's key. What the service stores, and matches on, in place of the keys themselves, so
 * that the names, phones and number plates of adults of concern are not in its store in plain.
 */
public interface LinkIndex {

    /** {@code KIND#} and the keyed hash of the whole key: the kind (phone, vehicle...) stays readable, the value not. */
    String of(String linkKey);

    default List<String> of(Collection<String> linkKeys) {
        return linkKeys.stream().map(this::of).distinct().toList();
    }

}
