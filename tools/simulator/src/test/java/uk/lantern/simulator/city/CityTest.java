package uk.lantern.simulator.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CityTest {

    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");

    private static City city(long seed) {
        return City.generate(new CitySettings(seed, 400, 365, END));
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        assertThat(city(42).plan(null)).isEqualTo(city(42).plan(null));
        assertThat(city(42).children()).isEqualTo(city(42).children());
    }

    @Test
    void everyChildHasAnEthnicityInTheDfeCodesDrawnFromThePlausibleMixAndTheSameForTheSameSeed() {
        List<Child> children = City.generate(new CitySettings(42, 3000, 30, END)).children();
        Map<Ethnicity, Long> counts = children.stream()
                .collect(Collectors.groupingBy(Child::ethnicity, Collectors.counting()));

        assertThat(children).allSatisfy(child -> assertThat(child.ethnicity()).isNotNull());
        assertThat(share(counts, Ethnicity.WBRI, 3000)).isBetween(0.56, 0.65);
        assertThat(share(counts, Ethnicity.WOTH, 3000)).isBetween(0.11, 0.17);
        assertThat(share(counts, Ethnicity.APKN, 3000)).isBetween(0.065, 0.105);
        assertThat(counts.keySet()).as("codes seen").hasSizeGreaterThanOrEqualTo(18);
        assertThat(city(42).children()).extracting(Child::ethnicity)
                .isEqualTo(city(42).children().stream().map(Child::ethnicity).toList());
    }

    @Test
    void lookedAfterChildrenAndChildrenOnAPlanHaveAWorkerInTheirTeamWhomEveryReportOfThemNames() {
        City city = city(42);
        Set<String> teams = new HashSet<>();
        for (Child child : city.children()) {
            if (child.lookedAfter()) {
                assertThat(child.allocatedWorker().team()).isIn(Teams.CHILDREN_IN_CARE_1, Teams.CHILDREN_IN_CARE_2);
            } else if (child.childProtectionPlan()) {
                assertThat(child.allocatedWorker().team())
                        .isIn(Teams.CHILD_PROTECTION_EAST, Teams.CHILD_PROTECTION_WEST);
            } else {
                assertThat(child.allocatedWorker()).isNull();
            }
            if (child.allocatedWorker() != null) {
                assertThat(child.allocatedWorker().name()).isIn(Teams.workersOf(child.allocatedWorker().team()));
                teams.add(child.allocatedWorker().team());
            }
            assertThat(child.exploitationWorker().team()).isEqualTo(Teams.EXPLOITATION_AND_MISSING);
        }
        assertThat(teams).hasSize(4);
        assertThat(city.history()).allSatisfy(story -> {
            assertThat(story.report().allocatedWorker()).isEqualTo(story.child().allocatedWorker());
            assertThat(story.report().subject().ethnicity()).isEqualTo(story.child().ethnicity());
        });
    }

    private static double share(Map<Ethnicity, Long> counts, Ethnicity code, int of) {
        return counts.getOrDefault(code, 0L) / (double) of;
    }

    @Test
    void aDifferentSeedGivesADifferentPlan() {
        assertThat(city(43).plan(null).due()).isNotEqualTo(city(42).plan(null).due());
        assertThat(city(43).children()).isNotEqualTo(city(42).children());
    }

    @Test
    void everyStoryHappensInOrder() {
        for (EpisodeStory story : city(42).history()) {
            List<Instant> times = Stream.of(
                            story.report().lastSeen().at(),
                            story.report().reportedAt(),
                            story.regrade() == null ? null : story.regrade().at(),
                            story.returned() == null ? null : story.returned().returnedAt(),
                            story.closure() == null ? null : story.closure().closedAt())
                    .filter(Objects::nonNull)
                    .toList();
            assertThat(times).as(story.key()).isSorted();
        }
    }

    @Test
    void thePlanIsInTimeOrderAndNothingIsDueAfterTheEndOfTheHistory() {
        Plan plan = city(42).plan(null);

        assertThat(plan.due()).isSortedAccordingTo(Step.CHRONOLOGICAL);
        assertThat(plan.due()).allSatisfy(step -> assertThat(step.at()).isBeforeOrEqualTo(END));
        assertThat(plan.due()).allSatisfy(step ->
                assertThat(step.story().report().lastSeen().at()).isAfterOrEqualTo(END.minusSeconds(365 * 86_400L)));
        assertThat(plan.pending()).allSatisfy(step -> assertThat(step.at()).isAfter(END));
        assertThat(plan.pending()).allSatisfy(step -> assertThat(step.story().reportedAt()).isBeforeOrEqualTo(END));
    }

    @Test
    void nothingIsInTheFutureWithTheDefaultEndOfHistory() {
        Instant now = Instant.now();
        City city = City.generate(new CitySettings(42, 100, 30, CitySettings.startOfToday()));

        assertThat(city.plan(null).due()).allSatisfy(step -> assertThat(step.at()).isBefore(now));
    }

    @Test
    void aChildIsNeverMissingTwiceAtOnce() {
        List<EpisodeStory> history = city(42).history();
        for (Child child : city(42).children()) {
            List<EpisodeStory> episodes = history.stream().filter(story -> story.child().equals(child)).toList();
            for (int i = 1; i < episodes.size(); i++) {
                EpisodeStory previous = episodes.get(i - 1);
                assertThat(previous.returned()).isNotNull();
                assertThat(episodes.get(i).report().lastSeen().at()).isAfter(previous.returned().returnedAt());
            }
        }
    }

    @Test
    void everyIdentifierIsValidAndUnique() {
        List<Child> children = city(42).children();

        assertThat(children).allSatisfy(child -> {
            assertThat(NhsNumbers.isValid(child.nhsNumber())).as(child.nhsNumber()).isTrue();
            assertThat(Upns.isValid(child.upn())).as(child.upn()).isTrue();
            assertThat(child.localAuthorityPersonId()).matches("LA-\\d{6}");
            assertThat(child.policePersonId()).matches("PP-\\d{7}");
            assertThat(child.postcode()).matches("PE\\d \\d[A-Z]{2}");
        });
        assertThat(children).extracting(Child::nhsNumber).doesNotHaveDuplicates();
        assertThat(children).extracting(Child::localAuthorityPersonId).doesNotHaveDuplicates();
        assertThat(children).extracting(Child::policePersonId).doesNotHaveDuplicates();
        assertThat(children).extracting(Child::upn).doesNotHaveDuplicates();
    }

    @Test
    void everyReportCarriesAtLeastOneIdentifierAndOnlyTheChildsOwn() {
        for (EpisodeStory story : city(42).history()) {
            Subject subject = story.report().subject();
            Child child = story.child();
            assertThat(Stream.of(subject.localAuthorityPersonId(), subject.nhsNumber(), subject.upn(),
                    subject.policePersonId()).filter(Objects::nonNull)).isNotEmpty();
            if (subject.nhsNumber() != null) {
                assertThat(NhsNumbers.isValid(subject.nhsNumber())).isTrue();
                assertThat(subject.nhsNumber()).isEqualTo(child.nhsNumber());
            }
        }
    }

    @Test
    void childrenAreEightToSeventeen() {
        assertThat(city(42).children()).allSatisfy(child -> assertThat(
                Period.between(child.dateOfBirth(), END.atZone(City.ZONE).toLocalDate()).getYears())
                .isBetween(8, 17));
    }

    @Test
    void policeReferencesAreUnique() {
        assertThat(city(42).history()).extracting(story -> story.report().policeReference())
                .doesNotHaveDuplicates()
                .allMatch(reference -> reference.matches("CC-\\d{8}-\\d{4}"));
    }
}
