package uk.lantern.schemas.correlation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.lantern.schemas.EventData;

/**
 * One child as Lantern sees it across the four sources, on the compacted topic {@code lantern.child-profiles.v2}
 * keyed by Lantern child id (a tombstone when the child was merged into another: {@code mergedInto} says which on
 * the last profile before it). Rebuilt from the child's facts on every change; the same facts give the same profile.
 * The child's events are not in it (v1 carried them as its chronology): they are the events of its {@code records}.
 *
 * @param version       counts the changes applied to this child
 * @param asOf          the clock of the evaluation that produced it
 * @param records       the source records resolved to this child
 * @param identifiers   strong identifiers by kind (LA, NHS, UPN, POLICE) and the source that holds each
 * @param names         the names the sources hold
 * @param missingSince  when the child went missing, while missing now
 * @param homeOrCare    MISSING_FROM_HOME or MISSING_FROM_CARE, of the latest episode
 * @param maceScore     orders children for the MACE agenda: higher is more worrying (services/correlation-service/PROFILE.md)
 * @param linkKeys      normalised associates and places (e.g. "PHONE:07700900123"), for the network query
 * @param links         each link key with when the child was first and last seen with it and how often, so the
 *                      network query can keep to a time window; empty on profiles written before it existed
 * @param ethnicity     the DfE code every source record that states one agrees on; null when none states one or
 *                      they disagree
 * @param ethnicities   each code a source record states, and the source: more than one code is a disagreement
 * @param allocatedWorker the latest allocation any source recorded; null when none has
 * @param homePostcode  the postcode of the most recently recorded event that gives one ("PE1 4LZ"): where the child
 *                      lives now; null when none does
 */
