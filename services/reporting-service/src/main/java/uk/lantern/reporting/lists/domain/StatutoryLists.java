package uk.lantern.reporting.lists.domain;

import static uk.lantern.reporting.lists.domain.Cells.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.lantern.reporting.figures.domain.Period;
import uk.lantern.reporting.figures.domain.ReadModel;
import uk.lantern.reporting.figures.domain.ReadModel.ChildFacts;
import uk.lantern.reporting.figures.domain.ReadModel.Episode;
import uk.lantern.reporting.figures.domain.ReadModel.InterviewCase;
import uk.lantern.reporting.figures.domain.ReportingRules;

/**
 * The two lists asked for by name: Ofsted's inspection data list for missing episodes (Annex A: the episode list and
 * the looked-after list) and the DfE looked-after children return's (SSDA903) missing table, with its validation
 * report. A list names children, so a record its source erased is never on it, whatever the date: the list is made
 * only from what is still held (DPA 2018: kept no longer than needed), even when that means a list as at a past date
 * is shorter than the one produced then.
 */
public final class StatutoryLists {

    public static final String CHILD_ID = "Child ID";
    public static final String GENDER = "Gender";
    public static final String ETHNICITY = "Ethnicity";
    public static final String DATE_OF_BIRTH = "Date of birth";
    public static final String AGE = "Age at start of episode";
    public static final String START = "Episode start date";
    public static final String TYPE = "Missing or absent";
    public static final String END = "Episode end date";
    public static final String RHI_OFFERED = "Return interview offered";
    public static final String RHI_COMPLETED = "Return interview completed";
    public static final String MISSING_COUNT = "Missing episodes in the last 12 months";
    public static final String ABSENT_COUNT = "Absent episodes in the last 12 months";

    public static final List<String> OFSTED_EPISODE_COLUMNS = List.of(CHILD_ID, GENDER, ETHNICITY, DATE_OF_BIRTH, AGE,
            START, TYPE, END, RHI_OFFERED, RHI_COMPLETED);
    public static final List<String> OFSTED_LOOKED_AFTER_COLUMNS = List.of(CHILD_ID, GENDER, ETHNICITY, DATE_OF_BIRTH,
            MISSING_COUNT, ABSENT_COUNT);
    public static final List<String> SSDA903_COLUMNS = List.of("CHILD", "MISSING", "MIS_START", "MIS_END");
    public static final List<String> VALIDATION_COLUMNS = List.of("RULE", "CHILD", "MIS_START", "MESSAGE");

    private StatutoryLists() {
    }

    /** The twelve months (the ofsted-months setting) up to and including {@code to}. */
    public static Period ofstedPeriod(LocalDate to, ReportingRules rules) {
        return new Period(to.minusMonths(rules.ofstedMonths()).plusDays(1), to);
    }

    /** Annex A, missing episodes: one row per episode that started in the period, home or care. */
    public static ListDocument ofstedEpisodes(ReadModel model, LocalDate to, ReportingRules rules) {
        Period period = ofstedPeriod(to, rules);
        List<ListDocument.Row> rows = new ArrayList<>();
        for (Episode e : episodesIn(model, period, rules)) {
            String child = model.childOf(e.recordKey);
            ChildFacts facts = model.child(child);
            LocalDate start = day(e.start, rules.zone());
            Map<String, String> cells = childCells(facts);
            cells.put(AGE, age(facts.dateOfBirth, start, facts.dateOfBirth == null ? DATE_OF_BIRTH : START));
            cells.put(START, date(start, START));
            cells.put(TYPE, e.category == null ? missing(TYPE) : e.away() ? "Absent" : "Missing");
            cells.put(END, end(e, rules));
            InterviewCase c = model.interviewCases.get(e.id);
            boolean returned = e.returnedAt != null || c != null && c.returnedAt != null;
            cells.put(RHI_OFFERED, !returned ? "NA" : c != null && c.offered() ? "Y" : "N");
            cells.put(RHI_COMPLETED, !returned ? "NA" : c != null && c.completed ? "Y" : "N");
            rows.add(new ListDocument.Row(child, facts.localAuthorityPersonId, e.id, cells));
        }
        rows.sort(byCells(CHILD_ID, START).thenComparing(ListDocument.Row::recordId));
        return new ListDocument("ofsted-missing-episodes", period.from() + ".." + period.to(), model.asAt.toString(),
                OFSTED_EPISODE_COLUMNS, rows);
    }

