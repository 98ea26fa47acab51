package uk.lantern.console.figures;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The reporting service's figures as its controller writes them (reporting-service {@code FigureTables} and
 * {@code Figure}): every figure for a period, or one, each with its definition, the count of records behind it, its
 * measures and rates, the drill-down (dimension → group → measure → count) and each calendar month.
 */
public final class FigureRecords {

    private FigureRecords() {
    }

    /** {@code GET /figures}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FigureSet(String period, String asAt, List<Figure> figures) {
        public FigureSet {
            figures = figures == null ? List.of() : figures;
        }
    }

    /** {@code GET /figures/{figure}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FigureAnswer(Figure figure) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(String name, String definition, String period, String asAt, int records,
                         Map<String, Long> measures, Map<String, BigDecimal> rates,
                         Map<String, Map<String, Map<String, Long>>> breakdown, List<Month> months) {
        public Figure {
            measures = measures == null ? Map.of() : measures;
            rates = rates == null ? Map.of() : rates;
            breakdown = breakdown == null ? Map.of() : breakdown;
            months = months == null ? List.of() : months;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Month(String month, int records, Map<String, Long> measures, Map<String, BigDecimal> rates) {
        public Month {
            measures = measures == null ? Map.of() : measures;
            rates = rates == null ? Map.of() : rates;
        }
    }
}
