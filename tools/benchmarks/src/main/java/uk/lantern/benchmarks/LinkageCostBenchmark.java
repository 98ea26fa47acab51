package uk.lantern.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import uk.lantern.correlation.identity.BlockingKeys;
import uk.lantern.correlation.identity.IdentityResolver;
import uk.lantern.correlation.identity.InMemoryIdentityIndex;
import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.identity.Resolution;
import uk.lantern.benchmarks.Probes.Kind;
import uk.lantern.benchmarks.Probes.Probe;

/**
 * Linkage cost per record with N known identities (issue 4, item 8; target p99 ≤ 5 ms). Loads a synthetic
 * population into an {@link IdentityResolver} over an {@link InMemoryIdentityIndex}, then times {@code resolve} for a
 * mix of probe records, against baselines measured in the same run: a plain {@code HashMap<String, String>} lookup
 * by strong identifier over the same identities, and the resolver's own strong-identifier-only path. Prints one JSON
 * object on standard output; progress goes to standard error.
 *
 * <p>Options: {@code --identities N} (1,000,000), {@code --probes M} (20,000), {@code --warmup W} (5,000),
 * {@code --seed S} (42), {@code --load resolve|index} (resolve), {@code --max-block-size B} (the default
 * settings' cap; to see how the cost depends on it).
 */
public final class LinkageCostBenchmark {
    static final double TARGET_P99_MS = 5.0;

    private int identities = 1_000_000;
    private int probes = 20_000;
    private int warmup = 5_000;
    private long seed = 42;
    private String load = "resolve";
    private Integer maxBlockSize;

    public static void main(String[] args) {
        LinkageCostBenchmark b = new LinkageCostBenchmark();
        for (int i = 0; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--identities" -> { b.identities = Integer.parseInt(v.replace("_", "")); i++; }
                case "--probes" -> { b.probes = Integer.parseInt(v.replace("_", "")); i++; }
                case "--warmup" -> { b.warmup = Integer.parseInt(v.replace("_", "")); i++; }
                case "--seed" -> { b.seed = Long.parseLong(v); i++; }
                case "--max-block-size" -> { b.maxBlockSize = Integer.parseInt(v.replace("_", "")); i++; }
                case "--load" -> {
                    b.load = v;
                    i++;
                    if (!v.equals("resolve") && !v.equals("index")) {
                        throw new IllegalArgumentException("--load resolve|index");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--identities N --probes M --warmup W --seed S --load resolve|index --max-block-size B)");
            }
        }
        System.out.println(Json.write(b.run()));
    }

