package uk.lantern.simulator.city;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generated authority: its children and the stories of their missing episodes over the history,
 * all decided by the seed. Pure: no clock, no I/O.
 */
public final class City {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** Of the children who go missing, the share who are looked after. */
    public static final double LOOKED_AFTER = 0.18;

    /** Children are last seen far more often in the afternoon and evening than at night. */
    private static final Weights<Integer> LAST_SEEN_HOUR = hourWeights(
            3, 2, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4, 4, 5, 7, 8, 8, 9, 9, 9, 8, 6, 4);
    private static final Duration GAP_BETWEEN_EPISODES = Duration.ofHours(16);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final CitySettings settings;
    private final List<Child> children;
    private final List<EpisodeStory> history;
    private final StoryWriter writer;
    private final Pick livePick;

    private City(CitySettings settings, List<Child> children, List<EpisodeStory> history, StoryWriter writer,
                 Pick livePick) {
        this.settings = settings;
        this.children = children;
        this.history = history;
        this.writer = writer;
        this.livePick = livePick;
    }

    public static City generate(CitySettings settings) {
        Pick root = new Pick(new SplittableRandom(settings.seed()));
        int referenceOffset = root.between(0, 9_999);
        StoryWriter writer = new StoryWriter(Cast.of(root.split()));
        ChildFactory factory = new ChildFactory(settings.historyEnd().atZone(ZONE).toLocalDate(), settings.seed());
        Set<Integer> lookedAfter = root.choose((int) Math.round(settings.children() * LOOKED_AFTER),
                settings.children());
        List<Child> children = new ArrayList<>();
        List<EpisodeStory> stories = new ArrayList<>();
        for (int number = 1; number <= settings.children(); number++) {
            Pick pick = root.split();
            Child child = factory.create(number, lookedAfter.contains(number), pick);
            children.add(child);
            stories.addAll(storiesOf(child, settings, writer, pick));
        }
        return new City(settings, List.copyOf(children), withPoliceReferences(stories, referenceOffset), writer,
                root.split());
    }

    public CitySettings settings() {
        return settings;
    }

    public List<Child> children() {
        return children;
    }

    /** Every episode reported within the history, in report order. */
    public List<EpisodeStory> history() {
        return history;
    }

    public Plan plan(Integer maxEpisodes) {
        return Plan.of(history, settings.historyEnd(), maxEpisodes);
    }

    /**
     * What the return-interview, CME register and exploitation-risk services receive for the
     * episodes of {@code plan}: the correlated stories, decided by the seed alone.
     */
    public SourcePlan sources(Plan plan) {
        return Correlations.plan(this, plan);
    }

    Cast cast() {
        return writer.cast();
    }

    /** New episodes for a live run starting at {@code runStart}. */
    public LiveStories live(Instant runStart) {
        return new LiveStories("s" + settings.seed() + "-live-" + runStart.getEpochSecond(), children, writer,
                livePick);
    }

    private static List<EpisodeStory> storiesOf(Child child, CitySettings settings, StoryWriter writer, Pick pick) {
        List<Instant> lastSeen = lastSeenTimes(child, settings, pick);
        List<EpisodeStory> stories = new ArrayList<>();
        for (int i = 0; i < lastSeen.size(); i++) {
            Instant returnBy = i + 1 < lastSeen.size() ? lastSeen.get(i + 1).minus(Duration.ofHours(1)) : null;
            String key = String.format("s%d-%s-e%02d", settings.seed(), child.key(), i + 1);
            EpisodeStory story = writer.write(key, child, lastSeen.get(i), returnBy, pick);
            if (!story.reportedAt().isAfter(settings.historyEnd())) {
                stories.add(story);
            }
        }
        return stories;
    }

    /** The child's yearly rate scaled to the history, spread over its days, never overlapping. */
    private static List<Instant> lastSeenTimes(Child child, CitySettings settings, Pick pick) {
        double expected = child.missingEpisodesPerYear() * settings.historyDays() / 365.0;
        int count = (int) expected + (pick.chance(expected - (int) expected) ? 1 : 0);
        LocalDate firstDay = settings.historyEnd().atZone(ZONE).toLocalDate().minusDays(settings.historyDays());
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = firstDay.plusDays(pick.between(0, settings.historyDays() - 1));
            LocalTime time = LocalTime.of(LAST_SEEN_HOUR.draw(pick), pick.between(0, 59));
            times.add(day.atTime(time).atZone(ZONE).toInstant());
        }
        times.sort(Comparator.naturalOrder());
        List<Instant> spaced = new ArrayList<>();
        for (Instant time : times) {
            Instant earliest = spaced.isEmpty() ? time : spaced.get(spaced.size() - 1).plus(GAP_BETWEEN_EPISODES);
            Instant at = time.isBefore(earliest) ? earliest : time;
            if (at.isBefore(settings.historyEnd())) {
                spaced.add(at);
            }
        }
        return spaced;
    }

    private static Weights<Integer> hourWeights(int... weightByHour) {
        Weights<Integer> hours = new Weights<>();
        for (int hour = 0; hour < weightByHour.length; hour++) {
            hours.and(hour, weightByHour[hour]);
        }
        return hours;
    }

    /** Police references number each day's reports in order: {@code CC-20261120-0042}. */
    private static List<EpisodeStory> withPoliceReferences(List<EpisodeStory> stories, int offset) {
        List<EpisodeStory> inOrder = new ArrayList<>(stories);
        inOrder.sort(Comparator.comparing(EpisodeStory::reportedAt).thenComparing(EpisodeStory::key));
        Map<LocalDate, Integer> reportsByDay = new HashMap<>();
        List<EpisodeStory> referenced = new ArrayList<>();
        for (EpisodeStory story : inOrder) {
            LocalDate day = story.reportedAt().atZone(ZONE).toLocalDate();
            int number = reportsByDay.merge(day, 1, Integer::sum);
            referenced.add(story.withPoliceReference(
                    String.format("CC-%s-%04d", DAY.format(day), (offset + number) % 10_000)));
        }
        return List.copyOf(referenced);
    }
}
