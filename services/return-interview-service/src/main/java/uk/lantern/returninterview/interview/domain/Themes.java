package uk.lantern.returninterview.interview.domain;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What completed interviews say across the city, per month of interview and per context: how often each push and
 * pull factor, place and exploitation indicator came up. Counts are sorted most frequent first, then by name, so the
 * same interviews always give the same answer.
 */
public final class Themes {

    public record Row(YearMonth month, Context context, long interviews, Map<String, Long> pushFactors,
                      Map<String, Long> pullFactors, Map<String, Long> places, Map<String, Long> exploitationIndicators) {
    }

    public static List<Row> of(List<InterviewCase> cases) {
        Map<String, List<InterviewCase>> groups = new TreeMap<>(cases.stream().filter(c -> c.interview() != null)
                .collect(Collectors.groupingBy(c -> YearMonth.from(c.interview().completedOn()) + "|" + c.context())));
        return groups.values().stream().map(group -> {
            InterviewCase first = group.get(0);
            List<Interview> interviews = group.stream().map(InterviewCase::interview).toList();
            return new Row(YearMonth.from(first.interview().completedOn()), first.context(), interviews.size(),
                    count(interviews, i -> i.pushFactors().stream().map(Enum::name).toList()),
                    count(interviews, i -> i.pullFactors().stream().map(Enum::name).toList()),
                    count(interviews, Themes::place),
                    count(interviews, Interview::exploitationIndicators));
        }).sorted(Comparator.comparing(Row::month).thenComparing(Row::context)).toList();
    }

    private static List<String> place(Interview interview) {
        Interview.Place place = interview.whereabouts();
        if (place == null) {
            return List.of();
        }
        String name = place.placeName() != null ? place.placeName().trim() : place.postcode();
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return List.of(place.placeName() != null && place.postcode() != null
                ? name + " (" + place.postcode().trim().toUpperCase() + ")" : name);
    }

    private static Map<String, Long> count(List<Interview> interviews, Function<Interview, List<String>> values) {
        Map<String, Long> counts = interviews.stream().flatMap(i -> values.apply(i).stream().distinct())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private Themes() {
    }
}