    /** Annex A, looked-after children: each child with an episode from care in the period, and their counts. */
    public static ListDocument ofstedLookedAfter(ReadModel model, LocalDate to, ReportingRules rules) {
        Period period = ofstedPeriod(to, rules);
        Map<String, List<Episode>> byChild = new TreeMap<>();
        for (Episode e : episodesIn(model, period, rules)) {
            byChild.computeIfAbsent(model.childOf(e.recordKey), c -> new ArrayList<>()).add(e);
        }
        List<ListDocument.Row> rows = new ArrayList<>();
        byChild.forEach((child, episodes) -> {
            if (episodes.stream().noneMatch(Episode::fromCare)) {
                return;
            }
            ChildFacts facts = model.child(child);
            Map<String, String> cells = childCells(facts);
            cells.put(MISSING_COUNT, Long.toString(episodes.stream().filter(e -> e.category != null && !e.away()).count()));
            cells.put(ABSENT_COUNT, Long.toString(episodes.stream().filter(Episode::away).count()));
            rows.add(new ListDocument.Row(child, facts.localAuthorityPersonId, "", cells));
        });
        rows.sort(byCells(CHILD_ID).thenComparing(ListDocument.Row::childId));
        return new ListDocument("ofsted-looked-after-children", period.from() + ".." + period.to(),
                model.asAt.toString(), OFSTED_LOOKED_AFTER_COLUMNS, rows);
    }

    /** SSDA903 missing table: every episode of a looked-after child that was open at some time in the year. */
    public static ListDocument ssda903(ReadModel model, Period year, ReportingRules rules) {
        List<ListDocument.Row> rows = new ArrayList<>();
        for (Episode e : ssda903Episodes(model, year, rules)) {
            String child = model.childOf(e.recordKey);
            ChildFacts facts = model.child(child);
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("CHILD", orMissing(facts.localAuthorityPersonId, "CHILD"));
            cells.put("MISSING", e.category == null ? missing("MISSING") : e.away() ? "A" : "M");
            cells.put("MIS_START", date(day(e.start, rules.zone()), "MIS_START"));
            cells.put("MIS_END", ssda903End(e, year, rules));
            rows.add(new ListDocument.Row(child, facts.localAuthorityPersonId, e.id, cells));
        }
        rows.sort(Comparator.comparing((ListDocument.Row r) -> r.cells().get("CHILD"))
                .thenComparing(r -> sortableDate(r.cells().get("MIS_START"))).thenComparing(ListDocument.Row::recordId));
        return new ListDocument("ssda903-missing", year.from() + ".." + year.to(), model.asAt.toString(),
                SSDA903_COLUMNS, rows);
    }

