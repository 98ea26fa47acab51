package uk.lantern.mace.child.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lantern.mace.child.domain.ChildSeen;

/** The service's own projection of the children's profiles, kept from lantern.child-profiles.v2. */
public interface ChildProfiles {

    enum Outcome { STORED, STALE, DELETED }

    /** Keeps the profile unless a later version is already kept. */
    Outcome keep(ChildSeen child);

    /** The child was merged into another: its profile is gone. */
    Outcome forget(String childId);

    Optional<ChildSeen> find(String childId);

    Map<String, ChildSeen> find(Collection<String> childIds);

    /** Children whose MACE score is at least {@code threshold}, highest first (then by child id), at most {@code limit}. */
    List<ChildSeen> scoringAtLeast(int threshold, int limit);

    /** Children whose profile's link keys include any of these (given as their {@link LinkIndex}), by child id. */
    List<ChildSeen> touching(Collection<String> linkIndex);
}
