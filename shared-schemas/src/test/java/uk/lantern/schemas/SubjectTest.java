package uk.lantern.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectTest {

    @Test
    void the_partition_key_is_the_strongest_identifier_the_source_holds() {
        assertThat(new Subject(null, "9434765919", "A123456789012", null, null, null, null, null, null).partitionKey())
                .contains("nhs:9434765919");
        assertThat(new Subject(" LA-1 ", "9434765919", null, null, null, null, null, null, null).partitionKey())
                .contains("la:LA-1");
        assertThat(new Subject(null, null, null, "PP-7", null, null, null, null, null).partitionKey())
                .contains("police:PP-7");
    }

    @Test
    void the_schema_lists_exactly_the_dfe_ethnicity_codes_of_the_contract() throws Exception {
        var subject = tools.jackson.databind.json.JsonMapper.builder().build().readTree(
                getClass().getClassLoader().getResourceAsStream("schemas/common/subject.v1.json"));
        var codes = new java.util.ArrayList<String>();
        subject.at("/properties/ethnicity/enum").forEach(code -> codes.add(code.asString()));

        assertThat(codes).containsExactly(java.util.Arrays.stream(Ethnicity.values()).map(Enum::name)
                .toArray(String[]::new));
        assertThat(Ethnicity.REFU.description()).isEqualTo("Refused");
    }

    @Test
    void a_subject_known_only_by_name_has_no_partition_key() {
        assertThat(new Subject(null, " ", null, null, "Amelia", "Jones", null, null, null).partitionKey()).isEmpty();
    }
}
