package uk.lantern.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import uk.lantern.correlation.identity.IdentityLink;
import uk.lantern.correlation.identity.IdentityResolver;
import uk.lantern.correlation.identity.InMemoryIdentityIndex;
import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.identity.RecordComparator;
import uk.lantern.correlation.identity.Resolution;
import uk.lantern.correlation.identity.ReviewItem;
import uk.lantern.benchmarks.Probes.Kind;
import uk.lantern.benchmarks.Probes.Probe;

/**
 * Linkage cost per record with N known identities (issue 4, item 8; target p99 ≤ 5 ms), and whether the links made are
 * right. Loads a synthetic population into an {@link IdentityResolver} over an {@link InMemoryIdentityIndex}, then
 * times {@code resolve} for a mix of probe records, against baselines measured in the same run: a plain
 * {@code HashMap<String, String>} lookup by strong identifier over the same identities, and the resolver's own
 * strong-identifier-only path. Every link a measured probe makes is checked against the generator's truth and each
 * false one is classified (twins, siblings, namesakes, other). Prints one JSON object on standard output; progress
 * goes to standard error.
 *
 * <p>Options: {@code --identities N} (1,000,000), {@code --probes M} (20,000), {@code --warmup W} (5,000),
 * {@code --seed S} (42), {@code --load resolve|index} (resolve), {@code --max-block-size B} (the default
 * settings' cap; to see how the cost depends on it), {@code --population uk|concentrated} (uk; see
 * {@link Population.Style}), {@code --household-guard OFF|SIBLINGS|TWINS} (the default settings'),
 * {@code --false-link-samples K} (10).
 */
public final class LinkageCostBenchmark {
    static final double TARGET_P99_MS = 5.0;

