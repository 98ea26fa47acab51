package uk.lantern.correlation.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import uk.lantern.correlation.identity.StrongIds;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.cmeregister.ChildAddedToRegister;
import uk.lantern.schemas.cmeregister.CmeRegisterEventTypes;
import uk.lantern.schemas.cmeregister.NotificationGround;
import uk.lantern.schemas.cmeregister.School;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.NeedToKnowRaised;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;
import uk.lantern.schemas.missingepisode.RiskGrade;
import uk.lantern.schemas.correlation.AlertCleared;
import uk.lantern.schemas.correlation.AlertRaised;
import uk.lantern.schemas.correlation.AlertUpdated;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.CorrelationEventTypes;
import uk.lantern.schemas.correlation.RecordForgotten;
import uk.lantern.schemas.correlation.RecordResolved;
import uk.lantern.schemas.correlation.ReviewDecided;
import uk.lantern.schemas.correlation.ReviewRaised;

/** What the topology publishes, built by hand: profiles, alert and identity envelopes. */
public final class Correlated {

    public static final Subject NONE = new Subject(null, null, null, null, null, null, null, null, null);

    private Correlated() {
    }

    public static final Professional PC = new Professional("PC Sarah Patel", "Police officer",
            "Cambridgeshire Constabulary");
    public static final EpisodeContext CARE = new EpisodeContext(EpisodeContext.Type.MISSING_FROM_CARE,
            EpisodeContext.PlacementType.CHILDRENS_HOME, "Peterborough", false);

    /** A police report of the child missing from care, as the missing-episode service publishes it. */
    public static Envelope<EpisodeReported> reported(Subject subject, String episodeId, Instant at) {
        return Envelope.of(MissingEpisodeEventTypes.EPISODE_REPORTED, UUID.randomUUID(), at, at,
                "missing-episode-service", subject, new EpisodeReported(episodeId, CARE,
                        EpisodeReported.Category.MISSING, new EpisodeReported.LastSeen(at.minusSeconds(3600),
                        "Queensgate"), at, PC, "CC-" + episodeId, RiskGrade.MEDIUM, false, true));
    }

    /** The missing-episode service's decision that senior managers need to know: the child is looked after. */
    public static Envelope<NeedToKnowRaised> needToKnow(Subject subject, String episodeId, Instant at) {
        return Envelope.of(MissingEpisodeEventTypes.NEED_TO_KNOW_RAISED, UUID.randomUUID(), at, at,
                "missing-episode-service", subject, new NeedToKnowRaised(episodeId,
                        List.of(NeedToKnowRaised.Reason.LOOKED_AFTER), CARE, RiskGrade.MEDIUM, at.minusSeconds(3600)));
    }

    /** The child found by police with an adult, as the missing-episode service publishes it. */
    public static Envelope<ChildReturned> returned(Subject subject, String episodeId, Instant at) {
        return Envelope.of(MissingEpisodeEventTypes.CHILD_RETURNED, UUID.randomUUID(), at, at,
                "missing-episode-service", subject, new ChildReturned(episodeId, at,
                        new ChildReturned.Location("Central Park", "PE1 4LZ", null, null),
                        List.of(new ChildReturned.Associate("Dean Smith", "07700 900123", "AB12 CDE", 34, true)),
                        ChildReturned.How.FOUND_BY_POLICE, PC, CARE));
    }

    /** The child added to the CME register on the day, as the CME register service publishes it. */
    public static Envelope<ChildAddedToRegister> addedToCme(Subject subject, LocalDate on) {
        Instant at = on.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return Envelope.of(CmeRegisterEventTypes.CHILD_ADDED_TO_REGISTER, UUID.randomUUID(), at, at,
                "cme-register-service", subject, new ChildAddedToRegister("cme-" + UUID.randomUUID(),
                        new School("110123", "Orton Academy"), NotificationGround.LEFT_NO_KNOWN_DESTINATION, null, on,
                        PC));
    }

    public static String uniqueChildId() {
        return "child-" + UUID.randomUUID();
    }

