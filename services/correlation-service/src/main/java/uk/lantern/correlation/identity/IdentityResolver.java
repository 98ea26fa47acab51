package uk.lantern.correlation.identity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import uk.lantern.correlation.identity.Comparison.StrongIdOutcome;
import uk.lantern.correlation.identity.IdentityLink.Reason;
import uk.lantern.correlation.identity.Resolution.Decision;

/**
 * Incremental identity resolution: each record is resolved against every identity seen so far, one at a time, in
 * the order it arrives. A child is the connected set of records joined by links; a link is made when a pair scores
 * at least the link threshold, or shares a strong identifier, and joining would not put two conflicting values of
 * one strong identifier, two differing ones that would not link on their own, or a rejected pair, into one child.
 * Reviewers' decisions (confirm, reject, unlink) change the links and so the children.
 */
public final class IdentityResolver {
    private final IdentityIndex index;
    private final MatchSettings settings;
    private final RecordComparator comparator;
    private final Supplier<String> newChildId;

    public IdentityResolver(IdentityIndex index, MatchSettings settings, Supplier<String> newChildId) {
        this.index = index;
        this.settings = settings;
        this.comparator = new RecordComparator(settings);
        this.newChildId = newChildId;
    }

    public IdentityResolver(IdentityIndex index, MatchSettings settings) {
        this(index, settings, () -> "child-" + UUID.randomUUID());
    }

    public Resolution resolve(PersonRecord record) {
        String id = record.recordId();
        if (index.record(id).isPresent()) {
            return new Resolution(id, index.childOf(id).orElseThrow(), Decision.ALREADY_KNOWN, List.of(), List.of(),
                    List.of());
        }
        Set<String> candidates = new LinkedHashSet<>();
        Set<String> filed = new LinkedHashSet<>();
        for (String key : BlockingKeys.of(record)) {
            Set<String> block = index.block(key);
            if (block.size() <= settings.maxBlockSize()) {
                candidates.addAll(block);
                filed.add(key);
            }
            // A block over the cap is never read for candidates again, so it is not added to either: it stays at
            // one over the cap instead of growing with the population (a common key at national scale would pass
            // the broker's message size in the end, the whole list being one store value).
        }
        index.putRecord(record);
        filed.forEach(key -> index.addToBlock(key, id));

        // Best comparison per existing child, for links and for review.
        Map<String, Comparison> linkable = new HashMap<>();
        Map<String, Comparison> reviewable = new HashMap<>();
        Map<String, String> reviewReason = new HashMap<>();
        for (String candidateId : candidates) {
            PersonRecord candidate = index.record(candidateId).orElseThrow();
            // Most candidates of a big block are plainly someone else: skip them before comparing names.
            if (comparator.upperBound(record, candidate) < settings.reviewThreshold() - 1e-9
                    || index.rejected(id, candidateId)) {
                continue;
            }
            Comparison c = comparator.compare(record, candidate);
            String child = index.childOf(candidateId).orElseThrow();
            if (links(c)) {
                linkable.merge(child, c, IdentityResolver::better);
            } else if (c.score() >= settings.reviewThreshold() || c.strongIds() == StrongIdOutcome.EXACT) {
                if (better(c, reviewable.get(child)) == c) {
                    reviewable.put(child, c);
                    reviewReason.put(child, c.strongIds() == StrongIdOutcome.CONFLICT ? "strong identifier conflict"
                            : c.strongIds() == StrongIdOutcome.DIFFERS
                            ? "strong identifier differs: " + String.join(" ", c.differingSchemes())
                                    + " (no check digit)"
                            : c.strongIds() == StrongIdOutcome.EXACT ? "same strong identifier, details disagree"
                            : c.score() >= settings.linkThreshold() ? "household guard: " + settings.householdGuard()
                            : "below link threshold");
                }
            }
        }

        // Join the linkable children, best first, while the group stays free of conflicts and rejections.
        List<Map.Entry<String, Comparison>> ordered = new ArrayList<>(linkable.entrySet());
        ordered.sort(Comparator.comparing((Map.Entry<String, Comparison> e) -> e.getValue().score()).reversed()
                .thenComparing(Map.Entry::getKey));
        Set<String> group = new LinkedHashSet<>(List.of(id));
        List<String> joined = new ArrayList<>();
        List<IdentityLink> links = new ArrayList<>();
        for (var e : ordered) {
            Set<String> members = index.members(e.getKey());
            if (compatible(group, members)) {
                group.addAll(members);
                joined.add(e.getKey());
                links.add(linkOf(e.getValue()));
            } else {
                reviewable.merge(e.getKey(), e.getValue(), IdentityResolver::better);
                reviewReason.put(e.getKey(), "joining would conflict (strong identifier or rejected pair)");
            }
        }

        String childId = joined.isEmpty() ? newChildId.get() : joined.get(0);
        index.assign(id, childId);
        for (String other : joined.subList(Math.min(1, joined.size()), joined.size())) {
            for (String member : List.copyOf(index.members(other))) {
                index.assign(member, childId);
            }
        }
        links.forEach(index::putLink);

        joined.forEach(reviewable::remove);
        Set<String> asked = reviewable.isEmpty() ? Set.of() : childrenReviewedWith(childId);
        List<ReviewItem> reviews = new ArrayList<>();
        reviewable.forEach((child, c) -> {
            if (!asked.contains(child)) {
                reviews.add(new ReviewItem(id, childId, c.recordB(), child, c.score(), reviewReason.get(child), c));
            }
        });
        reviews.sort(Comparator.comparing(ReviewItem::score).reversed()
                .thenComparing(ReviewItem::recordB));
        reviews.forEach(r -> index.putToReview(r.recordA(), r.recordB()));
        // A record that joined no child is a child of its own, with no question asked yet: all its items are raised.
        Decision decision = !joined.isEmpty() ? Decision.LINKED
                : !reviews.isEmpty() ? Decision.POSSIBLE_SAME_CHILD : Decision.NEW;
        return new Resolution(id, childId, decision, links, reviews,
                joined.size() > 1 ? joined.subList(1, joined.size()) : List.of());
    }

