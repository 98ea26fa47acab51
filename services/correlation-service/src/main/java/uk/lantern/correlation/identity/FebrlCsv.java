package uk.lantern.correlation.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * Reads FEBRL-format person files ({@code rec_id, given_name, surname, street_number, address_1, address_2,
 * suburb, postcode, state, date_of_birth, soc_sec_id}) into person records. The address line is the street
 * number, both address lines and the suburb; {@code soc_sec_id} becomes an other-id of scheme {@code SOC_SEC_ID}.
 */
public final class FebrlCsv {
    public static final String SOC_SEC_ID = "SOC_SEC_ID";

    private FebrlCsv() {
    }

    public static List<PersonRecord> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::strip).toList();
        List<PersonRecord> records = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            records.add(toRecord(header, cells));
        }
        return records;
    }

    private static PersonRecord toRecord(List<String> header, String[] cells) {
        java.util.function.Function<String, String> cell = name -> {
            int i = header.indexOf(name);
            if (i < 0 || i >= cells.length) {
                return null;
            }
            String v = cells[i].strip();
            return v.isEmpty() ? null : v;
        };
        StringJoiner address = new StringJoiner(" ");
        for (String part : List.of("street_number", "address_1", "address_2", "suburb")) {
            String v = cell.apply(part);
            if (v != null) {
                address.add(v);
            }
        }
        PersonRecord.Builder b = PersonRecord.builder(cell.apply("rec_id"))
                .givenName(cell.apply("given_name"))
                .familyName(cell.apply("surname"))
                .dateOfBirth(cell.apply("date_of_birth"))
                .postcode(cell.apply("postcode"))
                .addressLine(address.length() == 0 ? null : address.toString());
        String ssn = cell.apply("soc_sec_id");
        if (ssn != null) {
            b.otherId(SOC_SEC_ID, ssn);
        }
        return b.build();
    }
}