    /**
     * A random NHS number with a valid modulus-11 check digit: an invalid one is ignored by identity resolution, so two
     * test children with random numbers and similar details would be linked as one child.
     */
    public static String uniqueNhsNumber() {
        while (true) {
            long body = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
            String digits = String.valueOf(body);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10 && StrongIds.validNhsNumber(digits + check)) {
                return digits + check;
            }
        }
    }

    public static ChildProfile profile(String childId, long version, String nhs, String givenName,
                                       List<String> linkKeys, List<ChildProfile.Associate> associates,
                                       List<ChildProfile.Place> places) {
        Instant at = Instant.parse("2026-11-21T18:30:00Z");
        return new ChildProfile(childId, version, at.plusSeconds(version), List.of("rec-" + childId),
                List.of(new ChildProfile.Identifier("NHS", nhs, "missing-episode-service")),
                List.of(new ChildProfile.Name(givenName, "Jones", "missing-episode-service")),
                LocalDate.of(2010, 4, 1), "FEMALE", List.of("PE1 2AB"), false, null, 1, 1, 1,
                "MISSING_FROM_CARE", List.of(), null, null, List.of(), 10 + (int) version, associates, places,
                linkKeys,
                null);
    }

    public static ChildProfile profile(String childId, long version, String nhs) {
        return profile(childId, version, nhs, "Amelia", List.of(), List.of(), List.of());
    }

    public static Envelope<AlertRaised> raised(String alertId, String code, String severity, String childId,
                                               Instant recordedAt) {
        Instant raisedAt = recordedAt.truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        return Envelope.of(CorrelationEventTypes.ALERT_RAISED, UUID.randomUUID(), raisedAt, recordedAt,
                "correlation-service", NONE, new AlertRaised(alertId, code, severity, childId, List.of("ev-1"),
                        raisedAt, raisedAt.plusSeconds(3600), List.of("MISSING_COORDINATOR"),
                        "Looked-after child missing", null));
    }

    public static Envelope<AlertUpdated> updated(String alertId, String code, String childId, List<String> evidence,
                                                 Instant recordedAt) {
        Instant raisedAt = recordedAt.truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        return Envelope.of(CorrelationEventTypes.ALERT_UPDATED, UUID.randomUUID(), recordedAt, recordedAt,
                "correlation-service", NONE, new AlertUpdated(alertId, code, "HIGH", childId, evidence, raisedAt,
                        raisedAt.plusSeconds(3600), List.of("SOCIAL_WORKER"), "Exploitation indicators seen", null));
    }

    public static Envelope<AlertCleared> cleared(String alertId, String code, String childId, Instant recordedAt) {
        return Envelope.of(CorrelationEventTypes.ALERT_CLEARED, UUID.randomUUID(), recordedAt, recordedAt,
                "correlation-service", NONE, new AlertCleared(alertId, code, childId, recordedAt, "child returned"));
    }

    public static Envelope<ReviewRaised> reviewRaised(String reviewId, String recordA, String recordB, double score) {
        return reviewRaised(reviewId, recordA, "child-a", recordB, "child-b", score);
    }

    public static Envelope<ReviewRaised> reviewRaised(String reviewId, String recordA, String childA, String recordB,
                                                      String childB, double score) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return Envelope.of(CorrelationEventTypes.REVIEW_RAISED, UUID.randomUUID(), at, at, "correlation-service",
                NONE, new ReviewRaised(reviewId, recordA, childA, recordB, childB, score, "PROBABILISTIC",
                        "familyName, dateOfBirth", "familyName EXACT +7.3; dateOfBirth EXACT +12.1", at));
    }

    public static Envelope<ReviewDecided> reviewDecided(String decisionId, String reviewId, String recordA,
                                                        String recordB, String decision) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return Envelope.of(CorrelationEventTypes.REVIEW_DECIDED, UUID.randomUUID(), at, at, "correlation-service",
                NONE, new ReviewDecided(decisionId, reviewId, decision, recordA, recordB, "Sam Okafor", at,
                        List.of()));
    }

    /** The identity stage forgot {@code recordId} (every event of it erased at its source). */
    public static Envelope<RecordForgotten> forgotten(String recordId, String childId, List<String> reviewsWithdrawn,
                                                      List<ReviewDecided.RecordMove> moves) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return Envelope.of(CorrelationEventTypes.RECORD_FORGOTTEN, UUID.randomUUID(), at, at, "correlation-service",
                Subject.empty(), new RecordForgotten(recordId, childId, UUID.randomUUID().toString(), at,
                        "every event of it was erased at its source", reviewsWithdrawn, moves));
    }

    /** A profile as {@link #profile(String, long, String)} with the ethnicity the sources agree on and an allocation. */
    public static ChildProfile profileWithEthnicityAndAllocation(String childId, long version, String nhs) {
        var p = profile(childId, version, nhs);
        return new ChildProfile(p.childId(), p.version(), p.asOf(), p.records(), p.identifiers(), p.names(),
                p.dateOfBirth(), p.sex(), p.postcodes(), p.missingNow(), p.missingSince(), p.episodesLast30Days(),
                p.episodesLast90Days(), p.episodesLast365Days(), p.homeOrCare(), p.episodes(), p.cme(),
                p.exploitation(), p.openFlags(), p.maceScore(), p.associates(), p.places(), p.linkKeys(),
                p.mergedInto(), p.links(), "MWBC",
                List.of(new ChildProfile.RecordedEthnicity("MWBC", "missing-episode-service")),
                new ChildProfile.Allocation("Sam Okafor", "Children in Care 2", p.asOf().minusSeconds(86400),
                        "missing-episode-service"));
    }

    public static Envelope<RecordResolved> resolved(String recordId, String childId) {
        return resolved(recordId, childId, List.of());
    }

    /** A record resolved to {@code childId}, which joined (merged) {@code mergedChildren} into it. */
    public static Envelope<RecordResolved> resolved(String recordId, String childId, List<String> mergedChildren) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return Envelope.of(CorrelationEventTypes.RECORD_RESOLVED, UUID.randomUUID(), at, at, "correlation-service",
                NONE, new RecordResolved(recordId, childId, "missing-episode-service", UUID.randomUUID().toString(),
                        mergedChildren.isEmpty() ? "NEW" : "LINKED", List.of(), mergedChildren));
    }
}