    private int identities = 1_000_000;
    private int probes = 20_000;
    private int warmup = 5_000;
    private long seed = 42;
    private String load = "resolve";
    private Integer maxBlockSize;
    private Population.Style style = Population.Style.UK;
    private int falseLinkSamples = 10;
    private MatchSettings.HouseholdGuard guard;

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
                case "--population" -> { b.style = Population.Style.valueOf(v.toUpperCase()); i++; }
                case "--false-link-samples" -> { b.falseLinkSamples = Integer.parseInt(v); i++; }
                case "--household-guard" -> { b.guard = MatchSettings.HouseholdGuard.valueOf(v.toUpperCase()); i++; }
                case "--load" -> {
                    b.load = v;
                    i++;
                    if (!v.equals("resolve") && !v.equals("index")) {
                        throw new IllegalArgumentException("--load resolve|index");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--identities N --probes M --warmup W --seed S --load resolve|index --max-block-size B"
                        + " --population uk|concentrated --false-link-samples K --household-guard OFF|SIBLINGS|TWINS)");
            }
        }
        System.out.println(Json.write(b.run()));
    }

    Map<String, Object> run() {
        double loadAverageAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long t0 = System.nanoTime();
        List<PersonRecord> population = Population.generate(seed, identities, "known-", 0, style);
        log("generated %,d identities in %.1f s", population.size(), secondsSince(t0));

        MatchSettings d = MatchSettings.defaults();
        MatchSettings settings = new MatchSettings(d.linkThreshold(), d.reviewThreshold(),
                d.givenName(), d.familyName(), d.dateOfBirth(), d.sex(), d.postcode(), d.address(), d.strongId(),
                d.swapPenalty(), d.strongIdTypoTolerant(), guard == null ? d.householdGuard() : guard,
                maxBlockSize == null ? d.maxBlockSize() : maxBlockSize, d.strongIdDifference());
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
        Map<String, String> identity = new HashMap<>(); // record id -> the child it truly is (known: itself)
        for (Probe p : Probes.strongIdOnly(seed + 2, population, Math.max(warmup / 5, 1), "warm-")) {
            identity.put(p.record().recordId(), p.sourceId());
            resolver.resolve(p.record());
        }
        for (Probe p : Probes.mixed(seed + 3, population, warmup, "warm-", 45_000_000, style)) {
            identity.put(p.record().recordId(), p.sourceId() == null ? p.record().recordId() : p.sourceId());
            resolver.resolve(p.record());
        }
        log("warmed up in %.1f s", secondsSince(warmStart));

        // ---- measure ----
        double loadAverageBeforeMeasurement = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RecordComparator comparator = new RecordComparator(settings); // outside the timed region only
        long[] gcBefore = gc();
        long[] hashBefore = hashMapLookups(byStrongId, strongKeys, probes, seed + 4);
        List<Probe> strongOnly = Probes.strongIdOnly(seed + 5, population, Math.max(probes / 4, 1), "probe-");
        long[] strongOnlyTimes = new long[strongOnly.size()];
        for (int i = 0; i < strongOnly.size(); i++) {
            identity.put(strongOnly.get(i).record().recordId(), strongOnly.get(i).sourceId());
            long s = System.nanoTime();
            resolver.resolve(strongOnly.get(i).record());
            strongOnlyTimes[i] = System.nanoTime() - s;
        }
        List<Probe> mixed = Probes.mixed(seed + 6, population, probes, "probe-", 46_000_000, style);
        long[] times = new long[mixed.size()];
        long[] cpuTimes = new long[mixed.size()];
        long[] candidates = new long[mixed.size()];
        long[] compared = new long[mixed.size()];
        int overCap = 0;
        Map<Kind, List<Integer>> byKind = new EnumMap<>(Kind.class);
        Map<Kind, Map<String, Integer>> decisions = new EnumMap<>(Kind.class);
        Accuracy accuracy = new Accuracy(falseLinkSamples);
        long measureStart = System.nanoTime();
        for (int i = 0; i < mixed.size(); i++) {
            Probe p = mixed.get(i);
            String self = p.record().recordId();
            identity.put(self, p.sourceId() == null ? self : p.sourceId());
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            Resolution res = resolver.resolve(p.record());
            times[i] = System.nanoTime() - s;
            cpuTimes[i] = threads.getCurrentThreadCpuTime() - c;
            // Outside the timed region: the candidates resolve met (same blocking keys and cap), how many of them it
            // compared in full, and whether its links are right.
            int[] skipped = {0};
            Set<String> met = candidates(index, p.record(), settings.maxBlockSize(), skipped);
            candidates[i] = met.size();
            compared[i] = met.stream().filter(id -> comparator.upperBound(p.record(), index.record(id).orElseThrow())
                    >= settings.reviewThreshold() - 1e-9).count();
            overCap += skipped[0] > 0 ? 1 : 0;
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(i);
            decisions.computeIfAbsent(p.kind(), k -> new TreeMap<>()).merge(res.decision().name(), 1, Integer::sum);
            accuracy.record(p, res, identity, index, resolver);
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
        inputs.put("population", Population.description(style));
        inputs.put("match_settings", (settings.equals(d) ? "MatchSettings.defaults()"
                : "MatchSettings.defaults() except as given") + " (household_guard " + settings.householdGuard()
                + ", max_block_size " + settings.maxBlockSize() + ")");
        out.put("inputs", inputs);
        out.put("jvm", jvm());
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("load_average_1m_at_start", round(loadAverageAtStart, 2));
        machine.put("load_average_1m_before_measurement", round(loadAverageBeforeMeasurement, 2));
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
        Map<String, Object> cpu = stats(new Percentiles(cpuTimes));
        cpu.put("what", "CPU time of the resolving thread (ThreadMXBean), which a busy machine does not inflate as "
                + "much as the wall-clock figures above");
        timing.put("thread_cpu", cpu);
        timing.put("candidates_met", candidateStats(candidates));
        timing.put("candidates_compared_in_full", candidateStats(compared));
        timing.put("probes_with_a_block_over_cap", overCap);
        timing.put("seconds", round(measureSeconds, 1));
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (var e : byKind.entrySet()) {
            long[] t = e.getValue().stream().mapToLong(i -> times[i]).toArray();
            long[] c = e.getValue().stream().mapToLong(i -> candidates[i]).toArray();
            Map<String, Object> k = stats(new Percentiles(t));
            long[] cf = e.getValue().stream().mapToLong(i -> compared[i]).toArray();
            k.put("candidates_met_mean", round(new Percentiles(c).mean(), 1));
            k.put("candidates_met_max", new Percentiles(c).max());
            k.put("candidates_compared_mean", round(new Percentiles(cf).mean(), 1));
            k.put("decisions", decisions.get(e.getKey()));
            kinds.put(e.getKey().name(), k);
        }
        timing.put("by_kind", kinds);
        out.put("resolve", timing);
        out.put("accuracy", accuracy.report());

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

    /** The distinct records {@code resolve} met: those sharing a key whose block was within the cap. */
    static Set<String> candidates(InMemoryIdentityIndex index, PersonRecord r, int maxBlockSize, int[] skipped) {
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
        return seen;
    }

    /**
     * Whether the links made are right: every record's true child is known (a known identity is its own; a probe is
     * the known child it repeats, or itself when new), so a link between two records of different children is a
     * false link, wherever it was made. Each is classified by what the generator made the two records share.
     */
    static final class Accuracy {
        private final int samples;
        private final Map<Kind, int[]> byKind = new EnumMap<>(Kind.class); // probes, own child found, false-linked
        private final Map<String, Integer> causes = new TreeMap<>();
        private final List<Map<String, Object>> examples = new ArrayList<>();
        private final Map<String, Integer> reviewsByReason = new TreeMap<>();
        private final Map<String, Integer> falseReviewCauses = new TreeMap<>();
        private final Map<String, List<String>> reviewSamples = new TreeMap<>();
        private long links;
        private long falseLinks;
        private long reviewItems;
        private long reviewItemsTrue;
        private long repeats;
        private long repeatsFoundAfterReview;
        private long probes;

        Accuracy(int samples) {
            this.samples = samples;
        }

        void record(Probe p, Resolution res, Map<String, String> identity, InMemoryIdentityIndex index,
                    IdentityResolver resolver) {
            String self = p.record().recordId();
            String truth = identity.getOrDefault(self, self);
            int[] k = byKind.computeIfAbsent(p.kind(), x -> new int[4]);
            k[0]++;
            probes++;
            String ownChild = p.sourceId() == null ? null : index.childOf(p.sourceId()).orElse(null);
            boolean joinedOwn = ownChild != null && res.childId().equals(ownChild);
            if (joinedOwn) {
                k[1]++;
            }
            // Review items: one question per pair of children. A true one asks about the child the probe repeats.
            boolean reviewedWithOwn = false;
            for (ReviewItem item : res.reviews()) {
                reviewItems++;
                String other = identity.getOrDefault(item.recordB(), item.recordB());
                boolean same = other.equals(truth);
                reviewsByReason.merge((same ? "true: " : "false: ") + reasonKind(item.reason()), 1, Integer::sum);
                if (same) {
                    reviewItemsTrue++;
                    reviewedWithOwn = true;
                } else {
                    PersonRecord mine = p.sourceId() == null ? p.record() : index.record(p.sourceId()).orElseThrow();
                    PersonRecord theirs = index.record(other).orElse(index.record(item.recordB()).orElseThrow());
                    String cause = cause(mine, theirs);
                    falseReviewCauses.merge(cause, 1, Integer::sum);
                    String key = reasonKind(item.reason()) + " / " + cause;
                    List<String> kept = reviewSamples.computeIfAbsent(key, x -> new ArrayList<>());
                    if (kept.size() < Math.min(samples, 3)) {
                        kept.add(describe(p.record()) + " ~ " + describe(index.record(item.recordB()).orElseThrow())
                                + " : " + item.comparison().explanation());
                    }
                }
            }
            if (ownChild != null) {
                repeats++;
                if (joinedOwn || reviewedWithOwn) {
                    repeatsFoundAfterReview++;
                    k[3]++;
                }
            }
            boolean wrong = false;
            for (IdentityLink link : res.links()) {
                links++;
                String other = link.other(self);
                if (identity.getOrDefault(other, other).equals(truth)) {
                    continue;
                }
                falseLinks++;
                wrong = true;
                PersonRecord o = index.record(other).orElseThrow();
                // A repeat is classified by the child it repeats: its typos would hide the household.
                PersonRecord mine = p.sourceId() == null ? p.record() : index.record(p.sourceId()).orElseThrow();
                PersonRecord theirs = index.record(identity.getOrDefault(other, other)).orElse(o);
                String cause = cause(mine, theirs);
                causes.merge(cause, 1, Integer::sum);
                if (examples.size() < samples) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("kind", p.kind().name());
                    e.put("cause", cause);
                    e.put("record", describe(p.record()));
                    e.put("linked_to", describe(o));
                    e.put("comparison", resolver.compare(p.record(), o).explanation());
                    examples.add(e);
                }
            }
            if (wrong) {
                k[2]++;
            }
        }

        /** A review item's reason without the scheme names, e.g. "household guard: TWINS". */
        private static String reasonKind(String reason) {
            return reason.startsWith("strong identifier differs") ? "strong identifier differs" : reason;
        }

        /** What the two records of a false link share, in the generator's terms. */
        static String cause(PersonRecord a, PersonRecord b) {
            boolean household = same(a.familyName(), b.familyName()) && same(a.postcode(), b.postcode())
                    && same(a.addressLine(), b.addressLine()) && a.postcode() != null;
            boolean dob = same(a.dateOfBirth(), b.dateOfBirth());
            boolean names = same(a.givenName(), b.givenName()) && same(a.familyName(), b.familyName());
            if (names && dob && agreeOrMissing(a.sex(), b.sex()) && agreeOrMissing(a.postcode(), b.postcode())
                    && agreeOrMissing(a.addressLine(), b.addressLine())) {
                return "identical on every field both records hold";
            }
            if (household) {
                return dob ? "twins (one household, one date of birth)" : "siblings (one household)";
            }
            if (names && dob) {
                return "namesakes: same names and date of birth, living elsewhere";
            }
            return "other";
        }

        private static boolean same(Object a, Object b) {
            return a != null && a.equals(b);
        }

        private static boolean agreeOrMissing(Object a, Object b) {
            return a == null || b == null || a.equals(b);
        }

        private static String describe(PersonRecord r) {
            return String.join(" | ", r.recordId(), r.givenName() + " " + r.familyName(),
                    r.dateOfBirth() == null ? "-" : r.dateOfBirth().digits(), String.valueOf(r.sex()),
                    String.valueOf(r.postcode()), String.valueOf(r.addressLine()),
                    "ids " + r.strongIds().keySet());
        }

        Map<String, Object> report() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("what", "links made by the measured probes, checked against the generator's truth");
            out.put("links_made", links);
            out.put("false_links", falseLinks);
            out.put("precision_of_automatic_links", links == 0 ? 1.0 : round((double) (links - falseLinks) / links, 5));
            out.put("review_items", reviewItems);
            out.put("review_items_true", reviewItemsTrue);
            out.put("review_items_share_of_probes", round((double) reviewItems / Math.max(probes, 1), 4));
            out.put("review_items_by_reason", reviewsByReason);
            out.put("false_review_item_causes", falseReviewCauses);
            out.put("false_review_item_samples", reviewSamples);
            out.put("probes_of_a_known_child", repeats);
            out.put("recall_after_review", round((double) repeatsFoundAfterReview / Math.max(repeats, 1), 5));
            out.put("recall_after_review_what", "probes of a known child that joined it, or were put to review "
                    + "against it (a reviewer confirming every true item), over all probes of a known child");
            Map<String, Object> kinds = new LinkedHashMap<>();
            byKind.forEach((kind, k) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("probes", k[0]);
                if (kind != Kind.NEW_CHILD) {
                    m.put("joined_their_own_child", k[1]);
                    m.put("joined_or_reviewed_with_their_own_child", k[3]);
                }
                m.put("with_a_false_link", k[2]);
                m.put("false_link_rate", round((double) k[2] / k[0], 4));
                kinds.put(kind.name(), m);
            });
            out.put("by_kind", kinds);
            out.put("false_link_causes", causes);
            out.put("false_link_samples", examples);
            return out;
        }
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
