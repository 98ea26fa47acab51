package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkNormaliserTest {

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "+447700900123", "07700900123", "+44 7700 900123", "+44 (0)7700 900123",
            "0044 7700 900123", "447700900123", "07700-900-123"})
    void every_way_of_writing_one_uk_mobile_number_is_the_same_number(String written) {
        assertThat(LinkNormaliser.phone(written)).contains("07700900123");
    }

    @Test
    void different_phone_numbers_stay_different_and_fragments_are_not_compared() {
        assertThat(LinkNormaliser.phone("07700 900124")).isNotEqualTo(LinkNormaliser.phone("07700 900123"));
        assertThat(LinkNormaliser.phone("900123")).isEmpty();
        assertThat(LinkNormaliser.phone(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB12 CDE", "ab12cde", " ab12  cde ", "AB12-CDE"})
    void vehicle_registrations_ignore_case_and_spaces(String written) {
        assertThat(LinkNormaliser.vehicleRegistration(written)).contains("AB12CDE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PE1 4LZ", "pe14lz", "pe1  4lz", " Pe1 4Lz "})
    void postcodes_ignore_case_and_spaces(String written) {
        assertThat(LinkNormaliser.postcode(written)).contains("PE14LZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Queensgate Centre", "queensgate centre", "Queensgate  Centre.", "THE QUEENSGATE, CENTRE",
            "  the   queensgate centre  "})
    void place_names_ignore_case_punctuation_the_and_spacing(String written) {
        assertThat(LinkNormaliser.placeName(written)).contains("queensgate centre");
    }

    @Test
    void apostrophes_and_full_stops_do_not_separate_place_names() {
        assertThat(LinkNormaliser.placeName("St. John's Park")).isEqualTo(LinkNormaliser.placeName("St Johns park"));
        assertThat(LinkNormaliser.placeName("Central Park")).isNotEqualTo(LinkNormaliser.placeName("Central Parade"));
    }

    @Test
    void a_person_is_compared_by_full_name_only() {
        assertThat(LinkNormaliser.personName("Dean")).isEmpty();
        assertThat(LinkNormaliser.personName("dean  SMITH")).isEqualTo(LinkNormaliser.personName("Dean Smith"));
    }
}
