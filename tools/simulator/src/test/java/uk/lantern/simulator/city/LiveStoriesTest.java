package uk.lantern.simulator.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveStoriesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    private final City city = City.generate(new CitySettings(42, 50, 30, Instant.parse("2026-11-22T00:00:00Z")));

    @Test
    void aLiveEpisodeIsReportedNowForAChildWhoIsNotMissing() {
        LiveStories live = city.live(NOW);
        Child missing = city.children().get(0);

        for (int i = 0; i < 20; i++) {
            EpisodeStory story = live.next(NOW, child -> !child.equals(missing));
            assertThat(story.reportedAt()).isEqualTo(NOW);
            assertThat(story.child()).isNotEqualTo(missing);
            assertThat(story.key()).startsWith("s42-live-" + NOW.getEpochSecond());
            assertThat(story.report().lastSeen().at()).isBeforeOrEqualTo(story.reportedAt());
        }
    }

    @Test
    void noLiveEpisodeWhenEveryChildIsMissing() {
        assertThat(city.live(NOW).next(NOW, child -> false)).isNull();
    }

    @Test
    void aHastenedStoryKeepsItsOrderAndEndsSooner() {
        EpisodeStory story = city.history().stream().filter(s -> s.steps().size() == 4).findFirst().orElseThrow();

        EpisodeStory hastened = story.hastened(60);

        List<Instant> times = hastened.steps().stream().map(Step::at).toList();
        assertThat(times).isSorted();
        assertThat(times.get(0)).isEqualTo(story.reportedAt());
        assertThat(Duration.between(hastened.reportedAt(), hastened.closure().closedAt()))
                .isLessThanOrEqualTo(Duration.between(story.reportedAt(), story.closure().closedAt()).dividedBy(59));
    }

    @Test
    void liveGapsAverageTheRate() {
        LiveStories live = city.live(NOW);
        long totalMillis = 0;
        for (int i = 0; i < 2_000; i++) {
            totalMillis += live.nextGap(6).toMillis();
        }
        assertThat(totalMillis / 2_000.0).isBetween(9_000.0, 11_000.0);
    }
}
