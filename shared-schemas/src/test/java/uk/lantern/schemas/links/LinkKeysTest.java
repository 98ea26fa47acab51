package uk.lantern.schemas.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "+447700900123", "07700900123", "+44 7700 900123", "+44 (0)7700 900123",
            "0044 7700 900123", "447700900123", "07700-900-123"})
    void every_way_of_writing_one_uk_mobile_number_is_the_same_number(String written) {
        assertThat(LinkKeys.phone(written)).contains("07700900123");
    }

    @Test
    void different_phone_numbers_stay_different_and_fragments_are_not_compared() {
        assertThat(LinkKeys.phone("07700 900124")).isNotEqualTo(LinkKeys.phone("07700 900123"));
        assertThat(LinkKeys.phone("900123")).isEmpty();
        assertThat(LinkKeys.phone(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB12 CDE", "ab12cde", " ab12  cde ", "AB12-CDE"})
    void vehicle_registrations_ignore_case_and_spaces(String written) {
        assertThat(LinkKeys.vehicleRegistration(written)).contains("AB12CDE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PE1 4LZ", "pe14lz", "pe1  4lz", " Pe1 4Lz "})
    void postcodes_ignore_case_and_spaces(String written) {
        assertThat(LinkKeys.postcode(written)).contains("PE14LZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Queensgate Centre", "queensgate centre", "Queensgate  Centre.", "THE QUEENSGATE, CENTRE",
            "  the   queensgate centre  "})
    void place_names_ignore_case_punctuation_the_and_spacing(String written) {
        assertThat(LinkKeys.placeName(written)).contains("queensgate centre");
    }

    @Test
    void apostrophes_and_full_stops_do_not_separate_place_names() {
        assertThat(LinkKeys.placeName("St. John's Park")).isEqualTo(LinkKeys.placeName("St Johns park"));
        assertThat(LinkKeys.placeName("Central Park")).isNotEqualTo(LinkKeys.placeName("Central Parade"));
    }

    @Test
    void a_key_is_the_kind_and_the_normal_form_as_child_profiles_carry_them() {
        assertThat(LinkKeys.of(LinkKeys.Kind.PHONE, "+44 7700 900123")).contains("PHONE:07700900123");
        assertThat(LinkKeys.of(LinkKeys.Kind.VEHICLE, "ab12 cde")).contains("VEHICLE:AB12CDE");
        assertThat(LinkKeys.of(LinkKeys.Kind.PERSON_NAME, "Dean  MARSH")).contains("PERSON_NAME:dean marsh");
        assertThat(LinkKeys.of(LinkKeys.Kind.POSTCODE, "pe1 4lz")).contains("POSTCODE:PE14LZ");
        assertThat(LinkKeys.of(LinkKeys.Kind.PLACE_NAME, "The Bus Station")).contains("PLACE_NAME:bus station");
        assertThat(LinkKeys.key(LinkKeys.Kind.PHONE, "07700900123")).isEqualTo("PHONE:07700900123");
    }

    @Test
    void a_value_with_no_normal_form_has_no_key() {
        assertThat(LinkKeys.of(LinkKeys.Kind.PHONE, "123")).isEmpty();
        assertThat(LinkKeys.of(LinkKeys.Kind.PERSON_NAME, "Dean")).isEmpty();
        assertThat(LinkKeys.of(LinkKeys.Kind.POSTCODE, " - ")).isEmpty();
        for (LinkKeys.Kind kind : LinkKeys.Kind.values()) {
            assertThat(LinkKeys.of(kind, null)).as(kind.name()).isEmpty();
            assertThat(LinkKeys.of(kind, "   ")).as(kind.name()).isEmpty();
        }
    }

    @Test
    void a_person_is_compared_by_full_name_only() {
        assertThat(LinkKeys.personName("Dean")).isEmpty();
        assertThat(LinkKeys.personName("dean  SMITH")).isEqualTo(LinkKeys.personName("Dean Smith"));
    }
}
