package uk.lantern.reporting.common.domain;

import java.util.List;

/** An answer the API gives as JSON or, asked for CSV, as these columns and cells in a fixed order. */
public interface CsvDocument {

    List<String> columns();

    List<List<String>> cells();

    default String csv() {
        return Csv.of(columns(), cells());
    }
}
