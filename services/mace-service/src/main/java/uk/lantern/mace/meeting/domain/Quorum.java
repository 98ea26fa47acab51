package uk.lantern.mace.meeting.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import uk.lantern.mace.common.domain.Agency;
import uk.lantern.mace.common.domain.PanelMember;

/**
 * Quorum (local policy): the required agencies present, and at least {@code minAgencies} agencies in all. A meeting
 * without quorum still opens (the panel still meets, and what it sees is still recorded), but its record and minutes
 * say it was not quorate and which agencies were missing.
 */
public record Quorum(Set<Agency> requiredAgencies, int minAgencies) {

    public Quorum {
        requiredAgencies = requiredAgencies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredAgencies));
    }

    public boolean met(Collection<PanelMember> present) {
        Set<Agency> agencies = agencies(present);
        return agencies.containsAll(requiredAgencies) && agencies.size() >= minAgencies;
    }

    public String words(Collection<PanelMember> present) {
        Set<Agency> agencies = agencies(present);
        if (met(present)) {
            return "Quorate: " + agencies.size() + " agencies present";
        }
        Set<Agency> missing = EnumSet.noneOf(Agency.class);
        missing.addAll(requiredAgencies);
        missing.removeAll(agencies);
        return "Not quorate: " + agencies.size() + " agencies present (at least " + minAgencies + " needed)"
                + (missing.isEmpty() ? "" : "; missing " + missing);
    }

    static Set<Agency> agencies(Collection<PanelMember> present) {
        Set<Agency> agencies = EnumSet.noneOf(Agency.class);
        present.forEach(p -> agencies.add(p.agency()));
        return agencies;
    }
}
