package uk.lantern.reporting.lists.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.lantern.reporting.common.domain.CsvDocument;

/**
 * A statutory list: its rows in a fixed order, each with the cells in the fixed column order. As JSON each row also
 * names the Lantern child and the record it comes from (the access log takes them from there); the CSV is the
 * cells only, with no timestamp, so the same data and date give the same bytes.
 *
 * @param list    e.g. {@code ofsted-missing-episodes}
 * @param period  the days covered
 * @param asAt    what Lantern knew at this instant
 * @param columns the CSV header
 * @param rows    the rows
 */
public record ListDocument(String list, String period, String asAt, List<String> columns, List<Row> rows)
        implements CsvDocument {

    /**
     * @param childId                the Lantern child (or {@code unresolved:<source key>})
     * @param localAuthorityPersonId the child's local authority person id, where known
     * @param recordId               the episode the row comes from (empty for a row per child)
     * @param cells                  column → cell, in column order
     */
    public record Row(String childId, String localAuthorityPersonId, String recordId, Map<String, String> cells) {
    }

    @Override
    public List<List<String>> cells() {
        List<List<String>> cells = new ArrayList<>();
        rows.forEach(r -> cells.add(columns.stream().map(c -> r.cells().getOrDefault(c, "")).toList()));
        return cells;
    }
}
