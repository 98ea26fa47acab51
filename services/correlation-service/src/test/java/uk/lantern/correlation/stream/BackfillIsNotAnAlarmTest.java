package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.childReturned;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;
import static uk.lantern.correlation.stream.SourceEvents.interviewCaseOpened;
import static uk.lantern.correlation.stream.SourceEvents.interviewCompleted;
import static uk.lantern.correlation.stream.SourceEvents.needToKnowRaised;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lantern.schemas.Subject;

/**
 * A backfill is not an alarm: the same year of facts fed live (each as it happens) and fed as a backfill (all of it
 * read at once, a year late) ends with the same open alerts, and the backfill raises no alert that later facts in it
 * had already resolved.
 */
class BackfillIsNotAnAlarmTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T09:00:00Z");

    private record Timed(Instant at, SourceEvents.Message message) {
    }

    /** Four children's year: needs and interviews that end in time, late, never, and a child still missing. */
    private static List<Timed> year() {
        var facts = new ArrayList<Timed>();
        var amy = child("9434765919", "Amy", "Walsh", "2011-03-14");
        var ben = child("9434765870", "Ben", "Carter", "2010-07-02");
        var cat = child("9434765838", "Cat", "Dunn", "2012-01-20");
        var dan = child("9434765846", "Dan", "Ellis", "2009-09-09");
        for (int month = 0; month < 10; month++) {
            var missing = START.plus(Duration.ofDays(30L * month));
            var returned = missing.plus(Duration.ofHours(6));
            // Amy, on a plan: senior managers need to know until she is found six hours later; interviewed in time
            add(facts, missing, episodeReported(amy, "amy-" + month, missing, true));
            add(facts, missing, needToKnowRaised(amy, "amy-" + month, missing));
            add(facts, returned, childReturned(amy, "amy-" + month, returned, null, null,
                    "Home address", null));
            add(facts, returned.plusSeconds(5), interviewCaseOpened(amy, "amy-" + month, returned));
            add(facts, returned.plus(Duration.ofHours(30)), interviewCompleted(amy, "amy-" + month,
                    returned.plus(Duration.ofHours(30))));
            // Ben: interviewed late, after 100 hours: RHI_OVERDUE from the deadline until the interview
            var benMissing = missing.plus(Duration.ofDays(2));
            var benReturned = benMissing.plus(Duration.ofHours(10));
            add(facts, benMissing, episodeReported(ben, "ben-" + month, benMissing, false));
            add(facts, benReturned, childReturned(ben, "ben-" + month, benReturned, null, null,
                    "Home address", null));
            add(facts, benReturned.plusSeconds(5), interviewCaseOpened(ben, "ben-" + month, benReturned));
            add(facts, benReturned.plus(Duration.ofHours(100)), interviewCompleted(ben, "ben-" + month,
                    benReturned.plus(Duration.ofHours(100))));
        }
        // Cat: returned in October, never interviewed: still overdue at the end
        var catMissing = Instant.parse("2026-10-10T20:00:00Z");
        add(facts, catMissing, episodeReported(cat, "cat-1", catMissing, false));
        add(facts, catMissing.plus(Duration.ofHours(8)), childReturned(cat, "cat-1",
                catMissing.plus(Duration.ofHours(8)), null, null, "Home address", null));
        add(facts, catMissing.plus(Duration.ofHours(8)).plusSeconds(5), interviewCaseOpened(cat, "cat-1",
                catMissing.plus(Duration.ofHours(8))));
        // Dan, on a plan, missing since November: still missing at the end
        var danMissing = Instant.parse("2026-11-20T22:00:00Z");
        add(facts, danMissing, episodeReported(dan, "dan-1", danMissing, true));
        add(facts, danMissing, needToKnowRaised(dan, "dan-1", danMissing));
        facts.sort(Comparator.comparing(Timed::at));
        return facts;
    }

    @Test
    void theSameYearFedLiveAndAsABackfillEndsWithTheSameOpenAlertsAndTheBackfillRaisesNothingAlreadyResolved() {
        var year = year();
        List<String> live;
        try (var lantern = TopologyHarness.withProductionCatchUp(START.minusSeconds(60))) {
            var clock = START.minusSeconds(60);
            for (var fact : year) {
                lantern.advance(Duration.between(clock, fact.at()));
                clock = fact.at();
                lantern.send(fact.message());
            }
            lantern.advance(Duration.between(clock, END));
            live = open(lantern);
            assertThat(lantern.alerts("AlertRaised", "NEED_TO_KNOW")).as("live: Amy each month and Dan").hasSize(11);
            assertThat(lantern.alerts("AlertRaised", "RHI_OVERDUE")).as("live: Ben each month and Cat").hasSize(11);
            assertThat(lantern.alerts("AlertCleared", "RHI_OVERDUE")).as("Ben's late interviews").hasSize(10);
        }
        try (var lantern = TopologyHarness.withProductionCatchUp(END)) {
            year.forEach(fact -> lantern.send(fact.message()));
            assertThat(lantern.alertLog).as("nothing raised while the backlog is read").isEmpty();
            lantern.advance(Duration.ofSeconds(11));

            assertThat(open(lantern)).isEqualTo(live).hasSize(2);
            assertThat(lantern.alertLog).as("only what is still true").allSatisfy(
                    event -> assertThat(event.path("eventType").asString()).isEqualTo("AlertRaised"));
            assertThat(lantern.alertLog).hasSize(2);
        }
    }

    @Test
    void factsThatArriveLiveAreJudgedAsTheyArriveEvenAfterABacklog() {
        try (var lantern = TopologyHarness.withProductionCatchUp(END)) {
            var amy = child("9434765919", "Amy", "Walsh", "2011-03-14");
            lantern.send(episodeReported(amy, "old-1", START, false));
            lantern.advance(Duration.ofSeconds(11));
            lantern.send(episodeReported(amy, "now-1", END.plusSeconds(5), true));
            lantern.send(needToKnowRaised(amy, "now-1", END.plusSeconds(5)));

            assertThat(lantern.alerts("AlertRaised", "NEED_TO_KNOW")).as("at once, live").hasSize(1);
        }
    }

    @Test
    void aPlaceTwentySixChildrenWereSeenAtInABacklogIsReportedOnceAsAHotspotWithNoPairwiseAlertsOnTheWay() {
        try (var lantern = TopologyHarness.withProductionCatchUp(END)) {
            for (int i = 0; i < 26; i++) {
                var subject = new Subject("LA-BACKLOG-" + i, null, null, null, GIVEN.get(i), FAMILY.get(i),
                        LocalDate.parse("2008-01-01").plusDays(97L * i), Subject.Sex.FEMALE, null);
                var seen = Instant.parse("2026-11-02T16:00:00Z").plus(Duration.ofDays(i));
                lantern.send(episodeReported(subject, "place-" + i, seen.minus(Duration.ofHours(3)), false));
                lantern.send(childReturned(subject, "place-" + i, seen, null, null, "Queensgate Shopping Centre",
                        null));
            }
            lantern.advance(Duration.ofSeconds(11));

            assertThat(lantern.alerts("AlertRaised", "SHARED_LOCATION")).as("no pair raised on the way").isEmpty();
            assertThat(lantern.hotspotLog).extracting(h -> h.path("eventType").asString())
                    .containsExactly("HotspotReported");
        }
    }

    private static final List<String> GIVEN = List.of("Ava", "Ben", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy",
            "Jon", "Kit", "Lou", "Max", "Ned", "Oli", "Pip", "Quin", "Rae", "Sol", "Tia", "Una", "Vic", "Wes", "Xan",
            "Yan", "Zoe");
    private static final List<String> FAMILY = List.of("Adams", "Brook", "Crane", "Doyle", "Evans", "Frost", "Grant",
            "Hurst", "Irwin", "Jones", "Kerr", "Lloyd", "Marsh", "Nolan", "Owen", "Price", "Quill", "Reed", "Shaw",
            "Tate", "Urwin", "Vance", "Webb", "Xavier", "Young", "Zeller");

    private static List<String> open(TopologyHarness lantern) {
        Set<String> open = new LinkedHashSet<>();
        for (var event : lantern.alertLog) {
            String id = event.path("data").path("alertId").asString();
            switch (event.path("eventType").asString()) {
                case "AlertRaised" -> open.add(event.path("data").path("code").asString() + " " + id);
                case "AlertCleared" -> open.removeIf(o -> o.endsWith(" " + id));
                default -> {
                }
            }
        }
        return open.stream().sorted().toList();
    }

    private static Subject child(String nhs, String given, String family, String dob) {
        return new Subject(null, nhs, null, null, given, family, LocalDate.parse(dob), Subject.Sex.FEMALE, null);
    }

    private static void add(List<Timed> facts, Instant at, SourceEvents.Message message) {
        facts.add(new Timed(at, message));
    }
}
