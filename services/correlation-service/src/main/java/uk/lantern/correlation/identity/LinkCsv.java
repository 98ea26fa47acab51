package uk.lantern.correlation.identity;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links FEBRL-format CSV files through the same resolver path the stream uses, one record at a time, and prints the
 * pairs with their scores; when the record ids carry the ground truth ({@code rec-N-org}, {@code rec-N-dup-k}) it
 * prints precision, recall and F1 too (to standard error, so standard output stays a CSV).
 *
 * <pre>
 * LinkCsv [--without-strong-ids] [--summary-only] [--link BITS] [--review BITS]
 *         [--household-guard OFF|SIBLINGS|TWINS] [--strong-id-difference CONFLICT|EVIDENCE] file.csv [other.csv]
 * </pre>
 *
 * One file: deduplicate within it. Two files: link across them (only cross-file pairs are printed and measured).
 */
public final class LinkCsv {
    private static final Pattern TRUTH = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");

    private LinkCsv() {
    }

    public static void main(String[] args) throws Exception {
        Command command;
        try {
            command = Command.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: LinkCsv [--without-strong-ids] [--summary-only] [--link BITS] [--review BITS]"
                    + " [--household-guard OFF|SIBLINGS|TWINS] [--strong-id-difference CONFLICT|EVIDENCE]"
                    + " file.csv [other.csv]");
            System.exit(2);
            return;
        }
        Summary summary = run(command.files(), command.withoutStrongIds(), command.settings(),
                command.summaryOnly() ? null : System.out);
        System.err.println(summary.text());
    }

    /**
     * The command line: the files and how to link them. Without options the settings are
     * {@link MatchSettings#defaults()} (household guard TWINS), the ones the stream uses.
     */
    public record Command(List<Path> files, boolean withoutStrongIds, boolean summaryOnly, MatchSettings settings) {

        public static Command parse(String... args) {
            boolean withoutStrongIds = false;
            boolean summaryOnly = false;
            MatchSettings settings = MatchSettings.defaults();
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--without-strong-ids" -> withoutStrongIds = true;
                    case "--summary-only" -> summaryOnly = true;
                    case "--link" -> settings = settings.withThresholds(Double.parseDouble(value(args, ++i)),
                            settings.reviewThreshold());
                    case "--household-guard" -> settings = settings.withHouseholdGuard(
                            MatchSettings.HouseholdGuard.valueOf(value(args, ++i)));
                    case "--strong-id-difference" -> settings = settings.withStrongIdDifference(
                            MatchSettings.StrongIdDifference.valueOf(value(args, ++i)));
                    case "--review" -> settings = settings.withThresholds(settings.linkThreshold(),
                            Double.parseDouble(value(args, ++i)));
                    default -> files.add(Path.of(args[i]));
                }
            }
            if (files.isEmpty() || files.size() > 2) {
                throw new IllegalArgumentException("one or two files");
            }
            return new Command(List.copyOf(files), withoutStrongIds, summaryOnly, settings);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }

    /** The measured outcome of one run. Precision/recall are null when the ids carry no ground truth. */
    public record Summary(String files, boolean withoutStrongIds, int records, long truePairs, long linkedPairs,
                          long truePositives, Double precision, Double recall, Double f1, long reviewItems,
                          long reviewItemsTrue, Double recallAfterReview, double microsPerRecord,
                          double p99MicrosPerRecord) {

        public String text() {
            return String.format(Locale.ROOT,
                    "files=%s strongIds=%s records=%d truePairs=%d linkedPairs=%d truePositives=%d"
                            + " precision=%s recall=%s f1=%s reviewItems=%d reviewItemsTrue=%d recallAfterReview=%s"
                            + " usPerRecord=%.0f p99usPerRecord=%.0f",
                    files, withoutStrongIds ? "without" : "with", records, truePairs, linkedPairs, truePositives,
                    fmt(precision), fmt(recall), fmt(f1), reviewItems, reviewItemsTrue, fmt(recallAfterReview),
                    microsPerRecord, p99MicrosPerRecord);
        }

        private static String fmt(Double d) {
            return d == null ? "n/a" : String.format(Locale.ROOT, "%.4f", d);
        }
    }

    public static Summary run(List<Path> files, boolean withoutStrongIds, MatchSettings settings, PrintStream pairs)
            throws Exception {
        Map<String, Integer> fileOf = new HashMap<>();
        List<PersonRecord> all = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            for (PersonRecord r : FebrlCsv.read(files.get(f))) {
                PersonRecord record = withoutStrongIds ? r.withoutStrongIds() : r;
                fileOf.put(record.recordId(), f);
                all.add(record);
            }
        }
        boolean across = files.size() == 2;
        int[] counter = {0};
        IdentityResolver resolver = new IdentityResolver(new InMemoryIdentityIndex(), settings,
                () -> "child-" + (++counter[0]));
        if (pairs != null) {
            pairs.println("rec_id_a,rec_id_b,score,decision,agreeing_fields");
        }
        long reviewItems = 0;
        Set<String> reviewPairs = new HashSet<>();
        long[] nanos = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            PersonRecord record = all.get(i);
            long start = System.nanoTime();
            Resolution resolution = resolver.resolve(record);
            nanos[i] = System.nanoTime() - start;
            for (IdentityLink link : resolution.links()) {
                if (pairs != null && (!across || !fileOf.get(link.recordA()).equals(fileOf.get(link.recordB())))) {
                    pairs.printf(Locale.ROOT, "%s,%s,%.2f,LINKED,%s%n", link.recordA(), link.recordB(), link.score(),
                            link.agreeingFields());
                }
            }
            for (ReviewItem review : resolution.reviews()) {
                if (across && fileOf.get(review.recordA()).equals(fileOf.get(review.recordB()))) {
                    continue;
                }
                reviewItems++;
                reviewPairs.add(pairKey(review.recordA(), review.recordB()));
                if (pairs != null) {
                    pairs.printf(Locale.ROOT, "%s,%s,%.2f,POSSIBLE_SAME_CHILD,%s%n", review.recordA(),
                            review.recordB(), review.score(), review.comparison().agreeingFieldsText());
                }
            }
        }
        Arrays.sort(nanos);
        double micros = Arrays.stream(nanos).average().orElse(0) / 1000.0;
        double p99 = nanos.length == 0 ? 0 : nanos[(int) Math.min(nanos.length - 1, nanos.length * 0.99)] / 1000.0;

        // Pairs implied by the final children, against the true pairs.
        Map<String, List<String>> children = new HashMap<>();
        for (PersonRecord r : all) {
            children.computeIfAbsent(resolver.childOf(r.recordId()), k -> new ArrayList<>()).add(r.recordId());
        }
        boolean truthKnown = all.stream().allMatch(r -> TRUTH.matcher(r.recordId()).matches());
        long linked = 0;
        long truePositives = 0;
        for (List<String> members : children.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    String a = members.get(i);
                    String b = members.get(j);
                    if (across && fileOf.get(a).equals(fileOf.get(b))) {
                        continue;
                    }
                    linked++;
                    if (truthKnown && entity(a).equals(entity(b))) {
                        truePositives++;
                    }
                }
            }
        }
        String names = String.join("+", files.stream().map(p -> p.getFileName().toString()).toList());
        if (!truthKnown) {
            return new Summary(names, withoutStrongIds, all.size(), 0, linked, 0, null, null, null, reviewItems, 0,
                    null, micros, p99);
        }
        Map<String, List<String>> truth = new HashMap<>();
        all.forEach(r -> truth.computeIfAbsent(entity(r.recordId()), k -> new ArrayList<>()).add(r.recordId()));
        long truePairs = 0;
        for (List<String> members : truth.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (!across || !fileOf.get(members.get(i)).equals(fileOf.get(members.get(j)))) {
                        truePairs++;
                    }
                }
            }
        }
        long reviewTrue = reviewPairs.stream().filter(p -> {
            String[] ab = p.split("\u0000");
            return entity(ab[0]).equals(entity(ab[1]));
        }).count();
        double precision = linked == 0 ? 1.0 : (double) truePositives / linked;
        double recall = truePairs == 0 ? 1.0 : (double) truePositives / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        // A reviewer who confirms every item naming two records of one person merges the two children each asks
        // about (an item is one question per pair of children); the true pairs of the children then.
        for (String p : reviewPairs) {
            String[] ab = p.split("\u0000");
            if (entity(ab[0]).equals(entity(ab[1])) && !resolver.childOf(ab[0]).equals(resolver.childOf(ab[1]))) {
                resolver.confirm(ab[0], ab[1], "LinkCsv: every true review item confirmed");
            }
        }
        long truePositivesAfterReview = 0;
        Map<String, List<String>> reviewed = new HashMap<>();
        all.forEach(r -> reviewed.computeIfAbsent(resolver.childOf(r.recordId()), k -> new ArrayList<>())
                .add(r.recordId()));
        for (List<String> members : reviewed.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    boolean sameFile = across && fileOf.get(members.get(i)).equals(fileOf.get(members.get(j)));
                    if (!sameFile && entity(members.get(i)).equals(entity(members.get(j)))) {
                        truePositivesAfterReview++;
                    }
                }
            }
        }
        double afterReview = truePairs == 0 ? 1.0 : (double) truePositivesAfterReview / truePairs;
        return new Summary(names, withoutStrongIds, all.size(), truePairs, linked, truePositives, precision, recall,
                f1, reviewItems, reviewTrue, afterReview, micros, p99);
    }

    private static String entity(String recordId) {
        Matcher m = TRUTH.matcher(recordId);
        if (!m.matches()) {
            throw new IllegalArgumentException(recordId);
        }
        return m.group(1);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
