package uk.lantern.correlation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {

    private static PersonRecord.Builder olivia(String id) {
        return PersonRecord.builder(id).givenName("Olivia").familyName("Hartley").dateOfBirth("2015-03-12")
                .sex(PersonRecord.Sex.FEMALE).postcode("PE1 2AB").addressLine("12 Park Road");
    }

    private static Set<String> shared(PersonRecord a, PersonRecord b) {
        Set<String> keys = new HashSet<>(BlockingKeys.of(a));
        keys.retainAll(BlockingKeys.of(b));
        return keys;
    }

    @Test
    void every_error_the_comparison_tolerates_still_meets_the_original() {
        PersonRecord original = olivia("a").build();
        Map<String, PersonRecord> variants = Map.of(
                "day typo", olivia("b").dateOfBirth("2015-03-13").postcode(null).addressLine(null).build(),
                "year typo", olivia("c").dateOfBirth("2016-03-12").postcode(null).addressLine(null).build(),
                "day/month swap", olivia("d").dateOfBirth("2015-12-03").postcode(null).addressLine(null).build(),
                "month typo", olivia("e").dateOfBirth("2015-04-12").postcode(null).addressLine(null).build(),
                "swapped names", olivia("f").givenName("Hartley").familyName("Olivia").postcode(null).build(),
                "both names misspelt", olivia("g").givenName("Olwia").familyName("Hrtly").addressLine(null).build(),
                "both names different, at home", olivia("h").givenName("Liv").familyName("Jones").build(),
                "postcode typo, no date of birth", olivia("i").postcode("PE1 2AD").dateOfBirth(null).build(),
                "no date of birth, no postcode", olivia("j").postcode(null).dateOfBirth(null).build());

        variants.forEach((error, variant) -> assertThat(shared(original, variant)).as(error).isNotEmpty());
    }

    @Test
    void children_sharing_only_a_name_and_a_birth_year_do_not_meet() {
        // The old name-and-year keys put every Olivia born in 2015 in one block: about 800 at a million children.
        PersonRecord a = olivia("a").build();
        PersonRecord b = PersonRecord.builder("b").givenName("Olivia").familyName("Okafor").dateOfBirth("2015-08-20")
                .postcode("LS6 1QT").addressLine("4 Mill Lane").build();

        assertThat(shared(a, b)).isEmpty();
    }

    @Test
    void a_street_of_the_same_name_elsewhere_is_not_a_key_unless_the_house_number_matches() {
        PersonRecord a = olivia("a").dateOfBirth(null).postcode(null).build();
        PersonRecord elsewhere = olivia("b").familyName("Okafor").dateOfBirth(null).postcode(null)
                .addressLine("140 Park Road").build();
        PersonRecord sameHouse = olivia("c").familyName("Okafor").dateOfBirth(null).postcode(null).build();

        assertThat(shared(a, elsewhere)).isEmpty();
        assertThat(shared(a, sameHouse)).isNotEmpty();
    }
}
