package uk.lantern.simulator.city;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes one episode's story for a child: report, perhaps a regrade, return and closure. */
final class StoryWriter {

    static final double AWAY_FROM_PLACEMENT = 0.35;

    private static final Weights<RiskGrade> GRADES = Weights.of(RiskGrade.NO_APPARENT_RISK, 8)
            .and(RiskGrade.LOW, 44).and(RiskGrade.MEDIUM, 43).and(RiskGrade.HIGH, 5);
    private static final Weights<RiskGrade> GRADES_OF_VULNERABLE = Weights.of(RiskGrade.NO_APPARENT_RISK, 3)
            .and(RiskGrade.LOW, 30).and(RiskGrade.MEDIUM, 55).and(RiskGrade.HIGH, 12);
    private static final Weights<RiskGrade> GRADES_WHEN_AWAY = Weights.of(RiskGrade.NO_APPARENT_RISK, 25)
            .and(RiskGrade.LOW, 50).and(RiskGrade.MEDIUM, 22).and(RiskGrade.HIGH, 3);
    private static final Weights<HowReturned> HOW = Weights.of(HowReturned.RETURNED_OF_OWN_ACCORD, 48)
            .and(HowReturned.FOUND_BY_POLICE, 20).and(HowReturned.FOUND_BY_FAMILY_OR_CARER, 17)
            .and(HowReturned.FOUND_BY_PROFESSIONAL, 9).and(HowReturned.OTHER, 6);
    private static final Weights<HowReturned> HOW_WHEN_AWAY = Weights.of(HowReturned.RETURNED_OF_OWN_ACCORD, 70)
            .and(HowReturned.FOUND_BY_POLICE, 8).and(HowReturned.FOUND_BY_FAMILY_OR_CARER, 14)
            .and(HowReturned.FOUND_BY_PROFESSIONAL, 6).and(HowReturned.OTHER, 2);
    private static final List<String> REASONS_UP = List.of(
            "Seen getting into a car with an unknown adult",
            "Phone switched off since last contact",
            "Information that the child is with older males",
            "Missing longer than expected, no contact with family or carers",
            "Has not taken prescribed medication",
            "Intelligence that the child has travelled out of the county");
    private static final List<String> REASONS_DOWN = List.of(
            "Child phoned carer and says they are safe",
            "Seen by a family member, safe and well",
            "Whereabouts confirmed at a friend's address",
            "In contact on social media, location known");

    private static final Duration LONGEST_REPORT_DELAY = Duration.ofHours(8);

    private final Cast cast;

    StoryWriter(Cast cast) {
        this.cast = cast;
    }

    Cast cast() {
        return cast;
    }

    /** A story last seen at the given time; the return is kept before {@code returnBy} when given. */
    EpisodeStory write(String key, Child child, Instant lastSeenAt, Instant returnBy, Pick pick) {
        Category category = category(child, pick);
        Instant reportedAt = lastSeenAt.plus(reportDelay(category, pick));
        return write(key, child, category, lastSeenAt, reportedAt, returnBy, pick);
    }

    /** A story reported at the given time, for live runs. */
    EpisodeStory writeReportedAt(String key, Child child, Instant reportedAt, Pick pick) {
        Category category = category(child, pick);
        Instant lastSeenAt = reportedAt.minus(reportDelay(category, pick));
        return write(key, child, category, lastSeenAt, reportedAt, null, pick);
    }

    private EpisodeStory write(String key, Child child, Category category, Instant lastSeen, Instant reported,
                               Instant returnBy, Pick pick) {
        Instant lastSeenAt = wholeSeconds(lastSeen);
        Instant reportedAt = wholeSeconds(reported);
        EpisodeReport report = report(child, category, lastSeenAt, reportedAt, pick);
        Instant returnedAt = wholeSeconds(reportedAt.plus(missingFor(category, pick)));
        if (returnBy != null && returnedAt.isAfter(returnBy)) {
            returnedAt = wholeSeconds(returnBy);
        }
        Regrade regrade = regrade(report, returnedAt, pick);
        Return returned = returned(child, category, returnedAt, pick);
        Closure closure = new Closure(
                wholeSeconds(returnedAt.plus(Duration.ofMinutes(60 + (long) Math.min(14_400, pick.exponential(1_080))))),
                cast.coordinator(pick));
        return new EpisodeStory(key, child, report, regrade, returned, closure);
    }

    private Category category(Child child, Pick pick) {
        return child.lookedAfter() && pick.chance(AWAY_FROM_PLACEMENT)
                ? Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION : Category.MISSING;
    }

    private Duration reportDelay(Category category, Pick pick) {
        double minutes = category == Category.MISSING ? 15 + pick.exponential(75) : 60 + pick.exponential(90);
        return Duration.ofMinutes((long) Math.min(LONGEST_REPORT_DELAY.toMinutes(), minutes));
    }

