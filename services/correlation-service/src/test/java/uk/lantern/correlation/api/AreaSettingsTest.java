package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The areas of the authority and which one a postcode is in. */
class AreaSettingsTest {

    private static AreaSettings areas(Object... namesAndDistricts) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDistricts.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> districts = (List<String>) namesAndDistricts[i + 1];
            map.put((String) namesAndDistricts[i], districts);
        }
        return new AreaSettings(map);
    }

    @Test
    void a_postcode_is_in_the_area_of_its_district_written_any_way() {
        AreaSettings set = areas("Central", List.of("PE1"), "North", List.of(" pe4 ", "PE6"));
        assertThat(set.areaOf("PE4 6QW")).contains("North");
        assertThat(set.areaOf("pe46qw")).contains("North");
        assertThat(set.areaOf("PE1 2RX")).contains("Central");
        assertThat(set.areaOf("PE14 1AA")).as("PE14 is not PE1").isEmpty();
        assertThat(set.areaOf("ZZ9 9ZZ")).isEmpty();
        assertThat(set.areaOf(null)).isEmpty();
        assertThat(set.areaOf(" ")).isEmpty();
        assertThat(set.named("north")).contains("North");
        assertThat(set.named("Atlantis")).isEmpty();
        assertThat(set.areas().keySet()).containsExactly("Central", "North");
    }

    @Test
    void an_area_with_no_districts_is_left_out_and_a_district_in_two_areas_or_a_bad_one_stops_the_service() {
        assertThat(areas("Central", List.of("PE1"), "North", List.of()).areas()).containsOnlyKeys("Central");
        assertThatThrownBy(() -> areas("Central", List.of("PE1"), "North", List.of("pe1")))
                .hasMessageContaining("PE1 is in both Central and North");
        assertThatThrownBy(() -> areas("North", List.of("PE4 6QW"))).hasMessageContaining("not a postcode district");
        assertThatThrownBy(() -> areas("Area not known", List.of("PE4"))).hasMessageContaining("needs a name");
    }
}