    /** A reviewer confirmed that the two records are the same child: link them, whatever the scores say. */
    public Regrouping confirm(String recordA, String recordB, String reviewer) {
        PersonRecord a = known(recordA);
        PersonRecord b = known(recordB);
        index.unreject(recordA, recordB);
        Comparison c = comparator.compare(a, b);
        index.putLink(new IdentityLink(recordA, recordB, Reason.CONFIRMED, c.score(), c.agreeingFieldsText(),
                "confirmed by " + reviewer + "; " + c.explanation()));
        String target = index.childOf(recordA).orElseThrow();
        String source = index.childOf(recordB).orElseThrow();
        List<Regrouping.Move> moves = new ArrayList<>();
        if (!target.equals(source)) {
            for (String member : List.copyOf(index.members(source))) {
                index.assign(member, target);
                moves.add(new Regrouping.Move(member, source, target));
            }
        }
        return new Regrouping("CONFIRM", recordA + " and " + recordB + " confirmed by " + reviewer, moves);
    }

    /**
     * A reviewer decided that the two records are different children: they are never linked again. If they are in
     * one child now, their direct link is removed, and if they are still connected, {@code recordB} is split off.
     */
    public Regrouping reject(String recordA, String recordB, String reviewer) {
        known(recordA);
        known(recordB);
        index.reject(recordA, recordB);
        String child = index.childOf(recordA).orElseThrow();
        List<Regrouping.Move> moves = new ArrayList<>();
        if (child.equals(index.childOf(recordB).orElseThrow())) {
            index.removeLink(recordA, recordB);
            if (connected(recordA, recordB)) {
                index.linksOf(recordB).forEach(l -> index.removeLink(l.recordA(), l.recordB()));
            }
            moves.addAll(regroup(child));
        }
        return new Regrouping("REJECT", recordA + " and " + recordB + " rejected by " + reviewer, moves);
    }

