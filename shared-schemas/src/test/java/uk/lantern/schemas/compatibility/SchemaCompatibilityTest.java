package uk.lantern.schemas.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCompatibilityTest {

    private static final String COMMON = """
            {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "role": {"type": "string"}}}
            """;
    private static final String RELEASED = """
            {"allOf": [{"$ref": "../common/person.json"}],
             "properties": {"data": {"type": "object", "required": ["episodeId", "riskGrade"],
               "properties": {"episodeId": {"type": "string"}, "riskGrade": {"type": "string"},
                              "place": {"type": "string"}, "associates": {"type": "array", "items": {"$ref": "#/$defs/associate"}}}}},
             "required": ["data"],
             "$defs": {"associate": {"type": "object", "required": ["phone"], "properties": {"phone": {"type": "string"}}}}}
            """;

    @TempDir
    Path released;
    @TempDir
    Path current;

    private final SchemaCompatibility compatibility = new SchemaCompatibility();

    @Test
    void an_unchanged_schema_is_compatible() throws IOException {
        write(released, RELEASED, COMMON);
        write(current, RELEASED, COMMON);

        assertThat(compatibility.breaks(released, current)).isEmpty();
    }

    @Test
    void adding_an_optional_field_or_requiring_a_new_one_is_compatible() throws IOException {
        write(released, RELEASED, COMMON);
        write(current, RELEASED.replace("\"place\": {\"type\": \"string\"}",
                        "\"place\": {\"type\": \"string\"}, \"postcode\": {\"type\": \"string\"}")
                .replace("[\"episodeId\", \"riskGrade\"]", "[\"episodeId\", \"riskGrade\", \"place\"]"), COMMON);

        assertThat(compatibility.breaks(released, current)).isEmpty();
    }

    @Test
    void renaming_a_required_field_breaks_consumers() throws IOException {
        write(released, RELEASED, COMMON);
        write(current, RELEASED.replace("riskGrade", "grade"), COMMON);

        assertThat(compatibility.breaks(released, current)).extracting(Object::toString)
                .containsExactly("missing-episode/event.v1.json $.data.riskGrade: required field removed or renamed");
    }

    @Test
    void changing_a_type_breaks_consumers_even_in_a_referenced_file() throws IOException {
        write(released, RELEASED, COMMON);
        write(current, RELEASED, COMMON.replace("\"name\": {\"type\": \"string\"}", "\"name\": {\"type\": \"object\"}"));

        assertThat(compatibility.breaks(released, current)).extracting(Object::toString).contains(
                "missing-episode/event.v1.json $.name: type changed from [string] to [object]",
                "common/person.json $.name: type changed from [string] to [object]");
    }

    @Test
    void making_a_required_field_optional_breaks_consumers_inside_array_items() throws IOException {
        write(released, RELEASED, COMMON);
        write(current, RELEASED.replace("\"required\": [\"phone\"], ", ""), COMMON);

        assertThat(compatibility.breaks(released, current)).extracting(Object::toString)
                .containsExactly("missing-episode/event.v1.json $.data.associates[].phone: required field made optional");
    }

    @Test
    void deleting_a_released_schema_breaks_consumers() throws IOException {
        write(released, RELEASED, COMMON);
        write(current, RELEASED, COMMON);
        Files.delete(current.resolve("common/person.json"));
        Files.writeString(current.resolve("common/other.json"), COMMON);

        assertThat(compatibility.breaks(released, current)).extracting(Object::toString)
                .contains("common/person.json $: released schema removed");
    }

    private static void write(Path root, String event, String common) throws IOException {
        Files.createDirectories(root.resolve("missing-episode"));
        Files.createDirectories(root.resolve("common"));
        Files.writeString(root.resolve("missing-episode/event.v1.json"), event);
        Files.writeString(root.resolve("common/person.json"), common);
    }
}
