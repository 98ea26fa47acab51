package uk.lantern.reporting.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** FIGURES.md is the one document of the figures' definitions: the service says the same words. */
class FiguresDocumentTest {

    @Test
    void every_figures_definition_is_in_figures_md_word_for_word() throws IOException {
        String document = Files.readString(Path.of("FIGURES.md"));
        for (FigureDefinition figure : Figures.ALL) {
            assertThat(document).as(figure.name()).contains("### `" + figure.name() + "`\n\n" + figure.definition());
        }
    }
}
