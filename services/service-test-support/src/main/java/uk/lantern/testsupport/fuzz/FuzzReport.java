package uk.lantern.testsupport.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a fuzz run did: its cases, counted by outcome, and every failure with what reproduces it. Outcomes are
 * free-form counters ("2xx", "4xx", "dead-lettered", ...); failures are the cases that must not happen (a 5xx, an
 * answer that names a Java class, a consumer that crashed).
 */
public final class FuzzReport {

    public record Failure(long caseIndex, String what, String reproduce) {
    }

    private static final int KEPT_FAILURES = 50;
    private final String target;
    private final long seed;
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final Map<String, Long> statuses = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<String> samples = new ArrayList<>();
    private long failureCount;
    private long cases;
    private long startedNanos = System.nanoTime();
    private long elapsedMillis;

    public FuzzReport(String target, long seed) {
        this.target = target;
        this.seed = seed;
    }

    public synchronized void count(String outcome) {
        outcomes.merge(outcome, 1L, Long::sum);
    }

    public synchronized void status(int status) {
        statuses.merge(String.valueOf(status), 1L, Long::sum);
        count(status / 100 + "xx");
    }

    public synchronized void caseDone() {
        cases++;
    }

    public synchronized void fail(long caseIndex, String what, String reproduce) {
        failureCount++;
        count("failures");
        if (failures.size() < KEPT_FAILURES) {
            failures.add(new Failure(caseIndex, what, reproduce));
        }
    }

    /** Notes a case worth a look that is not a failure (the first 20 are kept and printed). */
    public synchronized void sample(String what) {
        if (samples.size() < 20) {
            samples.add(what);
        }
    }

    public synchronized FuzzReport finish() {
        elapsedMillis = (System.nanoTime() - startedNanos) / 1_000_000;
        return this;
    }

    public String target() {
        return target;
    }

    public long seed() {
        return seed;
    }

    public synchronized long cases() {
        return cases;
    }

    public synchronized long failureCount() {
        return failureCount;
    }

    public synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    public synchronized long outcome(String name) {
        return outcomes.getOrDefault(name, 0L);
    }

    public synchronized Map<String, Object> toMap() {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("target", target);
        map.put("seed", seed);
        map.put("cases", cases);
        map.put("elapsedMillis", elapsedMillis);
        map.put("outcomes", new TreeMap<>(outcomes));
        if (!statuses.isEmpty()) {
            map.put("statuses", new TreeMap<>(statuses));
        }
        map.put("failures", failureCount);
        map.put("failureCases", List.copyOf(failures));
        if (!samples.isEmpty()) {
            map.put("samples", List.copyOf(samples));
        }
        return map;
    }

    /** One line for the build log: the target, seed, cases and counts. */
    public synchronized String summary() {
        return "FUZZ " + target + " seed=" + seed + " cases=" + cases + " failures=" + failureCount + " "
                + outcomes + (statuses.isEmpty() ? "" : " statuses=" + statuses) + " in " + elapsedMillis + " ms";
    }

    /**
     * Prints the summary and every failure kept, and writes the report as JSON into the directory named by the system
     * property {@code lantern.fuzz.results-dir}, if set.
     */
    public FuzzReport print() {
        System.out.println(summary());
        List<String> noted;
        synchronized (this) {
            noted = List.copyOf(samples);
        }
        noted.forEach(n -> System.out.println("FUZZ NOTE " + n));
        failures().forEach(f -> System.out.println("FUZZ FAILURE case " + f.caseIndex() + ": " + f.what()
                + "\n  reproduce: " + f.reproduce()));
        String dir = System.getProperty("lantern.fuzz.results-dir");
        if (dir != null && !dir.isBlank()) {
            try {
                Path out = Path.of(dir);
                Files.createDirectories(out);
                Files.writeString(out.resolve(target.replaceAll("[^A-Za-z0-9._-]", "_") + ".json"),
                        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                                .writeValueAsString(toMap()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** The run's size and seed: system properties {@code lantern.fuzz.cases} and {@code lantern.fuzz.seed}. */
    public static int casesOr(int defaultCases) {
        return Integer.getInteger("lantern.fuzz.cases", defaultCases);
    }

    public static long seedOr(long defaultSeed) {
        return Long.getLong("lantern.fuzz.seed", defaultSeed);
    }

    /** The one case to run alone, to reproduce it (system property {@code lantern.fuzz.only}), or -1 for all. */
    public static long only() {
        return Long.getLong("lantern.fuzz.only", -1L);
    }

    /** Each case's own random numbers: case {@code i} of a seed is the same alone as within its run. */
    public static java.util.Random randomFor(long seed, long caseIndex) {
        return new java.util.Random(seed * 0x9E3779B97F4A7C15L + caseIndex * 0xBF58476D1CE4E5B9L + 17);
    }
}
