package uk.lantern.reporting.figures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.lantern.reporting.figures.domain.ReadModel.Alert;
import uk.lantern.reporting.figures.domain.ReadModel.Assessment;
import uk.lantern.reporting.figures.domain.ReadModel.Concern;
import uk.lantern.reporting.figures.domain.ReadModel.Episode;
import uk.lantern.reporting.figures.domain.ReadModel.InterviewCase;
import uk.lantern.reporting.figures.domain.ReadModel.RegisterEntry;
import uk.lantern.reporting.ledger.domain.Facts;
import uk.lantern.reporting.ledger.domain.LedgerEntry;

/**
 * Every figure, computed from a {@link ReadModel}: the items it counts, added up overall, per group of each dimension
 * and per calendar month. Maps are sorted and rates rounded to one decimal place (half up), so the same model gives
 * the same figure, byte for byte.
 */
public final class Figures {

    public static final String NO_TEAM = "no team recorded";
    public static final String NOT_RECORDED = "not recorded";

    public static final List<FigureDefinition> ALL = List.of(
            new MissingEpisodes(), new MissingChildren(), new DurationBands(), new ReturnInterviews(),
            new CmeRegister(), new Exploitation(), new Alerts(), new InterviewThemes(), new Mace());

    private Figures() {
    }

