package uk.lantern.mace.concern.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.mace.common.domain.MaceRuleViolation;

/** The panel's adults and places become the link keys the child profiles carry (shared-schemas' LinkKeys). */
class ConcernLinkKeysTest {

    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    void an_adult_is_keyed_by_full_names_aliases_phones_and_vehicles_as_profiles_are() {
        PersonOfConcern p = PersonOfConcern.record("p1", List.of("Dean  MARSH"), List.of("Deano", "D. Marsh"),
                List.of("+44 7700 900123"), List.of("ab12 cde"), "DI Shah", NOW);
        assertThat(p.linkKeys()).containsExactly("PERSON_NAME:dean marsh", "PERSON_NAME:d marsh", "PHONE:07700900123",
                "VEHICLE:AB12CDE");
        assertThat(p.names()).containsExactly("Dean  MARSH");
    }

    @Test
    void a_phone_or_vehicle_with_no_normal_form_is_refused_naming_it() {
        assertThatThrownBy(() -> PersonOfConcern.record("p1", List.of("Dean Marsh"), List.of(), List.of("12345"),
                List.of(), "DI Shah", NOW)).isInstanceOfSatisfying(MaceRuleViolation.class, v -> assertThat(v.field()).isEqualTo("phones[0]"));
        assertThatThrownBy(() -> PersonOfConcern.record("p1", List.of("Dean Marsh"), List.of(), List.of(),
                List.of(" - "), "DI Shah", NOW)).isInstanceOfSatisfying(MaceRuleViolation.class,
                        v -> assertThat(v.field()).isEqualTo("vehicles[0]"));
    }

    @Test
    void a_place_is_keyed_by_its_name_and_postcode_and_needs_one() {
        PlaceOfConcern place = PlaceOfConcern.record("q1", "The Bus Station", "pe1 4lz", "DI Shah", NOW);
        assertThat(place.linkKeys()).containsExactly("PLACE_NAME:bus station", "POSTCODE:PE14LZ");
        assertThatThrownBy(() -> PlaceOfConcern.record("q1", " ", null, "DI Shah", NOW))
                .isInstanceOfSatisfying(MaceRuleViolation.class, v -> assertThat(v.field()).isEqualTo("name"));
    }
}