    Map<String, Object> run() {
        double loadAverageAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long t0 = System.nanoTime();
        List<PersonRecord> population = Population.generate(seed, identities);
        log("generated %,d identities in %.1f s", population.size(), secondsSince(t0));

        MatchSettings d = MatchSettings.defaults();
        MatchSettings settings = maxBlockSize == null ? d : new MatchSettings(d.linkThreshold(), d.reviewThreshold(),
                d.givenName(), d.familyName(), d.dateOfBirth(), d.sex(), d.postcode(), d.address(), d.strongId(),
                d.swapPenalty(), d.strongIdTypoTolerant(), d.householdGuard(), maxBlockSize);
        InMemoryIdentityIndex index = new InMemoryIdentityIndex();
        int[] childSerial = {0};
        IdentityResolver resolver = new IdentityResolver(index, settings, () -> "child-" + childSerial[0]++);

        // ---- load ----
        Map<String, Integer> loadDecisions = new TreeMap<>();
        long loadStart = System.nanoTime();
        long lastLog = loadStart;
        for (int i = 0; i < population.size(); i++) {
            PersonRecord r = population.get(i);
            if (load.equals("resolve")) {
                loadDecisions.merge(resolver.resolve(r).decision().name(), 1, Integer::sum);
            } else {
                // What resolve stores for a record that links to nobody: the record, its blocking keys, a new child.
                index.putRecord(r);
                for (String key : BlockingKeys.of(r)) {
                    index.addToBlock(key, r.recordId());
                }
                index.assign(r.recordId(), "child-" + childSerial[0]++);
            }
            if (System.nanoTime() - lastLog > 30_000_000_000L) {
                lastLog = System.nanoTime();
                log("loaded %,d in %.0f s (%,.0f records/s)", i + 1, secondsSince(loadStart),
                        (i + 1) / secondsSince(loadStart));
            }
        }
        double loadSeconds = secondsSince(loadStart);
        log("loaded %,d identities via %s in %.1f s", population.size(), load, loadSeconds);
        long heapAfterLoad = heapUsedAfterGc();
        log("heap used after load: %,d MB", heapAfterLoad >> 20);

        // ---- baseline structure: strong identifier -> record id, same identities ----
        Map<String, String> byStrongId = new HashMap<>();
        List<String> strongKeys = new ArrayList<>();
        for (PersonRecord r : population) {
            r.strongIds().forEach((scheme, value) -> {
                String key = scheme + ":" + value;
                byStrongId.put(key, r.recordId());
                strongKeys.add(key);
            });
        }

        // ---- warm-up (JIT), on records that are not measured ----
        long warmStart = System.nanoTime();
        hashMapLookups(byStrongId, strongKeys, Math.max(warmup * 20, 100_000), seed + 1);
        for (Probe p : Probes.strongIdOnly(seed + 2, population, Math.max(warmup / 5, 1), "warm-")) {
            resolver.resolve(p.record());
        }
        for (Probe p : Probes.mixed(seed + 3, population, warmup, "warm-", 45_000_000)) {
            resolver.resolve(p.record());
        }
        log("warmed up in %.1f s", secondsSince(warmStart));

        // ---- measure ----
        long[] gcBefore = gc();
        long[] hashBefore = hashMapLookups(byStrongId, strongKeys, probes, seed + 4);
        List<Probe> strongOnly = Probes.strongIdOnly(seed + 5, population, Math.max(probes / 4, 1), "probe-");
        long[] strongOnlyTimes = new long[strongOnly.size()];
        for (int i = 0; i < strongOnly.size(); i++) {
            long s = System.nanoTime();
            resolver.resolve(strongOnly.get(i).record());
            strongOnlyTimes[i] = System.nanoTime() - s;
        }
        List<Probe> mixed = Probes.mixed(seed + 6, population, probes, "probe-", 46_000_000);
        long[] times = new long[mixed.size()];
        long[] candidates = new long[mixed.size()];
        int overCap = 0;
        Map<Kind, List<Integer>> byKind = new EnumMap<>(Kind.class);
        Map<Kind, Map<String, Integer>> decisions = new EnumMap<>(Kind.class);
        long measureStart = System.nanoTime();
        for (int i = 0; i < mixed.size(); i++) {
            Probe p = mixed.get(i);
            long s = System.nanoTime();
            Resolution res = resolver.resolve(p.record());
            times[i] = System.nanoTime() - s;
            // Outside the timed region: the candidates resolve compared (same blocking keys and cap).
            int[] skipped = {0};
            candidates[i] = candidates(index, p.record(), settings.maxBlockSize(), skipped);
            overCap += skipped[0] > 0 ? 1 : 0;
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(i);
            decisions.computeIfAbsent(p.kind(), k -> new TreeMap<>()).merge(res.decision().name(), 1, Integer::sum);
        }
        double measureSeconds = secondsSince(measureStart);
        long[] hashAfter = hashMapLookups(byStrongId, strongKeys, probes, seed + 7);
        long[] gcAfter = gc();
        long heapAfter = heapUsedAfterGc();
        java.lang.ref.Reference.reachabilityFence(index); // the heap figure above must include the index
        java.lang.ref.Reference.reachabilityFence(byStrongId);
        log("measured %,d probes in %.1f s", mixed.size(), measureSeconds);

        // ---- report ----
        Percentiles all = new Percentiles(times);
        Percentiles hash = new Percentiles(hashBefore);
        Percentiles resolverStrong = new Percentiles(strongOnlyTimes);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", "linkage-cost-per-record");
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("identities", population.size());
        inputs.put("probes", mixed.size());
        inputs.put("strong_id_only_probes", strongOnly.size());
        inputs.put("warmup_probes", warmup);
        inputs.put("seed", seed);
        inputs.put("load_path", load.equals("resolve") ? "IdentityResolver.resolve, one record at a time"
                : "IdentityIndex directly (putRecord, BlockingKeys, assign): what resolve stores for a NEW record");
        Map<String, Object> mix = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            if (k.share > 0) {
                mix.put(k.name(), k.share);
            }
        }
        inputs.put("probe_mix", mix);
        inputs.put("population", Population.description());
        inputs.put("match_settings", (maxBlockSize == null ? "MatchSettings.defaults()"
                : "MatchSettings.defaults() except max_block_size")
                + " (max_block_size " + settings.maxBlockSize() + ")");
        out.put("inputs", inputs);
        out.put("jvm", jvm());
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("load_average_1m_at_start", round(loadAverageAtStart, 2));
        machine.put("load_average_1m_at_end",
                round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
        machine.put("note", "shared machine: other builds and tests run alongside; load above the processor count "
                + "means this run did not have the cores to itself");
        out.put("machine", machine);

        Map<String, Object> loadOut = new LinkedHashMap<>();
        loadOut.put("path", load);
        loadOut.put("seconds", round(loadSeconds, 1));
        loadOut.put("records_per_second", Math.round(population.size() / loadSeconds));
        if (!loadDecisions.isEmpty()) {
            loadOut.put("decisions", loadDecisions);
        }
        loadOut.put("heap_used_mb_after_load", heapAfterLoad >> 20);
        out.put("load", loadOut);

        Map<String, Object> timing = stats(all);
        timing.put("candidates_compared", candidateStats(candidates));
        timing.put("probes_with_a_block_over_cap", overCap);
        timing.put("seconds", round(measureSeconds, 1));
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (var e : byKind.entrySet()) {
            long[] t = e.getValue().stream().mapToLong(i -> times[i]).toArray();
            long[] c = e.getValue().stream().mapToLong(i -> candidates[i]).toArray();
            Map<String, Object> k = stats(new Percentiles(t));
            k.put("candidates_mean", round(new Percentiles(c).mean(), 1));
            k.put("candidates_max", new Percentiles(c).max());
            k.put("decisions", decisions.get(e.getKey()));
            kinds.put(e.getKey().name(), k);
        }
        timing.put("by_kind", kinds);
        out.put("resolve", timing);

        Map<String, Object> baselines = new LinkedHashMap<>();
        Map<String, Object> hashOut = stats(hash);
        hashOut.put("what", "HashMap<String,String>.get by strong identifier over the same identities ("
                + byStrongId.size() + " keys), timed one call at a time like resolve");
        hashOut.put("again_after_resolve_p99_us", round(new Percentiles(hashAfter).percentile(99) / 1e3, 3));
        baselines.put("hashmap_strong_id", hashOut);
        Map<String, Object> strongOut = stats(resolverStrong);
        strongOut.put("what", "IdentityResolver.resolve of records carrying only one strong identifier of a known "
                + "child");
        baselines.put("resolver_strong_id_only", strongOut);
        out.put("baselines", baselines);

        Map<String, Object> gcOut = new LinkedHashMap<>();
        gcOut.put("collections", gcAfter[0] - gcBefore[0]);
        gcOut.put("ms", gcAfter[1] - gcBefore[1]);
        out.put("gc_during_measurement", gcOut);
        out.put("heap_used_mb_after_measurement", heapAfter >> 20);

        out.put("p99_ratio_vs_baseline", round((double) all.percentile(99) / hash.percentile(99), 1));
        out.put("mean_ratio_vs_baseline", round(all.mean() / hash.mean(), 1));
        out.put("p99_ratio_vs_resolver_strong_id_only",
                round((double) all.percentile(99) / resolverStrong.percentile(99), 2));
        out.put("target", Map.of("p99_ms_max", TARGET_P99_MS));
        double p99Ms = all.percentile(99) / 1e6;
        out.put("p99_ms", round(p99Ms, 3));
        out.put("meets_target", p99Ms <= TARGET_P99_MS);
        return out;
    }

