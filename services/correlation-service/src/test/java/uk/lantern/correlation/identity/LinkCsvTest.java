package uk.lantern.correlation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accuracy command as others run it: {@code LinkCsv file.csv}, default settings. */
class LinkCsvTest {
    private static final String HEADER = "rec_id,given_name,surname,street_number,address_1,address_2,suburb,postcode,"
            + "state,date_of_birth,soc_sec_id";

    @TempDir
    Path dir;

    @Test
    void without_options_the_command_uses_the_default_settings_whose_household_guard_is_twins() {
        LinkCsv.Command command = LinkCsv.Command.parse("households.csv");

        assertThat(command.settings()).isEqualTo(MatchSettings.defaults());
        assertThat(command.settings().householdGuard()).isEqualTo(MatchSettings.HouseholdGuard.TWINS);
        assertThat(LinkCsv.Command.parse("--household-guard", "SIBLINGS", "households.csv").settings()
                .householdGuard()).isEqualTo(MatchSettings.HouseholdGuard.SIBLINGS);
    }

    @Test
    void households_of_twins_are_put_to_review_and_only_one_childs_own_records_are_linked() throws Exception {
        Path file = dir.resolve("twins.csv");
        Files.write(file, List.of(HEADER,
                // twins: one family name, house, postcode and date of birth; plainly different given names
                "rec-1-org,jack,okafor,12,park road,,peterborough,2145,nsw,20150301,",
                "rec-2-org,oliver,okafor,12,park road,,peterborough,2145,nsw,20150301,",
                // twin sisters elsewhere, and a second record of one of them with a typo in her given name
                "rec-3-org,amelia,byrne,4,mill lane,,stamford,2150,nsw,20120917,",
                "rec-3-dup-0,amelai,byrne,4,mill lane,,stamford,2150,nsw,20120917,",
                "rec-4-org,isla,byrne,4,mill lane,,stamford,2150,nsw,20120917,"), StandardCharsets.UTF_8);
        LinkCsv.Command command = LinkCsv.Command.parse(file.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        LinkCsv.Summary s = LinkCsv.run(command.files(), command.withoutStrongIds(), command.settings(),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> rows = out.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(rows.get(0)).isEqualTo("rec_id_a,rec_id_b,score,decision,agreeing_fields");
        assertThat(rows.stream().filter(r -> r.contains(",LINKED,")))
                .singleElement().satisfies(r -> assertThat(r).startsWith("rec-3-dup-0,rec-3-org,"));
        // one question per pair of children, naming any record of each
        assertThat(rows.stream().filter(r -> r.contains(",POSSIBLE_SAME_CHILD,"))
                .map(r -> r.replaceAll("^rec-(\\d+)-[^,]+,rec-(\\d+)-[^,]+,.*", "$1 $2")))
                .containsExactlyInAnyOrder("2 1", "4 3");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.reviewItems()).isEqualTo(2);
        assertThat(s.reviewItemsTrue()).isZero();
    }
}
