package uk.lantern.schemas.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The build gate: no schema change may break a consumer of a released schema. */
class ReleasedSchemasStayCompatibleTest {

    @Test
    void no_current_schema_breaks_a_consumer_of_the_released_one() {
        var breaks = new SchemaCompatibility().breaks(Path.of("released-schemas"), Path.of("src/main/resources/schemas"));

        assertThat(breaks)
                .as("Breaking schema changes: publish them as a new version (*.v2.json) instead")
                .isEmpty();
    }
}