    /**
     * The checks the DfE's validation applies to the missing table, in the same manner: each row names the rule, the
     * child and the episode's start, and says what is wrong. A list with no rows is a table that passes.
     */
    public static ListDocument ssda903Validation(ReadModel model, Period year, ReportingRules rules) {
        List<ListDocument.Row> rows = new ArrayList<>();
        Map<String, List<Episode>> byChild = new TreeMap<>();
        for (Episode e : ssda903Episodes(model, year, rules)) {
            byChild.computeIfAbsent(model.childOf(e.recordKey), c -> new ArrayList<>()).add(e);
        }
        byChild.forEach((child, episodes) -> {
            ChildFacts facts = model.child(child);
            String childCell = orMissing(facts.localAuthorityPersonId, "CHILD");
            episodes.sort(Comparator.comparing((Episode e) -> e.start, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(e -> e.id));
            String firstStart = date(day(episodes.get(0).start, rules.zone()), "MIS_START");
            if (facts.localAuthorityPersonId == null) {
                rows.add(problem("CHILD_ID_MISSING", child, "", childCell, firstStart,
                        "No local authority person id is recorded for the child: the return cannot name them"));
            }
            if (facts.dateOfBirth == null) {
                rows.add(problem("DATE_OF_BIRTH_MISSING", child, "", childCell, firstStart,
                        "No date of birth is recorded for the child"));
            }
            if (facts.ethnicity == null) {
                rows.add(problem("ETHNICITY_MISSING", child, "", childCell, firstStart,
                        "No ethnicity (DfE code) is recorded for the child"));
            }
            Episode previous = null;
            for (Episode e : episodes) {
                String start = date(day(e.start, rules.zone()), "MIS_START");
                if (e.start == null) {
                    rows.add(problem("START_MISSING", child, e.id, childCell, start,
                            "The episode has no start date (the report is not held)"));
                }
                if (e.category == null) {
                    rows.add(problem("MISSING_TYPE_MISSING", child, e.id, childCell, start,
                            "Whether the child was missing (M) or away without authorisation (A) is not recorded"));
                }
                if (e.start != null && e.returnedAt != null && e.returnedAt.isBefore(e.start)) {
                    rows.add(problem("END_BEFORE_START", child, e.id, childCell, start,
                            "MIS_END is before MIS_START"));
                }
                if (e.returnedAt == null && e.closedAt != null) {
                    rows.add(problem("END_MISSING_FOR_CLOSED_EPISODE", child, e.id, childCell, start,
                            "The episode was closed but no return or finding is recorded, so MIS_END is missing"));
                }
                if (previous != null && previous.start != null && e.start != null
                        && (previous.returnedAt == null || e.start.isBefore(previous.returnedAt))) {
                    rows.add(problem("OVERLAPPING_EPISODES", child, e.id, childCell, start,
                            "Overlaps the child's episode that started "
                                    + date(day(previous.start, rules.zone()), "MIS_START")));
                }
                previous = e;
            }
        });
        rows.sort(byCells("CHILD").thenComparing(r -> sortableDate(r.cells().get("MIS_START")))
                .thenComparing(r -> r.cells().get("RULE")).thenComparing(ListDocument.Row::recordId));
        return new ListDocument("ssda903-missing-validation", year.from() + ".." + year.to(), model.asAt.toString(),
                VALIDATION_COLUMNS, rows);
    }

    private static ListDocument.Row problem(String rule, String child, String episode, String childCell, String start,
                                            String message) {
        String la = Cells.isMissing(childCell) ? null : childCell;
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("RULE", rule);
        cells.put("CHILD", childCell);
        cells.put("MIS_START", start);
        cells.put("MESSAGE", message);
        return new ListDocument.Row(child, la, episode, cells);
    }

    private static List<Episode> episodesIn(ReadModel model, Period period, ReportingRules rules) {
        List<Episode> episodes = new ArrayList<>();
        for (Episode e : model.episodes.values()) {
            boolean in = e.start != null ? period.contains(e.start, rules.zone()) : period.contains(e.returnedAt, rules.zone());
            if (in && !model.erasedEver.contains(e.recordKey)) {
                episodes.add(e);
            }
        }
        return episodes;
    }

    private static List<Episode> ssda903Episodes(ReadModel model, Period year, ReportingRules rules) {
        Instant from = year.start(rules.zone());
        Instant to = year.end(rules.zone());
        List<Episode> episodes = new ArrayList<>();
        for (Episode e : model.episodes.values()) {
            if (!e.fromCare() || model.erasedEver.contains(e.recordKey)) {
                continue;
            }
            boolean in = e.start != null ? e.start.isBefore(to) && (e.returnedAt == null || !e.returnedAt.isBefore(from))
                    : year.contains(e.returnedAt, rules.zone());
            if (in) {
                episodes.add(e);
            }
        }
        return episodes;
    }

    private static Map<String, String> childCells(ChildFacts facts) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(CHILD_ID, orMissing(facts.localAuthorityPersonId, CHILD_ID));
        cells.put(GENDER, orMissing(gender(facts.sex), GENDER));
        cells.put(ETHNICITY, orMissing(facts.ethnicity, ETHNICITY));
        cells.put(DATE_OF_BIRTH, date(facts.dateOfBirth, DATE_OF_BIRTH));
        return cells;
    }

    /** Blank while the child is still missing; missing if the episode was closed with no return recorded. */
    private static String end(Episode e, ReportingRules rules) {
        if (e.returnedAt != null) {
            return date(day(e.returnedAt, rules.zone()), END);
        }
        return e.closedAt != null ? missing(END) : "";
    }

    /** Blank if the child was still missing at the end of the year (31 March). */
    private static String ssda903End(Episode e, Period year, ReportingRules rules) {
        if (e.returnedAt != null) {
            return e.returnedAt.isBefore(year.end(rules.zone())) ? date(day(e.returnedAt, rules.zone()), "MIS_END") : "";
        }
        return e.closedAt != null ? missing("MIS_END") : "";
    }

    private static Comparator<ListDocument.Row> byCells(String first, String... dates) {
        Comparator<ListDocument.Row> order = Comparator.comparing(r -> r.cells().get(first));
        for (String date : dates) {
            order = order.thenComparing(r -> sortableDate(r.cells().get(date)));
        }
        return order;
    }

    /** dd/MM/yyyy as yyyyMMdd, so rows sort by date; a missing date sorts first. */
    private static String sortableDate(String cell) {
        if (cell == null || isMissing(cell) || cell.length() != 10) {
            return "";
        }
        return cell.substring(6) + cell.substring(3, 5) + cell.substring(0, 2);
    }
}
