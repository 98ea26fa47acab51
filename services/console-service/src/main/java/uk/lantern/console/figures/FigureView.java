package uk.lantern.console.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.lantern.console.figures.FigureRecords.Figure;
import uk.lantern.console.figures.FigureRecords.Month;

/**
 * A figure as the page shows it: the chart of its main measure by month, and the table of every measure and rate by
 * month with the period's total (the chart's accessible equivalent, and more); for the drill-down, the same per group
 * of each dimension.
 */
public record FigureView(String name, String title, String definition, String period, int records, String charted,
                         BarChart chart, List<String> columns, List<Row> rows, List<Dimension> dimensions) {

    /** A line of a table: what it counts, a cell per column, the total (empty where the API gives none). */
    public record Row(String label, List<String> cells, String total) {
    }

    /** A drill-down: the groups of one dimension, charted by the main measure, and every measure per group. */
    public record Dimension(String name, String words, BarChart chart, List<String> measures, List<Row> rows) {
    }

    public static FigureView of(Figure figure) {
        String charted = FigureWords.charted(figure.name());
        BarChart chart = BarChart.of(figure.months().stream().map(m -> new BarChart.Value(FigureWords.month(m.month()),
                m.measures().getOrDefault(charted, 0L))).toList());
        List<String> columns = figure.months().stream().map(m -> FigureWords.month(m.month())).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(FigureWords.measure("records"), figure.months().stream()
                .map(m -> Integer.toString(m.records())).toList(), Integer.toString(figure.records())));
        for (String measure : names(figure.measures().keySet(), figure.months(), false)) {
            rows.add(new Row(FigureWords.measure(measure), figure.months().stream()
                    .map(m -> count(m.measures().get(measure))).toList(), count(figure.measures().get(measure))));
        }
        for (String rate : names(figure.rates().keySet(), figure.months(), true)) {
            rows.add(new Row(FigureWords.measure(rate), figure.months().stream()
                    .map(m -> rate(m.rates().get(rate))).toList(), rate(figure.rates().get(rate))));
        }
        List<Dimension> dimensions = new ArrayList<>();
        figure.breakdown().forEach((dimension, groups) -> {
            Set<String> measures = new LinkedHashSet<>();
            groups.values().forEach(m -> measures.addAll(m.keySet()));
            List<String> ordered = measures.stream().sorted((a, b) -> a.equals(charted) ? -1 : b.equals(charted) ? 1 : a.compareTo(b)).toList();
            List<Row> groupRows = new ArrayList<>();
            groups.forEach((group, counts) -> groupRows.add(new Row(group,
                    ordered.stream().map(m -> count(counts.get(m))).toList(), "")));
            dimensions.add(new Dimension(dimension, FigureWords.dimension(dimension),
                    BarChart.of(groups.entrySet().stream().map(g -> new BarChart.Value(g.getKey(),
                            g.getValue().getOrDefault(charted, 0L))).toList()),
                    ordered.stream().map(FigureWords::measure).toList(), groupRows));
        });
        return new FigureView(figure.name(), FigureWords.title(figure.name()), figure.definition(), figure.period(),
                figure.records(), FigureWords.measure(charted), chart, columns, rows, dimensions);
    }

    /** The measure (or rate) names of the period and of every month, charted one first, then as the API sorts them. */
    private static List<String> names(Set<String> ofPeriod, List<Month> months, boolean rates) {
        Set<String> names = new java.util.TreeSet<>(ofPeriod);
        months.forEach(m -> names.addAll(rates ? m.rates().keySet() : m.measures().keySet()));
        return List.copyOf(names);
    }

    private static String count(Long value) {
        return value == null ? "0" : Long.toString(value);
    }

    private static String rate(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }

    public boolean hasDrillDown() {
        return !dimensions.isEmpty();
    }
}
