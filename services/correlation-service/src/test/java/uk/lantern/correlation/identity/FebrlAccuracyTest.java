package uk.lantern.correlation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on FEBRL dataset 1 through the same path the stream uses, with the default settings (household guard
 * TWINS). Precision and recall after review are held to issue 15's targets (0.999, 0.995); the automatic recall
 * floors sit a little below what is measured (IDENTITY.md), so a change that makes linkage worse fails here.
 */
class FebrlAccuracyTest {
    private static final Path DATASET1 = Path.of("../../../shared/data/febrl/dataset1.csv");

    @Test
    void dataset1_without_strong_identifiers_links_precisely_and_finds_nearly_every_pair() throws Exception {
        assertThat(DATASET1).as("FEBRL data beside the repository").exists();

        LinkCsv.Summary s = LinkCsv.run(List.of(DATASET1), true, MatchSettings.defaults(), null);

        assertThat(s.truePairs()).isEqualTo(500);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.999);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(s.recallAfterReview()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void dataset1_with_soc_sec_id_links_across_a_differing_one_only_when_the_identity_agrees() throws Exception {
        LinkCsv.Summary s = LinkCsv.run(List.of(DATASET1), false, MatchSettings.defaults(), null);
        LinkCsv.Summary hard = LinkCsv.run(List.of(DATASET1), false,
                MatchSettings.defaults().withStrongIdDifference(MatchSettings.StrongIdDifference.CONFLICT), null);

        assertThat(s.precision()).isGreaterThanOrEqualTo(0.999);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.968);
        assertThat(s.recallAfterReview()).isGreaterThanOrEqualTo(0.995);
        // about 5 % of dataset 1's true pairs carry soc_sec_ids more than a typo apart: as conflicts they never link
        assertThat(hard.precision()).isGreaterThanOrEqualTo(0.999);
        assertThat(hard.recall()).isLessThan(s.recall() - 0.01);
    }

    @Test
    void the_command_prints_one_csv_row_per_pair() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        LinkCsv.run(List.of(DATASET1), true, MatchSettings.defaults(),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(0)).isEqualTo("rec_id_a,rec_id_b,score,decision,agreeing_fields");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("rec-\\S+,rec-\\S+,-?[0-9.]+,"
                + "(LINKED|POSSIBLE_SAME_CHILD),[A-Z_ ]*"));
        assertThat(Files.exists(DATASET1)).isTrue();
    }
}
