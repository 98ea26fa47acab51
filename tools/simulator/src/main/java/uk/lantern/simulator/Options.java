package uk.lantern.simulator;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.lantern.simulator.city.Source;

/**
 * The simulator's command line.
 *
 * @param maxEpisodes null for no cap
 * @param historyEnd null for the start of today
 */
record Options(URI baseUrl, URI returnInterviewsUrl, URI cmeUrl, URI cseUrl, URI issuer, Set<Source> sources, long seed,
               int children, int historyDays, Instant historyEnd, double liveRate, double liveSpeed,
               Integer maxEpisodes, boolean dryRun, boolean help) {

    static final String USAGE = """
            Usage: java -jar tools/simulator/target/simulator-exec.jar [options]
              --base-url URL      missing-episode service (default http://localhost:8081)
              --return-interviews-url URL  return-interview service (default http://localhost:8082)
              --cme-url URL       CME register service (default http://localhost:8083)
              --cse-url URL       exploitation-risk (CSE) service (default http://localhost:8084)
              --issuer URL        OpenID provider the demo people sign in at (default http://localhost:9000;
                                  password from LANTERN_DEMO_PASSWORD, or lantern-demo)
              --sources LIST      which sources to feed, comma-separated (default episodes,interviews,cme,cse);
                                  interviews need their episodes fed in the same run
              --seed N            decides the city and all its stories (default 42)
              --children N        children who go missing (default 400: about a year of a Peterborough-sized authority)
              --history-days N    place the history in the last N days (default 365)
              --history-end TIME  end of the history, an ISO-8601 instant (default: start of today, Europe/London)
              --live-rate R       after the history, about R new episodes a minute until killed (default 0: stop)
              --live-speed F      live episodes return and close F times sooner than in life (default 1)
              --max-episodes N    stop after N episodes in all (default: no cap)
              --dry-run           print the requests as JSON lines instead of sending them
              --help              show this
            Ends with a one-line JSON summary on standard output.""";

    private static final Set<String> WITH_VALUE = Set.of("--base-url", "--return-interviews-url", "--cme-url",
            "--cse-url", "--issuer", "--sources", "--seed", "--children", "--history-days",
            "--history-end", "--live-rate", "--live-speed", "--max-episodes");

    static Options parse(String... args) {
        Map<String, String> values = new HashMap<>();
        boolean dryRun = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            String name = equals < 0 ? args[i] : args[i].substring(0, equals);
            if (name.equals("--dry-run")) {
                dryRun = true;
            } else if (name.equals("--help") || name.equals("-h")) {
                help = true;
            } else if (!WITH_VALUE.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            } else if (equals >= 0) {
                values.put(name, args[i].substring(equals + 1));
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        return new Options(
                value(values, "--base-url", URI::create, URI.create("http://localhost:8081")),
                value(values, "--return-interviews-url", URI::create, URI.create("http://localhost:8082")),
                value(values, "--cme-url", URI::create, URI.create("http://localhost:8083")),
                value(values, "--cse-url", URI::create, URI.create("http://localhost:8084")),
                value(values, "--issuer", URI::create, URI.create("http://localhost:9000")),
                value(values, "--sources", Options::sources, Collections.unmodifiableSet(EnumSet.allOf(Source.class))),
                value(values, "--seed", Long::parseLong, 42L),
                atLeast(1, value(values, "--children", Integer::parseInt, 400), "--children"),
                atLeast(1, value(values, "--history-days", Integer::parseInt, 365), "--history-days"),
                value(values, "--history-end", Instant::parse, null),
                atLeast(0.0, value(values, "--live-rate", Double::parseDouble, 0.0), "--live-rate"),
                atLeast(1.0, value(values, "--live-speed", Double::parseDouble, 1.0), "--live-speed"),
                maxEpisodes(value(values, "--max-episodes", Integer::parseInt, null)),
                dryRun,
                help);
    }

    private static <T> T value(Map<String, String> values, String name, Function<String, T> parse, T otherwise) {
        String value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad value for " + name + ": " + value, e);
        }
    }

    private static Set<Source> sources(String list) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                sources.add(Source.ofOptionName(name));
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source named");
        }
        return Collections.unmodifiableSet(sources);
    }

    private static Integer maxEpisodes(Integer value) {
        return value == null ? null : atLeast(0, value, "--max-episodes");
    }

    private static <T extends Comparable<T>> T atLeast(T least, T value, String name) {
        if (value.compareTo(least) < 0) {
            throw new IllegalArgumentException(name + " must be at least " + least);
        }
        return value;
    }
}
