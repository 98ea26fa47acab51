package uk.lantern.correlation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.profile.Given.BUILDER;
import static uk.lantern.correlation.profile.Given.CHILD;
import static uk.lantern.correlation.profile.Given.NOW;
import static uk.lantern.correlation.profile.Given.TODAY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.lantern.correlation.patterns.ChildFact;
import uk.lantern.correlation.patterns.ChildFact.AssessmentRecorded.Kind;
import uk.lantern.correlation.patterns.ChildFact.InterviewStep.Step;
import uk.lantern.correlation.patterns.ChildFacts;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.ChildProfile.OpenFlag;

/**
 * The profile is a function of the inputs as sets: records, facts and flags shuffled give an equal profile; and the
 * chronology is a function of its entries as a set. Values are drawn from small pools so that ties (same time, same name, same date of birth from two
 * records) are common: ties are where an order-dependent builder would show. Scenarios are generated from seeds (three
 * hundred, drawn from a fixed seed so a failure names the seed that reproduces it).
 */
class ProfileOrderIndependencePropertiesTest {

    record Scenario(List<SourceRecord> records, List<ChildFact> facts, List<ChronologyEntry> chronology,
                    List<OpenFlag> flags) {
    }

    static LongStream seeds() {
        return new Random(20261123L).longs(300, 0, 1_000_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shuffled_records_facts_chronology_and_flags_give_an_equal_profile(long seed) {
        var scenario = scenario(new Random(seed));
        var random = new Random(seed + 1L);
        var expected = BUILDER.build(CHILD, 3, NOW, scenario.records(), ChildFacts.of(CHILD, scenario.facts()),
                scenario.flags());

        var actual = BUILDER.build(CHILD, 3, NOW, shuffled(scenario.records(), random),
                ChildFacts.of(CHILD, shuffled(scenario.facts(), random)), shuffled(scenario.flags(), random));

        assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        assertThat(ChronologyEntry.oldestFirst(shuffled(scenario.chronology(), random))).as("seed %d", seed)
                .isEqualTo(ChronologyEntry.oldestFirst(scenario.chronology()));
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        var copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static final long[] DAYS_AGO = {0, 1, 2, 30, 45, 89, 90, 200, 365, 400};
    private static final String[] GIVEN = {"Jade", "Jayde", null};
    private static final String[] FAMILY = {"Smith", "Smyth", null};
    private static final String[] DOB = {"2011-05-14", "2011-04-15", null};
    private static final Subject.Sex[] SEX = {Subject.Sex.FEMALE, Subject.Sex.MALE, Subject.Sex.UNKNOWN, null};
    private static final String[] POSTCODE = {"PE1 4LZ", "pe14lz", "PE2 9AB", null};
    private static final String[] IDS = {"9434765919", "LA-1", null};
    private static final String[] SOURCES = {"police", "school", "cse"};
    private static final ChildFact.Place[] PLACES = {null, new ChildFact.Place("The Queensgate Centre", "PE1 1NT"),
            new ChildFact.Place("queensgate centre", "pe11nt"), new ChildFact.Place("Bus station", null)};
    private static final ChildFact.Associate[] ASSOCIATES = {new ChildFact.Associate("Dean Walsh", "07700 900123",
            null), new ChildFact.Associate("dean walsh", "+447700900123", null),
            new ChildFact.Associate(null, null, "AB12 CDE"), new ChildFact.Associate("Kyle", null, null)};

    private static Scenario scenario(Random r) {
        var records = new ArrayList<SourceRecord>();
        var recordCount = r.nextInt(6);
        for (var i = 0; i < recordCount; i++) {
            var subject = new Subject(pick(r, IDS), pick(r, IDS), null, pick(r, IDS), pick(r, GIVEN),
                    pick(r, FAMILY), date(pick(r, DOB)), pick(r, SEX), pick(r, POSTCODE));
            records.add(new SourceRecord("r" + r.nextInt(4), pick(r, SOURCES), subject));
        }
        var facts = new ArrayList<ChildFact>();
        var n = 0;
        var eCount = r.nextInt(5);
        for (var e = 0; e < eCount; e++) {
            var episode = "e" + e;
            var start = at(r);
            if (r.nextInt(5) > 0) {
                facts.add(new ChildFact.EpisodeReported("report-" + e, episode, start, r.nextBoolean() ? start : null,
                        pick(r, ChildFact.Context.values()), pick(r, ChildFact.RiskGrade.values()), false, false));
            }
            var gCount = r.nextInt(3);
            for (var g = 0; g < gCount; g++) {
                facts.add(new ChildFact.RiskRegraded("regrade-" + n++, episode,
                        pick(r, ChildFact.RiskGrade.values()), at(r)));
            }
            if (r.nextBoolean()) {
                facts.add(new ChildFact.ChildReturned("return-" + n++, episode, at(r), pick(r, PLACES),
                        associates(r)));
            }
            if (r.nextInt(3) == 0) {
                facts.add(new ChildFact.EpisodeClosed("close-" + n++, episode, at(r)));
            }
            var sCount = r.nextInt(4);
            for (var s = 0; s < sCount; s++) {
                facts.add(new ChildFact.InterviewStep("step-" + n++, episode, pick(r, Step.values()), at(r)));
            }
            if (r.nextInt(3) == 0) {
                facts.add(new ChildFact.InterviewCompleted("interview-" + n++, episode, day(r), r.nextBoolean(),
                        pick(r, PLACES), associates(r)));
            }
        }
        var cCount = r.nextInt(3);
        for (var c = 0; c < cCount; c++) {
            var entry = "cme" + c;
            if (r.nextInt(4) > 0) {
                facts.add(new ChildFact.AddedToCmeRegister("cme-added-" + n++, entry, day(r)));
            }
            var qCount = r.nextInt(3);
            for (var q = 0; q < qCount; q++) {
                facts.add(new ChildFact.CmeEnquiryLogged("cme-enquiry-" + n++, entry, day(r)));
            }
            if (r.nextBoolean()) {
                facts.add(new ChildFact.RemovedFromCmeRegister("cme-removed-" + n++, entry, day(r)));
            }
        }
        var kCount = r.nextInt(3);
        for (var k = 0; k < kCount; k++) {
            facts.add(new ChildFact.ConcernRaised("concern-" + n++, "k" + k, at(r)));
        }
        var aCount = r.nextInt(3);
        for (var a = 0; a < aCount; a++) {
            var assessment = "a" + a;
            var xCount = 1 + r.nextInt(2);
            for (var x = 0; x < xCount; x++) {
                facts.add(new ChildFact.AssessmentRecorded("assessed-" + n++, assessment, pick(r, Kind.values()),
                        at(r), pick(r, ChildFact.RiskCategory.values()), r.nextBoolean() ? day(r) : null));
            }
            if (r.nextInt(3) == 0) {
                facts.add(new ChildFact.AssessmentClosed("assessment-closed-" + n++, assessment, at(r)));
            }
        }
        if (!facts.isEmpty() && r.nextBoolean()) {
            facts.add(facts.get(r.nextInt(facts.size())));
        }
        var chronology = new ArrayList<ChronologyEntry>();
        var entryCount = r.nextInt(7);
        for (var i = 0; i < entryCount; i++) {
            var occurredAt = near(r);
            chronology.add(new ChronologyEntry("ev-" + r.nextInt(4), pick(r, SOURCES), "EpisodeReported", occurredAt,
                    r.nextBoolean() ? occurredAt : near(r), "r" + r.nextInt(2)));
        }
        var flags = new ArrayList<OpenFlag>();
        var flagCount = r.nextInt(6);
        for (var i = 0; i < flagCount; i++) {
            flags.add(new OpenFlag("alert-" + r.nextInt(4), "REPEAT_MISSING",
                    pick(r, new String[] {"URGENT", "HIGH", "MEDIUM", "LOW"}), near(r), near(r)));
        }
        return new Scenario(records, facts, chronology, flags);
    }

    private static List<ChildFact.Associate> associates(Random r) {
        var list = new ArrayList<ChildFact.Associate>();
        var associateCount = r.nextInt(3);
        for (var i = 0; i < associateCount; i++) {
            list.add(pick(r, ASSOCIATES));
        }
        return list;
    }

    private static Instant at(Random r) {
        return NOW.minus(Duration.ofDays(DAYS_AGO[r.nextInt(DAYS_AGO.length)]));
    }

    /** One of two instants: chronology entries and flags that differ in one field only. */
    private static Instant near(Random r) {
        return NOW.minus(Duration.ofDays(r.nextInt(2)));
    }

    private static LocalDate day(Random r) {
        return TODAY.minusDays(DAYS_AGO[r.nextInt(DAYS_AGO.length)]);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