    private EpisodeReport report(Child child, Category category, Instant lastSeenAt, Instant reportedAt,
                                 Pick pick) {
        Context context = child.lookedAfter() ? Context.fromCare(child.placement()) : Context.fromHome();
        String lastSeenPlace = pick.chance(0.45) ? homeName(child) : Gazetteer.anyPlace(pick).name();
        return new EpisodeReport(subject(child, pick), context, category,
                new LastSeen(lastSeenAt, lastSeenPlace), reportedAt, cast.officer(pick),
                null, grade(child, category, lastSeenAt, pick), child.childProtectionPlan(), child.lookedAfter(),
                child.allocatedWorker());
    }

    /** Not every source knows every identifier; a report always carries at least one. */
    private static Subject subject(Child child, Pick pick) {
        boolean localAuthorityId = pick.chance(child.lookedAfter() ? 0.95 : 0.6);
        boolean nhsNumber = pick.chance(0.55);
        boolean upn = pick.chance(0.5);
        boolean policeId = pick.chance(0.7) || !(localAuthorityId || nhsNumber || upn);
        return new Subject(
                localAuthorityId ? child.localAuthorityPersonId() : null,
                nhsNumber ? child.nhsNumber() : null,
                upn ? child.upn() : null,
                policeId ? child.policePersonId() : null,
                child.givenName(),
                child.familyName(),
                pick.chance(0.95) ? child.dateOfBirth() : null,
                pick.chance(0.97) ? child.sex() : null,
                pick.chance(0.9) ? child.postcode() : null,
                child.ethnicity());
    }

    private static RiskGrade grade(Child child, Category category, Instant lastSeenAt, Pick pick) {
        if (category == Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION) {
            return GRADES_WHEN_AWAY.draw(pick);
        }
        int age = Period.between(child.dateOfBirth(), lastSeenAt.atZone(City.ZONE).toLocalDate()).getYears();
        boolean vulnerable = child.childProtectionPlan() || age < 12;
        return (vulnerable ? GRADES_OF_VULNERABLE : GRADES).draw(pick);
    }

    /** From report to return: about nine in ten episodes are over within two days. */
    private static Duration missingFor(Category category, Pick pick) {
        double draw = pick.between(0.0, 1.0);
        double hours;
        if (draw < 0.52) {
            hours = 0.25 + Math.min(20, pick.exponential(4));
        } else if (draw < 0.86) {
            hours = pick.between(8.0, 44.0);
        } else {
            hours = 40 + Math.min(24 * 21, pick.heavyTail(30, 2));
        }
        if (category == Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION) {
            hours *= 0.6;
        }
        return Duration.ofMinutes((long) (hours * 60));
    }

    private Regrade regrade(EpisodeReport report, Instant returnedAt, Pick pick) {
        Duration missing = Duration.between(report.reportedAt(), returnedAt);
        double chance = missing.toHours() >= 24 ? 0.35 : 0.18;
        if (missing.toMinutes() < 10 || !pick.chance(chance)) {
            return null;
        }
        RiskGrade from = report.riskGrade();
        boolean up = from == RiskGrade.NO_APPARENT_RISK || from != RiskGrade.HIGH && pick.chance(0.65);
        long minutesIn = (long) (missing.toMinutes() * pick.between(0.1, 0.8));
        Instant at = wholeSeconds(report.reportedAt().plus(Duration.ofMinutes(Math.max(1, minutesIn))));
        return new Regrade(up ? from.higher() : from.lower(), at, cast.coordinator(pick),
                pick.oneOf(up ? REASONS_UP : REASONS_DOWN));
    }

    private Return returned(Child child, Category category, Instant returnedAt, Pick pick) {
        HowReturned how = (category == Category.MISSING ? HOW : HOW_WHEN_AWAY).draw(pick);
        Location location = location(child, how, pick);
        Professional recordedBy = how == HowReturned.FOUND_BY_POLICE || !child.lookedAfter()
                ? cast.officer(pick) : child.placement().carer();
        return new Return(returnedAt, location, associates(child, how, pick), how, recordedBy);
    }

    private static Location location(Child child, HowReturned how, Pick pick) {
        if (how == HowReturned.RETURNED_OF_OWN_ACCORD && pick.chance(0.5)) {
            return new Location(homeName(child), child.postcode(), null, null);
        }
        if (how == HowReturned.FOUND_BY_FAMILY_OR_CARER && pick.chance(0.3)) {
            return new Location("Friend's address", Postcodes.issue(pick), null, null);
        }
        return Gazetteer.anyPlace(pick).location();
    }

    /** Sometimes the child was with others; a few adults turn up with several children. */
    private List<Associate> associates(Child child, HowReturned how, Pick pick) {
        double chance = 0.22
                + (child.missingEpisodesPerYear() >= 6 ? 0.15 : 0)
                + (how == HowReturned.FOUND_BY_POLICE ? 0.10 : 0);
        if (!pick.chance(chance)) {
            return List.of();
        }
        int count = pick.chance(0.7) ? 1 : pick.chance(0.83) ? 2 : 3;
        Set<Associate> associates = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            associates.add(pick.chance(0.35) ? cast.recurringAdult(pick) : cast.peer(pick));
        }
        return List.copyOf(associates);
    }

    private static String homeName(Child child) {
        return child.lookedAfter() ? "Placement address" : "Home address";
    }

    private static Instant wholeSeconds(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }
}
