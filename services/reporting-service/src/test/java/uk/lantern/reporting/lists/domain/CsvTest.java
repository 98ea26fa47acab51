package uk.lantern.reporting.lists.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.reporting.common.domain.Csv;

class CsvTest {

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_lines_end_with_crlf() {
        assertThat(Csv.of(List.of("a", "b"), List.of(List.of("x,y", "say \"hi\""), List.of("line\nbreak", "é"))))
                .isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",é\r\n");
    }
}
