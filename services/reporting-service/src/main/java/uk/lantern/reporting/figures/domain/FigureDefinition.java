package uk.lantern.reporting.figures.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One figure: what it counts in a period, and the rates it makes of the counts. */
public interface FigureDefinition {

    String name();

    /** In the users' words; FIGURES.md says the same. */
    String definition();

    List<Item> items(ReadModel model, Period period, ReportingRules rules);

    default Map<String, BigDecimal> rates(Map<String, Long> measures, List<Item> items) {
        return Map.of();
    }
}
