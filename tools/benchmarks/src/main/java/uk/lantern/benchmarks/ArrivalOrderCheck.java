package uk.lantern.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import uk.lantern.correlation.identity.IdentityResolver;
import uk.lantern.correlation.identity.InMemoryIdentityIndex;
import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.identity.ReviewItem;

/**
 * What the order of arrival changes in identity resolution. The records the topology benchmark's sources hold about
 * a generated population (police and return-interview records for every child; school and social-care records for
 * a share of them, each source with its own strong identifiers) are resolved in several shuffled orders, and the
 * outcomes compared with the first order's: the children (sets of record ids), the review items raised, and the
 * pairs of true children they ask about. Prints JSON.
 *
 * <pre>
 *   java -cp ... uk.lantern.benchmarks.ArrivalOrderCheck [--children 1000] [--other-sources-share 0.1] [--orders 5]
 * </pre>
 */
public final class ArrivalOrderCheck {

    /** Which strong identifiers each source keeps (as the topology benchmark's sources do): NHS, LA, UPN, police. */
    private static final Map<String, boolean[]> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("police", new boolean[] {true, false, false, true});
        SOURCES.put("return-interviews", new boolean[] {true, true, false, false});
        SOURCES.put("school", new boolean[] {false, true, true, false});
        SOURCES.put("social-care", new boolean[] {true, true, true, false});
    }

    private ArrivalOrderCheck() {
    }

    public static void main(String[] args) {
        int children = 1000;
        double otherShare = 0.1;
        int orders = 5;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--children" -> children = Integer.parseInt(args[i + 1]);
                case "--other-sources-share" -> otherShare = Double.parseDouble(args[i + 1]);
                case "--orders" -> orders = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<PersonRecord> records = records(Population.generate(42, children, "child-", 1000), otherShare);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("check", "identity resolution in shuffled orders of arrival");
        out.put("children", children);
        out.put("records", records.size());
        out.put("other_sources_share", otherShare);
        List<Object> runs = new ArrayList<>();
        Outcome first = null;
        for (int order = 0; order < orders; order++) {
            List<PersonRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, new Random(order));
            Outcome outcome = resolve(shuffled);
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("order_seed", order);
            run.put("children_found", outcome.children.size());
            run.put("children_holding_two_true_children", outcome.wrongMerges);
            run.put("true_children_split", outcome.splits);
            run.put("review_items", outcome.reviewItems);
            run.put("review_items_answered_by_a_later_link", outcome.answeredByLink);
            run.put("pairs_of_true_children_reviewed", outcome.truePairs.size());
            if (first != null) {
                run.put("children_not_as_in_order_0", difference(first.children, outcome.children));
                run.put("reviewed_pairs_of_true_children_not_as_in_order_0",
                        difference(first.truePairs, outcome.truePairs));
                run.put("review_items_naming_other_records_than_in_order_0",
                        difference(first.recordPairs, outcome.recordPairs));
            }
            runs.add(run);
            if (first == null) {
                first = outcome;
            }
        }
        out.put("orders", runs);
        System.out.println(Json.write(out));
    }

    /** Each child's record in each source that holds one, with that source's identifiers only. */
    static List<PersonRecord> records(List<PersonRecord> population, double otherShare) {
        Random pick = new Random(7);
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < population.size(); i++) {
            PersonRecord c = population.get(i);
            int s = 0;
            for (var source : SOURCES.entrySet()) {
                if (s++ >= 2 && pick.nextDouble() >= otherShare) {
                    continue;
                }
                boolean[] ids = source.getValue();
                records.add(PersonRecord.builder(source.getKey() + "|" + i)
                        .nhsNumber(ids[0] ? c.nhsNumber() : null).localAuthorityId(ids[1] ? c.localAuthorityId() : null)
                        .upn(ids[2] ? c.upn() : null).policeId(ids[3] ? c.policeId() : null)
                        .givenName(c.givenName()).familyName(c.familyName())
                        .dateOfBirth(c.dateOfBirth() == null ? null : c.dateOfBirth().toString())
                        .sex(c.sex()).postcode(c.postcode()).build());
            }
        }
        return records;
    }

    private record Outcome(Set<Set<String>> children, int wrongMerges, int splits, int reviewItems,
                           int answeredByLink, Set<String> truePairs, Set<String> recordPairs) {
    }

    private static Outcome resolve(List<PersonRecord> order) {
        int[] serial = {0};
        IdentityResolver resolver = new IdentityResolver(new InMemoryIdentityIndex(), MatchSettings.defaults(),
                () -> "c" + serial[0]++);
        List<ReviewItem> items = new ArrayList<>();
        order.forEach(r -> items.addAll(resolver.resolve(r).reviews()));

        Map<String, Set<String>> byChild = new HashMap<>();
        Map<String, Set<String>> childrenOfTruth = new HashMap<>();
        for (PersonRecord r : order) {
            String child = resolver.childOf(r.recordId());
            byChild.computeIfAbsent(child, k -> new TreeSet<>()).add(r.recordId());
            childrenOfTruth.computeIfAbsent(truth(r.recordId()), k -> new HashSet<>()).add(child);
        }
        int wrongMerges = 0;
        for (Set<String> members : byChild.values()) {
            if (members.stream().map(ArrivalOrderCheck::truth).distinct().count() > 1) {
                wrongMerges++;
            }
        }
        int splits = (int) childrenOfTruth.values().stream().filter(c -> c.size() > 1).count();
        int answered = 0;
        Set<String> truePairs = new TreeSet<>();
        Set<String> recordPairs = new TreeSet<>();
        for (ReviewItem item : items) {
            recordPairs.add(pair(item.recordA(), item.recordB()));
            if (resolver.childOf(item.recordA()).equals(resolver.childOf(item.recordB()))) {
                answered++;
            } else {
                truePairs.add(pair(truth(item.recordA()), truth(item.recordB())));
            }
        }
        return new Outcome(new HashSet<>(byChild.values()), wrongMerges, splits, items.size(), answered, truePairs,
                recordPairs);
    }

    private static <T> int difference(Set<T> a, Set<T> b) {
        Set<T> onlyA = new HashSet<>(a);
        onlyA.removeAll(b);
        Set<T> onlyB = new HashSet<>(b);
        onlyB.removeAll(a);
        return onlyA.size() + onlyB.size();
    }

    private static String truth(String recordId) {
        return recordId.substring(recordId.indexOf('|') + 1);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "~" + b : b + "~" + a;
    }
}
