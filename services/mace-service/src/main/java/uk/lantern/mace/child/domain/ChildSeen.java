package uk.lantern.mace.child.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.lantern.mace.common.domain.RiskCategory;

/**
 * A child as the panel sees it, from the child's latest profile (lantern.child-profiles.v2): who, the MACE score, the
 * open flags (alert codes), the exploitation category of the latest assessment, the missing episodes, and the
 * keyed blind indexes of its normalised associates and places ({@code linkIndex}: the profile's {@code linkKeys}
 * through {@code LinkIndex}, never the keys themselves, which carry adults' names, phones and number plates). Kept with an agenda entry and a discussion, so that the next
 * meeting can say what is new since.
 */
public record ChildSeen(
        String childId,
        long profileVersion,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        List<Identifier> identifiers,
        String postcode,
        int maceScore,
        List<String> openFlags,
        String category,
        List<String> episodeIds,
        List<String> linkIndex) {

    public record Identifier(String kind, String value) {
    }

    public ChildSeen {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        openFlags = openFlags == null ? List.of() : List.copyOf(openFlags);
        episodeIds = episodeIds == null ? List.of() : List.copyOf(episodeIds);
        linkIndex = linkIndex == null ? List.of() : List.copyOf(linkIndex);
    }

    public Optional<RiskCategory> riskCategory() {
        return RiskCategory.named(category);
    }

    public String name() {
        String given = givenName == null ? "" : givenName;
        String family = familyName == null ? "" : familyName;
        String name = (given + " " + family).strip();
        return name.isEmpty() ? "Child " + childId : name;
    }

    public Optional<String> identifier(String kind) {
        return identifiers.stream().filter(i -> i.kind().equalsIgnoreCase(kind)).map(Identifier::value).findFirst();
    }
}
