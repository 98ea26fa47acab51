package uk.lantern.reporting.figures.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.lantern.reporting.common.domain.CsvDocument;
import uk.lantern.reporting.figures.domain.Figure;
import uk.lantern.reporting.figures.domain.Figures;

/** The figures as answers: JSON as they are; CSV one line per figure, month, group and measure, in a fixed order. */
final class FigureTables {

    static final List<String> COLUMNS = List.of("figure", "month", "dimension", "group", "measure", "value");

    private FigureTables() {
    }

    /** Every figure for one period as at one instant. */
    record FigureSet(String period, String asAt, List<Figure> figures) implements CsvDocument {
        public List<String> columns() {
            return COLUMNS;
        }

        public List<List<String>> cells() {
            List<List<String>> rows = new ArrayList<>();
            figures.forEach(f -> rows.addAll(lines(f)));
            return rows;
        }
    }

    /** One figure, and, when asked to compare with another date, what changed it. */
    record FigureAnswer(Figure figure, Figures.Explanation explanation) implements CsvDocument {
        public List<String> columns() {
            return COLUMNS;
        }

        public List<List<String>> cells() {
            List<List<String>> rows = new ArrayList<>(lines(figure));
            if (explanation != null) {
                explanation.difference().forEach((m, v) -> rows.add(List.of(figure.name(), figure.period(),
                        "difference from " + explanation.compareAsAt(), "all", m, Long.toString(v))));
            }
            return rows;
        }
    }

    static List<List<String>> lines(Figure f) {
        List<List<String>> rows = new ArrayList<>();
        add(rows, f.name(), f.period(), "all", "all", f.measures(), f.rates(), f.records());
        f.breakdown().forEach((dimension, groups) -> groups.forEach((group, measures) ->
                add(rows, f.name(), f.period(), dimension, group, measures, Map.of(), null)));
        for (Figure.Month m : f.months()) {
            if (!m.month().equals(f.period())) {
                add(rows, f.name(), m.month(), "all", "all", m.measures(), m.rates(), m.records());
            }
        }
        return rows;
    }

    private static void add(List<List<String>> rows, String figure, String month, String dimension, String group,
                            Map<String, Long> measures, Map<String, BigDecimal> rates, Integer records) {
        if (records != null) {
            rows.add(List.of(figure, month, dimension, group, "records", Integer.toString(records)));
        }
        measures.forEach((m, v) -> rows.add(List.of(figure, month, dimension, group, m, Long.toString(v))));
        rates.forEach((r, v) -> rows.add(List.of(figure, month, dimension, group, r, v.toPlainString())));
    }
}
