package uk.lantern.mace.child.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.lantern.mace.common.domain.AllocatedWorker;
import uk.lantern.mace.common.domain.RiskCategory;

/**
 * A child as the panel sees it, from the child's latest profile (lantern.child-profiles.v2): who, the MACE score, the
 * open flags (alert codes), the exploitation category of the latest assessment, the missing episodes, and the
 * keyed blind indexes of its normalised associates and places ({@code linkIndex}: the profile's {@code linkKeys}
 * through {@code LinkIndex}, never the keys themselves, which carry adults' names, phones and number plates), each
 * episode's dates, risk grade and return interview, the CME and assessment statuses, and the allocated social worker
 * and team (the outcome goes to them when the panel names no one else). Kept with an agenda entry and a discussion, so that the next
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
        List<String> linkIndex,
        List<Episode> episodes,
        String cmeStatus,
        String assessmentStatus,
        AllocatedWorker allocatedWorker) {

    public record Identifier(String kind, String value) {
    }

    /** A missing episode as the profile summarises it (the interview status as of the profile). */
    public record Episode(String episodeId, String context, Instant start, Instant returnedAt, String riskGrade,
                          String interviewStatus) {
    }

    /** A child seen with no more than the panel's first version knew: episodes by id, no statuses, no allocation. */
    public ChildSeen(String childId, long profileVersion, String givenName, String familyName, LocalDate dateOfBirth,
                     List<Identifier> identifiers, String postcode, int maceScore, List<String> openFlags,
                     String category, List<String> episodeIds, List<String> linkIndex) {
        this(childId, profileVersion, givenName, familyName, dateOfBirth, identifiers, postcode, maceScore, openFlags,
                category, episodeIds, linkIndex, List.of(), null, null, null);
    }

    public ChildSeen {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        openFlags = openFlags == null ? List.of() : List.copyOf(openFlags);
        episodeIds = episodeIds == null ? List.of() : List.copyOf(episodeIds);
        linkIndex = linkIndex == null ? List.of() : List.copyOf(linkIndex);
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
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