public record ChildProfile(
        String childId,
        long version,
        Instant asOf,
        List<String> records,
        List<Identifier> identifiers,
        List<Name> names,
        LocalDate dateOfBirth,
        String sex,
        List<String> postcodes,
        boolean missingNow,
        Instant missingSince,
        int episodesLast30Days,
        int episodesLast90Days,
        int episodesLast365Days,
        String homeOrCare,
        List<EpisodeSummary> episodes,
        CmeStatus cme,
        ExploitationStatus exploitation,
        List<OpenFlag> openFlags,
        int maceScore,
        List<Associate> associates,
        List<Place> places,
        List<String> linkKeys,
        String mergedInto,
        List<Link> links,
        String ethnicity,
        List<RecordedEthnicity> ethnicities,
        Allocation allocatedWorker,
        String homePostcode) implements EventData {

    /** A profile without a home postcode, as written before it existed. */
    public ChildProfile(String childId, long version, Instant asOf, List<String> records, List<Identifier> identifiers,
                        List<Name> names, LocalDate dateOfBirth, String sex, List<String> postcodes,
                        boolean missingNow, Instant missingSince, int episodesLast30Days, int episodesLast90Days,
                        int episodesLast365Days, String homeOrCare, List<EpisodeSummary> episodes, CmeStatus cme,
                        ExploitationStatus exploitation, List<OpenFlag> openFlags, int maceScore,
                        List<Associate> associates, List<Place> places, List<String> linkKeys, String mergedInto,
                        List<Link> links, String ethnicity, List<RecordedEthnicity> ethnicities,
                        Allocation allocatedWorker) {
        this(childId, version, asOf, records, identifiers, names, dateOfBirth, sex, postcodes, missingNow,
                missingSince, episodesLast30Days, episodesLast90Days, episodesLast365Days, homeOrCare, episodes, cme,
                exploitation, openFlags, maceScore, associates, places, linkKeys, mergedInto, links, ethnicity,
                ethnicities, allocatedWorker, null);
    }

    /** A profile without dated links, as written before {@code links} existed. */
    public ChildProfile(String childId, long version, Instant asOf, List<String> records, List<Identifier> identifiers,
                        List<Name> names, LocalDate dateOfBirth, String sex, List<String> postcodes,
                        boolean missingNow, Instant missingSince, int episodesLast30Days, int episodesLast90Days,
                        int episodesLast365Days, String homeOrCare, List<EpisodeSummary> episodes, CmeStatus cme,
                        ExploitationStatus exploitation, List<OpenFlag> openFlags, int maceScore,
                        List<Associate> associates, List<Place> places, List<String> linkKeys, String mergedInto) {
        this(childId, version, asOf, records, identifiers, names, dateOfBirth, sex, postcodes, missingNow,
                missingSince, episodesLast30Days, episodesLast90Days, episodesLast365Days, homeOrCare, episodes, cme,
                exploitation, openFlags, maceScore, associates, places, linkKeys, mergedInto, List.of());
    }

    /** A profile without ethnicity or allocation, as written before they existed. */
    public ChildProfile(String childId, long version, Instant asOf, List<String> records, List<Identifier> identifiers,
                        List<Name> names, LocalDate dateOfBirth, String sex, List<String> postcodes,
                        boolean missingNow, Instant missingSince, int episodesLast30Days, int episodesLast90Days,
                        int episodesLast365Days, String homeOrCare, List<EpisodeSummary> episodes, CmeStatus cme,
                        ExploitationStatus exploitation, List<OpenFlag> openFlags, int maceScore,
                        List<Associate> associates, List<Place> places, List<String> linkKeys, String mergedInto,
                        List<Link> links) {
        this(childId, version, asOf, records, identifiers, names, dateOfBirth, sex, postcodes, missingNow,
                missingSince, episodesLast30Days, episodesLast90Days, episodesLast365Days, homeOrCare, episodes, cme,
                exploitation, openFlags, maceScore, associates, places, linkKeys, mergedInto, links, null, List.of(),
                null);
    }

    public ChildProfile {
        records = copy(records);
        identifiers = copy(identifiers);
        names = copy(names);
        postcodes = copy(postcodes);
        episodes = copy(episodes);
        openFlags = copy(openFlags);
        associates = copy(associates);
        places = copy(places);
        linkKeys = copy(linkKeys);
        links = copy(links);
        ethnicities = copy(ethnicities);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public record Identifier(String kind, String value, String source) {
    }

    public record Name(String givenName, String familyName, String source) {
    }

    /**
     * @param interviewStatus NOT_DUE (still missing), AWAITING_OFFER, OFFERED, ACCEPTED, DECLINED, NOT_OFFERED
     *                        (a recorded decision), COMPLETED
     */
    public record EpisodeSummary(String episodeId, String context, Instant start, Instant returnedAt, boolean closed,
                                 String riskGrade, String interviewStatus) {
    }

    /** @param status NEVER_ON_REGISTER, ON_REGISTER or REMOVED */
    public record CmeStatus(String status, LocalDate onRegisterSince, LocalDate lastEnquiryOn) {
    }

    /**
     * @param category         NOT_AT_RISK, MILD, MODERATE, SIGNIFICANT; null when never assessed
     * @param assessmentStatus NONE, CONCERN_AWAITING_ASSESSMENT, ASSESSED, REVIEW_OVERDUE, CLOSED
     */
    public record ExploitationStatus(String category, String assessmentStatus, LocalDate nextReviewDue,
                                     int concerns) {
    }

    public record OpenFlag(String alertId, String code, String severity, Instant raisedAt, Instant dueBy) {
    }

    public record Associate(String name, String phone, String vehicleRegistration, Instant lastSeenAt,
                            String eventId) {
    }

    public record Place(String name, String postcode, Instant lastSeenAt, String eventId) {
    }

    /**
     * One link key of {@code linkKeys} and the child's sightings with it.
     *
     * @param key         as in {@code linkKeys}, e.g. "POSTCODE:PE11NT"
     * @param firstSeenAt the earliest sighting; null when no sighting had a time
     * @param lastSeenAt  the latest sighting; null when no sighting had a time
     * @param count       the events that saw the child with it
     */
    public record Link(String key, Instant firstSeenAt, Instant lastSeenAt, int count) {
    }

    /**
     * An ethnicity a source record states.
     *
     * @param code   the DfE code (uk.lantern.schemas.Ethnicity's constant name)
     * @param source the service whose record states it
     */
    public record RecordedEthnicity(String code, String source) {
    }

    /**
     * The child's current allocation.
     *
     * @param name   the social worker's name; null when the source gave only the team
     * @param team   the team the child is allocated to
     * @param since  when the source recorded it (the occurredAt of the event that carried it)
     * @param source the service whose event carried it
     */
    public record Allocation(String name, String team, Instant since, String source) {
    }
}
