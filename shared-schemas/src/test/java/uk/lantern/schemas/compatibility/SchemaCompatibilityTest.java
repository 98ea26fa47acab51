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

    /** A closed event whose fields carry each kind of constraint, one of them (sex) through a $ref. */
    private static final String CONSTRAINED = """
            {"type": "object", "additionalProperties": false, "required": ["kind", "grade", "ref"],
             "properties": {
               "kind": {"const": "AnalystEvent"},
               "grade": {"type": "string", "enum": ["LOW", "MEDIUM", "HIGH"]},
               "sex": {"$ref": "../common/person.json#/$defs/sex", "description": "As recorded."},
               "ref": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
               "at": {"type": "string", "format": "date-time"},
               "name": {"type": "string", "minLength": 1, "maxLength": 200},
               "age": {"type": "integer", "minimum": 0, "maximum": 25},
               "associates": {"type": "array", "maxItems": 50,
                 "items": {"type": "object", "additionalProperties": false, "properties": {"phone": {"type": "string"}}}}}}
            """;
    private static final String PERSON = """
            {"type": "object", "properties": {"name": {"type": "string"}},
             "$defs": {"sex": {"enum": ["FEMALE", "MALE", "OTHER", "UNKNOWN"]}}}
            """;

    @Test
    void an_unchanged_constrained_schema_is_compatible() throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED, PERSON)).isEmpty();
    }

    @Test
    void adding_an_enum_value_breaks_consumers_that_switch_over_the_values() throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"MEDIUM\", ", "\"MEDIUM\", \"VERY_HIGH\", "), PERSON))
                .containsExactly("missing-episode/event.v1.json $.grade: enum value added [\"VERY_HIGH\"]");
    }

    @Test
    void removing_an_enum_value_breaks_consumers_of_messages_already_written() throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"MEDIUM\", ", ""), PERSON))
                .containsExactly("missing-episode/event.v1.json $.grade: enum value removed [\"MEDIUM\"]");
    }

    @Test
    void an_enum_changed_in_a_referenced_file_breaks_the_event_that_refers_to_it() throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED, PERSON.replace(", \"UNKNOWN\"", "")))
                .containsExactly("missing-episode/event.v1.json $.sex: enum value removed [\"UNKNOWN\"]");
    }

    @Test
    void imposing_an_enum_or_lifting_one_breaks_consumers() throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED.replace(", \"enum\": [\"LOW\", \"MEDIUM\", \"HIGH\"]", ""), PERSON))
                .containsExactly("missing-episode/event.v1.json $.grade: enum [\"HIGH\", \"LOW\", \"MEDIUM\"] lifted: "
                        + "any value may now appear");
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"name\": {\"type\": \"string\", ",
                "\"name\": {\"type\": \"string\", \"enum\": [\"x\"], "), PERSON))
                .containsExactly("missing-episode/event.v1.json $.name: enum [\"x\"] imposed");
    }

    @Test
    void adding_a_property_to_a_closed_schema_breaks_consumers_that_validate_with_the_released_one()
            throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"properties\": {\n",
                "\"properties\": {\n   \"formerRef\": {\"type\": \"string\"},\n"), PERSON))
                .containsExactly("missing-episode/event.v1.json $: property added to a closed schema [formerRef]");
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"phone\": {\"type\": \"string\"}",
                "\"phone\": {\"type\": \"string\"}, \"childRef\": {\"type\": \"string\"}"), PERSON))
                .containsExactly("missing-episode/event.v1.json $.associates[]: property added to a closed schema "
                        + "[childRef]");
    }

    @Test
    void opening_a_closed_schema_breaks_consumers() throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED.replaceFirst("\"additionalProperties\": false, ", ""), PERSON))
                .containsExactly("missing-episode/event.v1.json $: closed schema opened: any property may now appear");
    }

    @Test
    void changing_or_imposing_a_pattern_breaks_consumers_and_dropping_one_does_not() throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED.replace("{64}", "{40}"), PERSON)).containsExactly(
                "missing-episode/event.v1.json $.ref: pattern tightened from [^[0-9a-f]{64}$] to [^[0-9a-f]{40}$]");
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"name\": {\"type\": \"string\", ",
                "\"name\": {\"type\": \"string\", \"pattern\": \"^[a-z ]+$\", "), PERSON)).containsExactly(
                "missing-episode/event.v1.json $.name: pattern tightened from [] to [^[a-z ]+$]");
        assertThat(constrainedBreaks(CONSTRAINED.replace(", \"pattern\": \"^[0-9a-f]{64}$\"", ""), PERSON)).isEmpty();
    }

    @Test
    void changing_or_imposing_a_format_breaks_consumers_and_dropping_one_does_not() throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"date-time\"", "\"date\""), PERSON)).containsExactly(
                "missing-episode/event.v1.json $.at: format tightened from [date-time] to [date]");
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"pattern\": \"^[0-9a-f]{64}$\"",
                "\"pattern\": \"^[0-9a-f]{64}$\", \"format\": \"uuid\""), PERSON)).containsExactly(
                "missing-episode/event.v1.json $.ref: format tightened from [] to [uuid]");
        assertThat(constrainedBreaks(CONSTRAINED.replace(", \"format\": \"date-time\"", ""), PERSON)).isEmpty();
    }

    @Test
    void tightening_a_length_breaks_consumers_and_relaxing_it_does_not() throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"maxLength\": 200", "\"maxLength\": 100"), PERSON))
                .containsExactly("missing-episode/event.v1.json $.name: maxLength tightened from 200 to 100");
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"minLength\": 1", "\"minLength\": 2"), PERSON))
                .containsExactly("missing-episode/event.v1.json $.name: minLength tightened from 1 to 2");
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"pattern\": \"^[0-9a-f]{64}$\"",
                "\"pattern\": \"^[0-9a-f]{64}$\", \"maxLength\": 64"), PERSON))
                .containsExactly("missing-episode/event.v1.json $.ref: maxLength tightened from null to 64");
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"maxItems\": 50", "\"maxItems\": 10"), PERSON))
                .containsExactly("missing-episode/event.v1.json $.associates: maxItems tightened from 50 to 10");
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"maxLength\": 200", "\"maxLength\": 400")
                .replace("\"minLength\": 1, ", "").replace("\"maxItems\": 50", "\"maxItems\": 60"), PERSON)).isEmpty();
    }

    @Test
    void tightening_a_numeric_bound_breaks_consumers_and_relaxing_it_does_not() throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"maximum\": 25", "\"maximum\": 18"), PERSON))
                .containsExactly("missing-episode/event.v1.json $.age: maximum tightened from 25 to 18");
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"minimum\": 0", "\"minimum\": 10"), PERSON))
                .containsExactly("missing-episode/event.v1.json $.age: minimum tightened from 0 to 10");
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"maximum\": 25", "\"maximum\": 30"), PERSON)).isEmpty();
    }

    @Test
    void changing_adding_or_removing_a_const_breaks_consumers() throws IOException {
        assertThat(constrainedBreaks(CONSTRAINED.replace("{\"const\": \"AnalystEvent\"}",
                "{\"const\": \"AnalystEventV2\"}"), PERSON)).containsExactly(
                "missing-episode/event.v1.json $.kind: const changed from \"AnalystEvent\" to \"AnalystEventV2\"");
        assertThat(constrainedBreaks(CONSTRAINED.replace("{\"const\": \"AnalystEvent\"}", "{\"type\": \"string\"}"),
                PERSON)).contains(
                "missing-episode/event.v1.json $.kind: const changed from \"AnalystEvent\" to null");
        assertThat(constrainedBreaks(CONSTRAINED.replace("\"type\": \"string\", \"pattern\"",
                "\"type\": \"string\", \"const\": \"x\", \"pattern\""), PERSON)).containsExactly(
                "missing-episode/event.v1.json $.ref: const changed from null to \"x\"");
    }

    private java.util.List<String> constrainedBreaks(String event, String person) throws IOException {
        write(released, CONSTRAINED, PERSON);
        write(current, event, person);
        return compatibility.breaks(released, current).stream().map(Object::toString)
                .filter(b -> !b.startsWith("common/")).toList();
    }

    private static void write(Path root, String event, String common) throws IOException {
        Files.createDirectories(root.resolve("missing-episode"));
        Files.createDirectories(root.resolve("common"));
        Files.writeString(root.resolve("missing-episode/event.v1.json"), event);
        Files.writeString(root.resolve("common/person.json"), common);
    }
}
