package uk.lantern.reporting.common.domain;

import java.util.List;

/**
 * RFC 4180: records end with CRLF, a field holding a comma, a double quote, CR or LF is quoted and its quotes doubled.
 * Nothing else is added (no byte order mark, no timestamp): the same rows are the same bytes.
 */
public final class Csv {

    private Csv() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
