package uk.lantern.reporting.figures.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A figure for a period as at an instant: its measures, the rates and statistics made from them, the count of records
 * behind it, the same per dimension of the drill-down and per calendar month, and its definition in the users' words.
 *
 * @param name       e.g. {@code missing-episodes}
 * @param definition what is counted, and what is not (FIGURES.md has the same words)
 * @param period     the days counted, e.g. {@code 2026-11}
 * @param asAt       what Lantern knew at this instant (ISO-8601)
 * @param records    how many records are behind the figure
 * @param measures   each count, by name
 * @param rates      percentages (one decimal) and statistics made from the counts
 * @param breakdown  dimension (team, context, category, ...) → group → measure → count
 * @param months     per calendar month of the period: its measures and rates
 */
public record Figure(String name, String definition, String period, String asAt, int records,
                     Map<String, Long> measures, Map<String, BigDecimal> rates,
                     Map<String, Map<String, Map<String, Long>>> breakdown, List<Month> months) {

    public record Month(String month, int records, Map<String, Long> measures, Map<String, BigDecimal> rates) {
    }
}