    /**
     * A reviewer split a record off its child: its links are removed, it is rejected against the records it was
     * with (so it does not link straight back), and it becomes a child of its own; the rest regroup by their
     * remaining links.
     */
    public Regrouping unlink(String recordId, String reviewer) {
        known(recordId);
        String child = index.childOf(recordId).orElseThrow();
        for (String member : index.members(child)) {
            if (!member.equals(recordId)) {
                index.reject(recordId, member);
            }
        }
        index.linksOf(recordId).forEach(l -> index.removeLink(l.recordA(), l.recordB()));
        String fresh = newChildId.get();
        index.assign(recordId, fresh);
        List<Regrouping.Move> moves = new ArrayList<>(List.of(new Regrouping.Move(recordId, child, fresh)));
        if (!index.members(child).isEmpty()) {
            moves.addAll(regroup(child));
        }
        return new Regrouping("UNLINK", recordId + " split off by " + reviewer, moves);
    }

    /**
     * A record whose every event was erased at its source is forgotten: its details, blocking keys and links leave
     * the index, and so do the questions put to a reviewer and the rejections it was part of, so it no longer takes
     * part in matching. The other records of its child stay one child where they link without it: a part of the
     * child that only it held to the rest is joined again to another part when two of their records link by the
     * rules a new record links by (a shared strong identifier, or a score above the link threshold that passes the
     * household guard, with no conflict or rejection between the parts); a part that links to none becomes a child
     * of its own, as after an unlink, and the largest part keeps the child id.
     */
    public Regrouping forget(String recordId, String why) {
        PersonRecord record = known(recordId);
        String child = index.childOf(recordId).orElseThrow();
        index.linksOf(recordId).forEach(l -> index.removeLink(l.recordA(), l.recordB()));
        for (String other : List.copyOf(index.reviewedWith(recordId))) {
            index.unreject(recordId, other);
            index.unreview(recordId, other);
        }
        BlockingKeys.of(record).forEach(key -> index.removeFromBlock(key, recordId));
        index.unassign(recordId);
        index.removeRecord(recordId);
        List<Regrouping.Move> moves = index.members(child).isEmpty() ? List.of() : rejoin(child);
        return new Regrouping("FORGET", recordId + " forgotten: " + why, moves);
    }

    /** The links that hold a record in its child, each with its explanation. */
    public List<IdentityLink> explain(String recordId) {
        return List.copyOf(index.linksOf(recordId));
    }

    public String childOf(String recordId) {
        return index.childOf(recordId).orElseThrow();
    }

    public Comparison compare(PersonRecord a, PersonRecord b) {
        return comparator.compare(a, b);
    }

    // ---- helpers ----

    private PersonRecord known(String recordId) {
        return index.record(recordId).orElseThrow(() -> new IllegalArgumentException("unknown record " + recordId));
    }

    private static Comparison better(Comparison a, Comparison b) {
        if (b == null) {
            return a;
        }
        if (a == null) {
            return b;
        }
        return a.score() > b.score() || (a.score() == b.score() && a.recordB().compareTo(b.recordB()) < 0) ? a : b;
    }

    private IdentityLink linkOf(Comparison c) {
        Reason reason = c.strongIds() == StrongIdOutcome.EXACT ? Reason.STRONG_ID : Reason.PROBABILISTIC;
        // A link made on a score keeps the threshold it was made against, so it can be explained after a change.
        String explanation = reason == Reason.PROBABILISTIC
                ? LinkReasons.withThreshold(c.explanation(), settings.linkThreshold()) : c.explanation();
        return new IdentityLink(c.recordA(), c.recordB(), reason, c.score(), c.agreeingFieldsText(), explanation);
    }

    /** Whether the pair links: the same strong identifier, or a score that links (across a difference too). */
    private boolean links(Comparison c) {
        boolean strongAgrees = c.strongIds() == StrongIdOutcome.EXACT && c.scoreWithoutStrongIds() >= 0;
        boolean linkScore = c.strongIds() == StrongIdOutcome.DIFFERS ? linksAcrossDifference(c)
                : c.strongIds() != StrongIdOutcome.CONFLICT && linksOnScore(c);
        return strongAgrees || linkScore;
    }