    public static Optional<FigureDefinition> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(FigureDefinition::name).toList();
    }

    public static Figure compute(FigureDefinition definition, ReadModel model, Period period, ReportingRules rules) {
        List<Item> items = definition.items(model, period, rules);
        Map<String, Long> measures = sum(items);
        Map<String, Map<String, Map<String, Long>>> breakdown = new TreeMap<>();
        for (Item item : items) {
            item.groups().forEach((dimension, group) -> {
                Map<String, Long> counts = breakdown.computeIfAbsent(dimension, d -> new TreeMap<>())
                        .computeIfAbsent(group, g -> new TreeMap<>());
                item.measures().forEach((m, v) -> counts.merge(m, v, Long::sum));
            });
        }
        List<Figure.Month> months = new ArrayList<>();
        for (Period month : period.months()) {
            List<Item> monthItems = definition.items(model, month, rules);
            Map<String, Long> monthMeasures = sum(monthItems);
            months.add(new Figure.Month(month.label(), monthItems.size(), monthMeasures,
                    new TreeMap<>(definition.rates(monthMeasures, monthItems))));
        }
        return new Figure(definition.name(), definition.definition(), period.label(), model.asAt.toString(),
                items.size(), measures, new TreeMap<>(definition.rates(measures, items)), breakdown, months);
    }

    /**
     * What changed a figure between two instants: each measure at {@code asAt} minus at {@code compareAsAt}, and the
     * entries known between the two about the records that count differently (or the identity decisions about them).
     */
    public record Explanation(String asAt, String compareAsAt, Map<String, Long> difference, List<Change> changes) {
    }

    /** An entry that changed the figure: no names, only the record and the event. */
    public record Change(String knownAt, String eventId, String source, String eventType, String recordId) {
    }

    public static Explanation explain(FigureDefinition definition, ReadModel a, ReadModel b, Period period,
                                      ReportingRules rules) {
        ReadModel earlier = a.asAt.isAfter(b.asAt) ? b : a;
        ReadModel later = earlier == a ? b : a;
        Map<String, Item> before = byId(definition.items(earlier, period, rules));
        Map<String, Item> after = byId(definition.items(later, period, rules));
        Set<String> changedRecords = new TreeSet<>();
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            Item x = before.get(id);
            Item y = after.get(id);
            if (x == null || y == null || !x.signature().equals(y.signature())) {
                if (x != null) {
                    changedRecords.addAll(x.recordKeys());
                }
                if (y != null) {
                    changedRecords.addAll(y.recordKeys());
                }
            }
        }
        Set<String> eventsOfChanged = new TreeSet<>();
        Set<String> identityRecords = new TreeSet<>();
        Set<String> children = new TreeSet<>();
        for (String record : changedRecords) {
            eventsOfChanged.addAll(later.eventIdsOf(record));
            identityRecords.addAll(later.identityRecordsOf(record));
            children.add(earlier.childOf(record));
            children.add(later.childOf(record));
        }
        List<Change> changes = new ArrayList<>();
        for (LedgerEntry e : later.entries) {
            if (!e.knownAt().isAfter(earlier.asAt)) {
                continue;
            }
            boolean about = e.source() == LedgerEntry.Source.IDENTITY
                    ? identityChange(e, eventsOfChanged, identityRecords, children)
                    : changedRecords.contains(uk.lantern.reporting.ledger.domain.Erasures.recordKey(e));
            if (about) {
                changes.add(new Change(e.knownAt().toString(), e.eventId(), e.source().name(), e.type(), e.recordId()));
            }
        }
        Map<String, Long> atA = sum(new ArrayList<>((a == earlier ? before : after).values()));
        Map<String, Long> atB = sum(new ArrayList<>((a == earlier ? after : before).values()));
        Map<String, Long> difference = new TreeMap<>();
        Set<String> names = new TreeSet<>(atA.keySet());
        names.addAll(atB.keySet());
        for (String name : names) {
            long d = atA.getOrDefault(name, 0L) - atB.getOrDefault(name, 0L);
            if (d != 0) {
                difference.put(name, d);
            }
        }
        return new Explanation(a.asAt.toString(), b.asAt.toString(), difference, changes);
    }

    /**
     * An identity decision about the changed records: one of their events resolved, children of theirs merged, or
     * one of their records moved by a reviewer.
     */
    private static boolean identityChange(LedgerEntry e, Set<String> events, Set<String> identityRecords,
                                          Set<String> children) {
        if (e.is("RecordResolved")) {
            if (e.fact(Facts.SOURCE_EVENT_ID).map(events::contains).orElse(false)) {
                return true;
            }
            return e.fact(Facts.MERGED_CHILDREN).map(m -> java.util.Arrays.stream(m.split(","))
                    .anyMatch(children::contains)).orElse(false);
        }
        if (e.is("ReviewDecided") || e.is("RecordForgotten")) {
            return e.fact(Facts.MOVES).map(m -> java.util.Arrays.stream(m.split(";"))
                    .anyMatch(move -> identityRecords.contains(move.split(">", -1)[0]))).orElse(false);
        }
        return false;
    }

    private static Map<String, Item> byId(List<Item> items) {
        Map<String, Item> map = new TreeMap<>();
        items.forEach(i -> map.put(i.id(), i));
        return map;
    }

    static Map<String, Long> sum(List<Item> items) {
        Map<String, Long> sum = new TreeMap<>();
        items.forEach(i -> i.measures().forEach((m, v) -> sum.merge(m, v, Long::sum)));
        return sum;
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return m.setScale(1, RoundingMode.HALF_UP);
    }

    static Map<String, BigDecimal> rateMap(Object... nameAndValue) {
        Map<String, BigDecimal> rates = new TreeMap<>();
        for (int i = 0; i < nameAndValue.length; i += 2) {
            if (nameAndValue[i + 1] != null) {
                rates.put((String) nameAndValue[i], (BigDecimal) nameAndValue[i + 1]);
            }
        }
        return rates;
    }

    static Map<String, Long> one(String... measures) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (String m : measures) {
            map.put(m, 1L);
        }
        return map;
    }

    static String team(ReadModel model, String recordKey) {
        String team = model.child(model.childOf(recordKey)).team;
        return team != null ? team : NO_TEAM;
    }

    static String context(String context) {
        if (context == null) {
            return NOT_RECORDED;
        }
        return context.endsWith("CARE") ? "care" : "home";
    }

    static Map<String, String> episodeGroups(ReadModel model, Episode e) {
        Map<String, String> groups = new HashMap<>();
        groups.put("team", team(model, e.recordKey));
        groups.put("context", context(e.context));
        groups.put("category", e.category == null ? NOT_RECORDED : e.away() ? "away" : "missing");
        return groups;
    }

    // ------------------------------------------------------------------------------------------------ missing

    static final class MissingEpisodes implements FigureDefinition {
        public String name() {
            return "missing-episodes";
        }

        public String definition() {
            return "Missing episodes that started in the period (the child was last seen then, or reported then if "
                    + "last seen is not recorded), home vs care, missing vs away from placement without authorisation, "
                    + "by the child's allocated team. An episode its source erased is not counted from its erasure on.";
        }

        public List<Item> items(ReadModel model, Period period, ReportingRules rules) {
            List<Item> items = new ArrayList<>();
            for (Episode e : model.episodes.values()) {
                if (period.contains(e.start, rules.zone())) {
                    items.add(new Item(e.id, episodeGroups(model, e), one("episodes"), Set.of(e.recordKey)));
                }
            }
            return items;
        }
    }

    static final class MissingChildren implements FigureDefinition {
        public String name() {
            return "missing-children";
        }

        public String definition() {
            return "Children with at least one missing episode that started in the period, and of them those with "
                    + "two or more (the repeat threshold setting): the repeat rate is their share, in per cent. A "
                    + "child is the correlation service's child as at the date; a record it had not resolved counts "
                    + "as a child of its own. By the child's allocated team and by whether any episode was from care.";
        }

        public List<Item> items(ReadModel model, Period period, ReportingRules rules) {
            Map<String, List<Episode>> byChild = new TreeMap<>();
            for (Episode e : model.episodes.values()) {
                if (period.contains(e.start, rules.zone())) {
                    byChild.computeIfAbsent(model.childOf(e.recordKey), c -> new ArrayList<>()).add(e);
                }
            }
            List<Item> items = new ArrayList<>();
            byChild.forEach((child, episodes) -> {
                Map<String, Long> measures = new TreeMap<>();
                measures.put("children", 1L);
                measures.put("episodes", (long) episodes.size());
                measures.put("repeatChildren", episodes.size() >= rules.repeatThreshold() ? 1L : 0L);
                Set<String> keys = new TreeSet<>();
                episodes.forEach(e -> keys.add(e.recordKey));
                String team = model.child(child).team;
                items.add(new Item("child:" + child, Map.of("team", team == null ? NO_TEAM : team,
                        "context", episodes.stream().anyMatch(Episode::fromCare) ? "care" : "home"), measures, keys));
            });
            return items;
        }

        public Map<String, BigDecimal> rates(Map<String, Long> m, List<Item> items) {
            return rateMap("repeatRate", percent(m.getOrDefault("repeatChildren", 0L), m.getOrDefault("children", 0L)));
        }
    }

    static final class DurationBands implements FigureDefinition {
        public String name() {
            return "duration-bands";
        }

        public String definition() {
            return "Missing episodes that ended (the child returned or was found) in the period, by how long the child "
                    + "was missing: up to 24 hours (24 hours exactly included), over 24 up to 48 hours, over 48 hours "
                    + "up to 7 days, over 7 days. An episode with no start recorded is not banded.";
        }

        public List<Item> items(ReadModel model, Period period, ReportingRules rules) {
            List<Item> items = new ArrayList<>();
            for (Episode e : model.episodes.values()) {
                if (e.start != null && period.contains(e.returnedAt, rules.zone())) {
                    Duration d = Duration.between(e.start, e.returnedAt);
                    String band = d.compareTo(Duration.ofHours(24)) <= 0 ? "upTo24Hours"
                            : d.compareTo(Duration.ofHours(48)) <= 0 ? "over24To48Hours"
                            : d.compareTo(Duration.ofDays(7)) <= 0 ? "over48HoursTo7Days" : "over7Days";
                    items.add(new Item(e.id, episodeGroups(model, e), one("returned", band), Set.of(e.recordKey)));
                }
            }
            return items;
        }

        public Map<String, BigDecimal> rates(Map<String, Long> m, List<Item> items) {
            long returned = m.getOrDefault("returned", 0L);
            return rateMap("upTo48HoursRate", percent(m.getOrDefault("upTo24Hours", 0L)
                    + m.getOrDefault("over24To48Hours", 0L), returned));
        }
    }

    static final class ReturnInterviews implements FigureDefinition {
        public String name() {
            return "return-interviews";
        }

        public String definition() {
            return "Children's returns in the period (one per episode, by when the child returned) and what was "
                    + "recorded of their return interview as at the date: offered (an offer recorded, or an interview "
                    + "accepted, declined or done), completed, completed within 72 hours of the return (as the "
                    + "provider's service judged it; for interviews recorded before it did, by the case's deadline, "
                    + "to the day when only the date is known), declined, not offered with a recorded decision, and "
                    + "nothing recorded (no offer, decline, interview or decision: the gap). Rates are of returns.";
        }

        public List<Item> items(ReadModel model, Period period, ReportingRules rules) {
            Map<String, Instant> returns = new TreeMap<>();
            for (Episode e : model.episodes.values()) {
                if (e.returnedAt != null) {
                    returns.put(e.id, e.returnedAt);
                }
            }
            for (InterviewCase c : model.interviewCases.values()) {
                if (c.returnedAt != null) {
                    returns.putIfAbsent(c.id, c.returnedAt);
                }
            }
            List<Item> items = new ArrayList<>();
            returns.forEach((id, returnedAt) -> {
                if (!period.contains(returnedAt, rules.zone())) {
                    return;
                }
                Episode episode = model.episodes.get(id);
                InterviewCase c = model.interviewCases.get(id);
                Map<String, Long> m = new TreeMap<>();
                m.put("returns", 1L);
                Set<String> keys = new TreeSet<>();
                if (episode != null) {
                    keys.add(episode.recordKey);
                }
                if (c != null) {
                    keys.add(c.recordKey);
                    flag(m, "offered", c.offered());
                    flag(m, "completed", c.completed);
                    flag(m, "completedWithin72Hours", c.completed && onTime(c, returnedAt, rules));
                    flag(m, "declined", c.declined);
                    flag(m, "notOfferedByDecision", c.notOffered);
                }
                boolean nothing = c == null || !c.offered() && !c.notOffered;
                flag(m, "nothingRecorded", nothing);
                Map<String, String> groups = episode != null ? episodeGroups(model, episode) : Map.of(
                        "team", team(model, c.recordKey), "context", context(c.context), "category", NOT_RECORDED);
                items.add(new Item(id, groups, m, keys));
            });
            return items;
        }

        static boolean onTime(InterviewCase c, Instant returnedAt, ReportingRules rules) {
            if (c.withinDeadline != null) {
                return c.withinDeadline;
            }
            Instant deadline = c.deadline != null ? c.deadline : returnedAt.plus(rules.interviewWindow());
            if (c.completedAt != null) {
                return !c.completedAt.isAfter(deadline);
            }
            return c.completedOn != null && !c.completedOn.isAfter(deadline.atZone(rules.zone()).toLocalDate());
        }

        public Map<String, BigDecimal> rates(Map<String, Long> m, List<Item> items) {
            long returns = m.getOrDefault("returns", 0L);
            return rateMap("offeredRate", percent(m.getOrDefault("offered", 0L), returns),
                    "completedRate", percent(m.getOrDefault("completed", 0L), returns),
                    "completedWithin72HoursRate", percent(m.getOrDefault("completedWithin72Hours", 0L), returns));
        }
    }

    static void flag(Map<String, Long> m, String name, boolean value) {
        m.put(name, value ? 1L : 0L);
    }

    // ------------------------------------------------------------------------------------------------ CME

    static final class CmeRegister implements FigureDefinition {
        public String name() {
            return "cme-register";
        }

        public String definition() {
            return "Children missing education: on the register at the end of the period, joined in the period, "
                    + "removed in the period by outcome (on roll elsewhere, elective home education, confirmed left "
                    + "the country, whereabouts unknown and retention ended, other), and the days on the register of "
                    + "those removed (median). Each register entry counts once.";
        }

        public List<Item> items(ReadModel model, Period period, ReportingRules rules) {
            List<Item> items = new ArrayList<>();
            for (RegisterEntry r : model.registerEntries.values()) {
                if (r.addedOn == null || r.addedOn.isAfter(period.to())
                        || r.removedOn != null && r.removedOn.isBefore(period.from())) {
                    continue;
                }
                Map<String, Long> m = new TreeMap<>();
                flag(m, "onRegisterAtEnd", r.removedOn == null || r.removedOn.isAfter(period.to()));
                flag(m, "joined", period.contains(r.addedOn));
                boolean removed = period.contains(r.removedOn);
                flag(m, "removed", removed);
                if (removed) {
                    m.put("daysOnRegister", ChronoUnit.DAYS.between(r.addedOn, r.removedOn));
                }
                items.add(new Item(r.id, Map.of("team", team(model, r.recordKey),
                        "outcome", removed && r.outcome != null ? r.outcome : "not removed in the period"),
                        m, Set.of(r.recordKey)));
            }
            return items;
        }

        public Map<String, BigDecimal> rates(Map<String, Long> m, List<Item> items) {
            return rateMap("medianDaysOnRegister", median(items.stream()
                    .filter(i -> i.measures().containsKey("daysOnRegister"))
                    .map(i -> i.measures().get("daysOnRegister")).toList()));
        }
    }

    // ------------------------------------------------------------------------------------------------ exploitation

    static final class Exploitation implements FigureDefinition {
        public String name() {
            return "exploitation";
        }

        public String definition() {
            return "Exploitation risk: children with an open assessment at the end of the period by its category "
                    + "then (1 not at risk, 2 mild, 3 moderate, 4 significant; the professional's override where "
                    + "there is one), assessments completed and reviews done in the period, assessments overdue for "
                    + "review at the end of the period (the review date given at the latest completion or review had "
                    + "passed), and concerns awaiting assessment at the end of the period (a concern raised for a "
                    + "child with no assessment completed or reviewed on or after it).";
        }

        public List<Item> items(ReadModel model, Period period, ReportingRules rules) {
            Instant end = period.end(rules.zone());
            List<Item> items = new ArrayList<>();
            Map<String, Assessment> openByChild = new TreeMap<>();
            Map<String, List<Instant>> assessedByChild = new HashMap<>();
            for (Assessment a : model.assessments.values()) {
                String child = model.childOf(a.recordKey);
                a.history.stream().filter(h -> h.at().isBefore(end))
                        .forEach(h -> assessedByChild.computeIfAbsent(child, c -> new ArrayList<>()).add(h.at()));
                Optional<Assessment.Assessed> then = a.asAssessedBefore(end);
                boolean open = then.isPresent() && (a.closedAt == null || !a.closedAt.isBefore(end));
                if (open) {
                    Assessment current = openByChild.get(child);
                    if (current == null || current.asAssessedBefore(end).get().at().isBefore(then.get().at())) {
                        openByChild.put(child, a);
                    }
                    LocalDate due = then.get().nextReviewDue();
                    if (due != null && due.isBefore(period.to())) {
                        items.add(new Item("overdue:" + a.id, Map.of("team", team(model, a.recordKey)),
                                one("overdueForReview"), Set.of(a.recordKey)));
                    }
                }
                long completed = a.completedAt != null && period.contains(a.completedAt, rules.zone()) ? 1 : 0;
                long reviews = a.reviews.stream().filter(r -> period.contains(r, rules.zone())).count();
                if (completed + reviews > 0) {
                    items.add(new Item("assessed:" + a.id, Map.of("team", team(model, a.recordKey)),
                            Map.of("assessmentsCompleted", completed, "reviewsDone", reviews), Set.of(a.recordKey)));
                }
            }
            openByChild.forEach((child, a) -> {
                String category = a.asAssessedBefore(end).map(Assessment.Assessed::category).orElse(NOT_RECORDED);
                items.add(new Item("child:" + child, Map.of("team", team(model, a.recordKey),
                        "category", category == null ? NOT_RECORDED : category), one("childrenAssessed"),
                        Set.of(a.recordKey)));
            });
            for (Concern c : model.concerns.values()) {
                if (c.observedAt == null || !c.observedAt.isBefore(end)) {
                    continue;
                }
                String child = model.childOf(c.recordKey);
                boolean assessed = assessedByChild.getOrDefault(child, List.of()).stream()
                        .anyMatch(at -> !at.isBefore(c.observedAt));
                if (!assessed) {
                    items.add(new Item("concern:" + c.id, Map.of("team", team(model, c.recordKey)),
                            one("concernsAwaitingAssessment"), Set.of(c.recordKey)));
                }
            }
            items.sort(Comparator.comparing(Item::id));
            return items;
        }
    }

    // ------------------------------------------------------------------------------------------------ alerts

    static final class Alerts implements FigureDefinition {
        public String name() {
            return "alerts";
        }

        public String definition() {
            return "Alerts raised in the period (by when the condition began) by code, how many were resolved (the "
                    + "facts that ended them arrived) by the date, and the median hours from raised to resolved; the "
                    + "alerts acknowledged in the period (by when someone took them on), with the median and 90th "
                    + "percentile minutes from the alert reaching people to its acknowledgement, overall and by code; "
                    + "and the escalations in the period (each step along the escalation chain of an alert nobody "
                    + "had acknowledged in time).";
        }

        public List<Item> items(ReadModel model, Period period, ReportingRules rules) {
            List<Item> items = new ArrayList<>();
            for (Alert a : model.alerts.values()) {
                boolean raised = a.raisedAt != null && period.contains(a.raisedAt, rules.zone());
                boolean acknowledged = a.acknowledgedAt != null && period.contains(a.acknowledgedAt, rules.zone());
                long escalations = a.escalatedAt.stream().filter(at -> period.contains(at, rules.zone())).count();
                if (!raised && !acknowledged && escalations == 0) {
                    continue;
                }
                Map<String, Long> m = new TreeMap<>();
                flag(m, "raised", raised);
                if (raised) {
                    flag(m, "resolved", a.clearedAt != null);
                    if (a.clearedAt != null) {
                        m.put("hoursToResolve", Math.max(0, Duration.between(a.raisedAt, a.clearedAt).toHours()));
                    }
                }
                if (acknowledged) {
                    m.put("acknowledged", 1L);
                    Instant from = a.publishedAt != null ? a.publishedAt : a.raisedAt;
                    if (from != null) {
                        m.put(MINUTES_TO_ACKNOWLEDGE,
                                Math.max(0, Duration.between(from, a.acknowledgedAt).toMinutes()));
                    }
                }
                if (escalations > 0) {
                    m.put("escalations", escalations);
                }
                String team = model.child(model.childOf(a.recordKey)).team;
                items.add(new Item(a.id, Map.of("code", a.code == null ? NOT_RECORDED : a.code,
                        "team", team == null ? NO_TEAM : team), m, Set.of(a.recordKey)));
            }
            return items;
        }

        /**
         * The median hours to resolve; the median and 90th percentile minutes to acknowledge, overall and by code
         * ({@code medianMinutesToAcknowledge:RHI_OVERDUE}): a rate, unlike a count, cannot be added up by group.
         */
        public Map<String, BigDecimal> rates(Map<String, Long> m, List<Item> items) {
            Map<String, BigDecimal> rates = rateMap("medianHoursToResolve", median(items.stream()
                    .filter(i -> i.measures().containsKey("hoursToResolve"))
                    .map(i -> i.measures().get("hoursToResolve")).toList()));
            Map<String, List<Long>> waits = new TreeMap<>();
            for (Item i : items) {
                Long wait = i.measures().get(MINUTES_TO_ACKNOWLEDGE);
                if (wait != null) {
                    waits.computeIfAbsent("", k -> new ArrayList<>()).add(wait);
                    waits.computeIfAbsent(":" + i.groups().get("code"), k -> new ArrayList<>()).add(wait);
                }
            }
            waits.forEach((suffix, list) -> {
                rates.put("medianMinutesToAcknowledge" + suffix, median(list));
                rates.put("p90MinutesToAcknowledge" + suffix, percentile90(list));
            });
            return rates;
        }

        static final String MINUTES_TO_ACKNOWLEDGE = "minutesToAcknowledge";
    }

    /** The nearest-rank 90th percentile: the smallest value at least 90 % of the values are at or below. */
    static BigDecimal percentile90(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return BigDecimal.valueOf(sorted.get(Math.max(rank, 1) - 1)).setScale(1, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------------------------------------ themes

    static final class InterviewThemes implements FigureDefinition {
        public String name() {
            return "interview-themes";
        }

        public String definition() {
            return "Return interviews completed in the period and the push factors (what pushed the child away) and "
                    + "pull factors (what drew them) recorded, each counted once per interview, per month to show the "
                    + "trend.";
        }

        public List<Item> items(ReadModel model, Period period, ReportingRules rules) {
            List<Item> items = new ArrayList<>();
            for (InterviewCase c : model.interviewCases.values()) {
                if (!c.completed) {
                    continue;
                }
                boolean in = c.completedAt != null ? period.contains(c.completedAt, rules.zone())
                        : period.contains(c.completedOn);
                if (!in) {
                    continue;
                }
                Map<String, Long> m = new TreeMap<>();
                m.put("interviews", 1L);
                c.pushFactors.forEach(f -> m.put("push:" + f, 1L));
                c.pullFactors.forEach(f -> m.put("pull:" + f, 1L));
                items.add(new Item(c.id, Map.of("context", context(c.context), "team", team(model, c.recordKey)), m,
                        Set.of(c.recordKey)));
            }
            return items;
        }
    }

    // ------------------------------------------------------------------------------------------------ MACE

    static final class Mace implements FigureDefinition {
        public String name() {
            return "mace";
        }

        public String definition() {
            return "The MACE panel's work: meetings held (opened) in the period; children discussed (each child at "
                    + "each meeting); actions agreed, done and cancelled in the period; actions overdue (still open "
                    + "and past their due date on the period's last day, or on the as-at date if earlier); drift "
                    + "flagged by the panel, by rule (an action overdue or carried over too often, no change in risk, "
                    + "a nomination never discussed); and outcomes shared with the child's social worker.";
        }

        public List<Item> items(ReadModel model, Period period, ReportingRules rules) {
            List<Item> items = new ArrayList<>();
            model.maceMeetingsOpened.forEach((meeting, at) -> {
                if (period.contains(at, rules.zone())) {
                    items.add(new Item("meeting:" + meeting, Map.of(), one("meetingsHeld"),
                            Set.of("MACE/" + meeting)));
                }
            });
            for (ReadModel.MaceEntry d : model.maceDiscussions.values()) {
                if (period.contains(d.at(), rules.zone())) {
                    items.add(new Item("discussed:" + d.id(), Map.of("team", team(model, d.recordKey())),
                            one("childrenDiscussed"), Set.of(d.recordKey())));
                }
            }
            LocalDate asAtDay = model.asAt.atZone(rules.zone()).toLocalDate();
            LocalDate lastDay = period.to().isBefore(asAtDay) ? period.to() : asAtDay;
            for (ReadModel.MaceAction a : model.maceActions.values()) {
                Map<String, Long> m = new TreeMap<>();
                if (a.agreedAt != null && period.contains(a.agreedAt, rules.zone())) {
                    m.put("actionsAgreed", 1L);
                }
                if (a.doneOn != null && period.contains(a.doneOn)) {
                    m.put("actionsDone", 1L);
                }
                if (a.cancelledOn != null && period.contains(a.cancelledOn)) {
                    m.put("actionsCancelled", 1L);
                }
                if (a.dueOn != null && a.dueOn.isBefore(lastDay) && a.openOn(lastDay)) {
                    m.put("actionsOverdue", 1L);
                }
                if (!m.isEmpty()) {
                    items.add(new Item("action:" + a.id, Map.of("team", team(model, a.recordKey)), m,
                            Set.of(a.recordKey)));
                }
            }
            for (ReadModel.MaceEntry d : model.maceDrift.values()) {
                if (period.contains(d.at(), rules.zone())) {
                    String drift = d.drift() == null ? NOT_RECORDED : d.drift();
                    Map<String, Long> m = new TreeMap<>();
                    m.put("driftFlagged", 1L);
                    m.put("drift:" + drift, 1L);
                    items.add(new Item("drift:" + d.id(), Map.of("drift", drift, "team", team(model, d.recordKey())),
                            m, Set.of(d.recordKey())));
                }
            }
            for (ReadModel.MaceEntry o : model.maceOutcomes.values()) {
                if (period.contains(o.at(), rules.zone())) {
                    items.add(new Item("outcome:" + o.id(), Map.of("team", team(model, o.recordKey())),
                            one("outcomesShared"), Set.of(o.recordKey())));
                }
            }
            items.sort(Comparator.comparing(Item::id));
            return items;
        }
    }
}