    /** The distinct records {@code resolve} compared: those sharing a key whose block was within the cap. */
    static int candidates(InMemoryIdentityIndex index, PersonRecord r, int maxBlockSize, int[] skipped) {
        Set<String> seen = new HashSet<>();
        for (String key : BlockingKeys.of(r)) {
            Set<String> block = index.block(key);
            // resolve looked at the block before the record itself was added to it
            int before = block.size() - (block.contains(r.recordId()) ? 1 : 0);
            if (before <= maxBlockSize) {
                seen.addAll(block);
            } else {
                skipped[0]++;
            }
        }
        seen.remove(r.recordId());
        return seen.size();
    }

    private static long[] hashMapLookups(Map<String, String> map, List<String> keys, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] lookups = new String[n];
        for (int i = 0; i < n; i++) {
            lookups[i] = new String(keys.get(random.nextInt(keys.size()))); // fresh string: hash not yet cached
        }
        long[] times = new long[n];
        int sink = 0;
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            String v = map.get(lookups[i]);
            times[i] = System.nanoTime() - s;
            sink += v.length();
        }
        if (sink == 42) {
            System.err.print("");
        }
        return times;
    }

    private static Map<String, Object> stats(Percentiles p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", p.count());
        m.put("mean_us", round(p.mean() / 1e3, 3));
        m.put("p50_us", round(p.percentile(50) / 1e3, 3));
        m.put("p99_us", round(p.percentile(99) / 1e3, 3));
        m.put("p99_9_us", round(p.percentile(99.9) / 1e3, 3));
        m.put("max_us", round(p.max() / 1e3, 3));
        return m;
    }

    private static Map<String, Object> candidateStats(long[] c) {
        Percentiles p = new Percentiles(c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", round(p.mean(), 1));
        m.put("p50", p.percentile(50));
        m.put("p99", p.percentile(99));
        m.put("max", p.max());
        return m;
    }

    private static Map<String, Object> jvm() {
        Runtime rt = Runtime.getRuntime();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", System.getProperty("java.vm.version"));
        m.put("vendor", System.getProperty("java.vm.vendor"));
        m.put("vm", System.getProperty("java.vm.name"));
        m.put("max_heap_mb", rt.maxMemory() >> 20);
        m.put("available_processors", rt.availableProcessors());
        m.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .toList());
        m.put("arguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return m;
    }

    private static long[] gc() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(b.getCollectionCount(), 0);
            ms += Math.max(b.getCollectionTime(), 0);
        }
        return new long[] {count, ms};
    }

    private static long heapUsedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.err.printf("[linkage-cost] " + format + "%n", args);
    }
}