    private boolean linksOnScore(Comparison c) {
        return c.score() >= settings.linkThreshold() && c.passes(settings.householdGuard());
    }

    /** Whether a pair whose strong identifiers differ (no check digit) links: its own identity, score and guard. */
    private boolean linksAcrossDifference(Comparison c) {
        return c.identityAgreesInFull() && linksOnScore(c);
    }

    /**
     * Whether the two groups may become one child: no rejected pair and no strong-identifier conflict between them,
     * and every two different values of a scheme without a check digit that would meet in the child are reconciled:
     * the two records link across the difference themselves, or each value has been linked so to a third that joins
     * them ({@link #reconciled}). So a differing identifier is never bridged by a record that merely lacks it.
     */
    private boolean compatible(Set<String> group, Set<String> members) {
        List<Comparison> differing = new ArrayList<>();
        for (String a : group) {
            PersonRecord ra = index.record(a).orElseThrow();
            for (String b : members) {
                if (index.rejected(a, b)) {
                    return false;
                }
                PersonRecord rb = index.record(b).orElseThrow();
                StrongIdOutcome difference = comparator.strongDifference(ra, rb);
                if (difference == StrongIdOutcome.CONFLICT) {
                    return false;
                }
                if (difference == StrongIdOutcome.DIFFERS) {
                    Comparison c = comparator.compare(ra, rb);
                    if (!linksAcrossDifference(c)) {
                        differing.add(c);
                    }
                }
            }
        }
        if (differing.isEmpty()) {
            return true;
        }
        List<String> all = new ArrayList<>(group);
        all.addAll(members);
        Map<String, Map<String, String>> reconciledBy = new HashMap<>();
        for (Comparison c : differing) {
            for (String scheme : c.differingSchemes()) {
                Map<String, String> roots = reconciledBy.computeIfAbsent(scheme, s -> reconciled(s, all));
                if (!roots.get(c.recordA()).equals(roots.get(c.recordB()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The records of {@code recordIds} that carry {@code scheme}, each mapped to a representative of its class: two
     * records are in one class when their values are equal or a typo apart, or when they link across the difference
     * ({@link #linksAcrossDifference}), and so on transitively. Each step is a pair whose own identity agrees in full.
     */
    private Map<String, String> reconciled(String scheme, List<String> recordIds) {
        List<PersonRecord> carrying = new ArrayList<>();
        for (String id : recordIds) {
            PersonRecord r = index.record(id).orElseThrow();
            if (r.strongIds().containsKey(scheme)) {
                carrying.add(r);
            }
        }
        Map<String, String> parent = new HashMap<>();
        carrying.forEach(r -> parent.put(r.recordId(), r.recordId()));
        for (int i = 0; i < carrying.size(); i++) {
            String vi = carrying.get(i).strongIds().get(scheme);
            for (int j = i + 1; j < carrying.size(); j++) {
                String vj = carrying.get(j).strongIds().get(scheme);
                boolean same = vi.equals(vj)
                        || settings.strongIdTypoTolerant() && RecordComparator.withinOneEdit(vi, vj)
                        || linksAcrossDifference(comparator.compare(carrying.get(i), carrying.get(j)));
                if (same) {
                    parent.put(root(parent, carrying.get(i).recordId()), root(parent, carrying.get(j).recordId()));
                }
            }
        }
        Map<String, String> roots = new HashMap<>();
        parent.keySet().forEach(id -> roots.put(id, root(parent, id)));
        return roots;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /**
     * The children a reviewer has already been asked about, or has rejected, together with this child: a record of
     * the one put to review with, or rejected against, a record of the other. One question per pair of children, so a
     * pair is not raised again by each new record of either, nor after a reviewer said they are different children.
     */
    private Set<String> childrenReviewedWith(String childId) {
        Set<String> children = new HashSet<>();
        for (String member : index.members(childId)) {
            for (String other : index.reviewedWith(member)) {
                index.childOf(other).ifPresent(children::add);
            }
        }
        children.remove(childId);
        return children;
    }

    private boolean connected(String from, String to) {
        Set<String> seen = new HashSet<>(List.of(from));
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String r = queue.poll();
            if (r.equals(to)) {
                return true;
            }
            for (IdentityLink l : index.linksOf(r)) {
                if (seen.add(l.other(r))) {
                    queue.add(l.other(r));
                }
            }
        }
        return false;
    }

    /** Splits a child into its connected components; the largest keeps the child id. */
    private List<Regrouping.Move> regroup(String child) {
        return split(child, components(child));
    }

    /**
     * After a record left the child: its connected components, each joined to another where two of their records
     * link (best pair first, while the joined parts stay compatible), the rest split off.
     */
    private List<Regrouping.Move> rejoin(String child) {
        List<Set<String>> parts = components(child);
        if (parts.size() == 1) {
            return List.of();
        }
        record Bridge(int from, int to, Comparison comparison) {
        }
        List<Bridge> bridges = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                Comparison best = null;
                for (String a : parts.get(i)) {
                    for (String b : parts.get(j)) {
                        if (index.rejected(a, b)) {
                            continue;
                        }
                        Comparison c = comparator.compare(index.record(a).orElseThrow(), index.record(b).orElseThrow());
                        if (links(c)) {
                            best = better(c, best);
                        }
                    }
                }
                if (best != null) {
                    bridges.add(new Bridge(i, j, best));
                }
            }
        }
        bridges.sort(Comparator.comparing((Bridge b) -> b.comparison().score()).reversed()
                .thenComparing(b -> b.comparison().recordA()).thenComparing(b -> b.comparison().recordB()));
        int[] root = new int[parts.size()];
        List<Set<String>> joined = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            root[i] = i;
            joined.add(new LinkedHashSet<>(parts.get(i)));
        }
        for (Bridge bridge : bridges) {
            int a = find(root, bridge.from());
            int b = find(root, bridge.to());
            if (a != b && compatible(joined.get(a), joined.get(b))) {
                index.putLink(linkOf(bridge.comparison()));
                int keep = Math.min(a, b);
                int gone = Math.max(a, b);
                joined.get(keep).addAll(joined.get(gone));
                root[gone] = keep;
            }
        }
        List<Set<String>> groups = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (find(root, i) == i) {
                groups.add(joined.get(i));
            }
        }
        groups.sort(Comparator.comparing((Set<String> s) -> -s.size()));
        return split(child, groups);
    }

    private static int find(int[] root, int i) {
        int r = i;
        while (root[r] != r) {
            r = root[r];
        }
        return r;
    }

    /** The child's records in connected parts (by their links), the largest first. */
    private List<Set<String>> components(String child) {
        Set<String> remaining = new LinkedHashSet<>(index.members(child));
        List<Set<String>> components = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String start = remaining.iterator().next();
            Set<String> component = new LinkedHashSet<>();
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
            component.add(start);
            while (!queue.isEmpty()) {
                String r = queue.poll();
                for (IdentityLink l : index.linksOf(r)) {
                    String o = l.other(r);
                    if (remaining.contains(o) && component.add(o)) {
                        queue.add(o);
                    }
                }
            }
            remaining.removeAll(component);
            components.add(component);
        }
        components.sort(Comparator.comparing((Set<String> s) -> -s.size()));
        return components;
    }

    /** The first group keeps the child id; each other becomes a child of its own. */
    private List<Regrouping.Move> split(String child, List<Set<String>> components) {
        List<Regrouping.Move> moves = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Set<String> component : components.subList(1, components.size())) {
            String fresh = newChildId.get();
            for (String r : component) {
                ids.put(r, fresh);
            }
        }
        ids.forEach((r, fresh) -> {
            index.assign(r, fresh);
            moves.add(new Regrouping.Move(r, child, fresh));
        });
        return moves;
    }
}
