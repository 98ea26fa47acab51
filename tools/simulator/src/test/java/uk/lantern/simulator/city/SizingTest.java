package uk.lantern.simulator.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default city looks like a year of a Peterborough-sized authority (DOMAIN.md, "Sizing"). */
class SizingTest {

    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");

    private static Figures figuresOf(Plan plan) {
        Tally tally = new Tally();
        plan.due().forEach(tally::record);
        return tally.figures();
    }

    private static City defaultCity(long seed) {
        return City.generate(new CitySettings(seed, 400, 365, END));
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 2, 3, 6, 7, 2026})
    void aYearHasAPeterboroughSizedNumberOfEpisodesHeavilySkewedToRepeatMissing(long seed) {
        Figures figures = figuresOf(defaultCity(seed).plan(null));

        assertThat(figures.episodes()).isBetween(600, 1_400);
        assertThat(figures.topTenPercentShare()).isGreaterThanOrEqualTo(0.40);
        assertThat(figures.lookedAfterShare()).isBetween(0.15, 0.22);
        assertThat(figures.highRiskShare()).isBetween(0.05, 0.18);
        assertThat(figures.returnedWithinTwoDaysShare()).isBetween(0.85, 0.97);
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void lookedAfterChildrenGoMissingMoreAndAreSometimesAwayFromPlacement(long seed) {
        List<EpisodeStory> history = defaultCity(seed).history();
        List<EpisodeStory> fromCare = history.stream().filter(story -> story.child().lookedAfter()).toList();
        long lookedAfterChildren = fromCare.stream().map(EpisodeStory::child).distinct().count();
        long away = fromCare.stream()
                .filter(story -> story.report().category() == Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION)
                .count();

        assertThat((double) fromCare.size() / lookedAfterChildren).isBetween(4.5, 9.0);
        assertThat((double) away / fromCare.size()).isBetween(0.28, 0.42);
        assertThat(history).filteredOn(story -> !story.child().lookedAfter())
                .allSatisfy(story -> assertThat(story.report().category()).isEqualTo(Category.MISSING));
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void theContextNeverConfusesHomeAndCare(long seed) {
        for (EpisodeStory story : defaultCity(seed).history()) {
            EpisodeReport report = story.report();
            if (report.lookedAfter()) {
                assertThat(report.context().type()).isEqualTo(ContextType.MISSING_FROM_CARE);
                assertThat(report.context().placementType()).isNotNull();
                assertThat(report.context().outOfArea())
                        .isEqualTo(!report.context().placingAuthority().equals("Peterborough"));
            } else {
                assertThat(report.context()).isEqualTo(Context.fromHome());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void someChildrenAreOnAChildProtectionPlanAndSomeEpisodesAreRegraded(long seed) {
        City city = defaultCity(seed);
        long onPlan = city.children().stream().filter(Child::childProtectionPlan).count();
        long regraded = city.history().stream().filter(story -> story.regrade() != null).count();

        assertThat((double) onPlan / city.children().size()).isBetween(0.05, 0.11);
        assertThat((double) regraded / city.history().size()).isBetween(0.1, 0.35);
        assertThat(city.history()).filteredOn(story -> story.regrade() != null).allSatisfy(story ->
                assertThat(story.regrade().riskGrade()).isNotEqualTo(story.report().riskGrade()));
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void hotspotsAndRecurringAdultsLinkChildren(long seed) {
        List<EpisodeStory> returned = defaultCity(seed).history().stream()
                .filter(story -> story.returned() != null)
                .toList();
        Map<String, Set<String>> childrenByPhone = new HashMap<>();
        Map<String, Integer> returnsByPlace = new HashMap<>();
        for (EpisodeStory story : returned) {
            returnsByPlace.merge(story.returned().location().placeName(), 1, Integer::sum);
            for (Associate associate : story.returned().associates()) {
                if (associate.phone() != null) {
                    childrenByPhone.computeIfAbsent(associate.phone(), phone -> new HashSet<>())
                            .add(story.child().key());
                }
            }
        }

        assertThat(childrenByPhone.values()).filteredOn(children -> children.size() >= 3).hasSizeGreaterThan(2);
        assertThat(returnsByPlace.get("Queensgate shopping centre"))
                .isGreaterThan(3 * returnsByPlace.getOrDefault("Itter Park", 0));
    }
}
