package uk.lantern.correlation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/**
 * The comparator's fast paths against their plain definitions, over many generated cases (seeded, so a failure
 * repeats): they must give the same answers, so that the figures in IDENTITY.md do not depend on them.
 */
class RecordComparatorPropertiesTest {
    private static final JaroWinklerSimilarity COMMONS_JARO_WINKLER = new JaroWinklerSimilarity();
    private final RecordComparator comparator = new RecordComparator(MatchSettings.defaults());
    private final Random random = new Random(20261122);

    private String word(int minLength, int maxLength, char last) {
        int n = minLength + random.nextInt(maxLength - minLength + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(last - 'a' + 1)));
        }
        return b.toString();
    }

    @Test
    void a_link_explanation_reads_exactly_as_string_format_wrote_it() {
        double[] edges = {0.0, -0.0, 0.05, -0.05, 0.25, 2.25, -2.25, 0.95, 9.95, -9.95, 12.345, 0.004999, 1e-9, -1e-9};
        var values = IntStream.range(0, 20_000).mapToDouble(i -> i < edges.length ? edges[i]
                : (random.nextDouble() - 0.5) * (random.nextBoolean() ? 80 : 2)).toArray();
        for (double w : values) {
            var field = new Comparison.FieldComparison(Comparison.Field.GIVEN_NAME, FieldModel.Level.CLOSE, w, "");
            assertThat(field.toString()).isEqualTo("GIVEN_NAME=CLOSE" + String.format(Locale.ROOT, ":%+.1f", w));
            assertThat(Comparison.fixed(w, 2, false)).as("%s", w).isEqualTo(String.format(Locale.ROOT, "%.2f", w));
        }
    }

    @Test
    void jaro_winkler_is_exactly_that_of_commons_text() {
        for (int i = 0; i < 20_000; i++) {
            String a = word(1, 14, 'f');
            String b = random.nextInt(4) == 0 ? a.substring(0, Math.max(1, a.length() - 1)) + word(0, 2, 'f')
                    : word(1, 14, 'f');
            assertThat(RecordComparator.jaroWinkler(a, b)).as("%s %s", a, b).isEqualTo(COMMONS_JARO_WINKLER.apply(a, b));
        }
        for (int i = 0; i < 500; i++) { // beyond 64 characters the matched set is kept another way
            String a = word(60, 90, 'c');
            String b = word(1, 90, 'c');
            assertThat(RecordComparator.jaroWinkler(a, b)).as("%s %s", a, b).isEqualTo(COMMONS_JARO_WINKLER.apply(a, b));
        }
    }

    @Test
    void within_one_edit_means_one_edit_or_one_adjacent_transposition() {
        for (int i = 0; i < 20_000; i++) {
            String a = word(0, 6, 'c');
            String b = word(0, 6, 'c');
            boolean transposition = a.length() == b.length() && a.length() >= 2 && IntStream.range(0, a.length() - 1)
                    .anyMatch(k -> (a.substring(0, k) + a.charAt(k + 1) + a.charAt(k) + a.substring(k + 2)).equals(b));
            boolean expected = LevenshteinDistance.getDefaultInstance().apply(a, b) <= 1 || transposition;

            assertThat(RecordComparator.withinOneEdit(a, b)).as("%s %s", a, b).isEqualTo(expected);
        }
    }

    @Test
    void names_addresses_and_postcodes_normalise_as_their_definitions_say() {
        String alphabet = "aZ9 -'\t\néİßÅ.,/()ab12\u000B\f\r";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            String name = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
            String address = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
            String postcode = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);

            assertThat(RecordComparator.normaliseName(text)).as(text).isEqualTo(name.isEmpty() ? null : name);
            assertThat(RecordComparator.normaliseAddress(text)).as(text).isEqualTo(address.isEmpty() ? null : address);
            assertThat(RecordComparator.normalisePostcode(text)).as(text)
                    .isEqualTo(postcode.isEmpty() ? null : postcode);
        }
    }

    /** The resolver skips a candidate whose bound is below the review threshold; that must never hide a pair. */
    @Test
    void the_upper_bound_is_never_below_the_score() {
        int compared = 0;
        for (int i = 0; i < 30_000; i++) {
            PersonRecord a = record("a" + i);
            PersonRecord b = record("b" + i);
            Comparison c = comparator.compare(a, b);
            double bound = comparator.upperBound(a, b);

            assertThat(bound).as(c.explanation()).isGreaterThanOrEqualTo(c.score() - 1e-9);
            if (c.strongIds() == Comparison.StrongIdOutcome.EXACT) {
                assertThat(bound).isInfinite();
            }
            compared += bound < MatchSettings.defaults().reviewThreshold() ? 0 : 1;
        }
        assertThat(compared).as("the bound also skips pairs, or it is no use").isBetween(1, 29_999);
    }

    /**
     * Which of two records arrived first must not change whether they link: the score, every field's level and the
     * household guard's answer are the same either way round. Swapped names were not: the swapped reading put the
     * first record's given name against the second's family name, so "John Smith" / "Smith Jon" compared the given
     * names by the given-name rules one way and by the family-name rules the other.
     */
    @Test
    void a_comparison_is_the_same_whichever_record_comes_first() {
        for (int i = 0; i < 30_000; i++) {
            PersonRecord a = record("a" + i);
            PersonRecord b = record("b" + i);
            Comparison ab = comparator.compare(a, b);
            Comparison ba = comparator.compare(b, a);

            assertThat(ba.score()).as("%s%n%s", ab.explanation(), ba.explanation()).isCloseTo(ab.score(),
                    org.assertj.core.api.Assertions.within(1e-9));
            for (Comparison.Field field : Comparison.Field.values()) {
                assertThat(ba.level(field)).as("%s: %s%n%s", field, ab.explanation(), ba.explanation())
                        .isEqualTo(ab.level(field));
            }
            for (MatchSettings.HouseholdGuard guard : MatchSettings.HouseholdGuard.values()) {
                assertThat(ba.passes(guard)).as("%s: %s%n%s", guard, ab.explanation(), ba.explanation())
                        .isEqualTo(ab.passes(guard));
            }
            assertThat(ba.identityAgreesInFull()).isEqualTo(ab.identityAgreesInFull());
        }
    }

    private PersonRecord record(String id) {
        return PersonRecord.builder(id)
                .givenName(pick(null, "Olivia", "Olivai", "Olive", "Liv", "Oliver", "Amelia", "Jones", "Isabel",
                        "Isabella"))
                .familyName(pick(null, "Smith", "Smyth", "Jones", "Olivia", "Smith-Jones", "Thompson", "Tomson"))
                .dateOfBirth(pick(null, "2015-03-12", "2015-12-03", "2015-03-13", "2016-03-12", "2015-04-12",
                        "2001-01-01", "2015-03-21"))
                .sex(pick(null, PersonRecord.Sex.FEMALE, PersonRecord.Sex.MALE))
                .postcode(pick(null, "PE1 2AB", "pe12ab", "PE1 2AD", "PE1 3XY", "SW1A 1AA"))
                .addressLine(pick(null, "12 Park Road", "12 Park Rd", "13 Park Road", "112 Park Road",
                        "Flat 2, 12 Park Road", "Park Road", "4 Mill Lane", "12 Mill Lane",
                        "12 Park Road, Eye, Peterborough", "12 Park Road, Peterborough", "12 Park Lane Peterborough"))
                .givenName(pick(null, "Olivia", "Oli via", "Mary Jane", "Maryjane", "Mary Anne", "Jones"))
                .nhsNumber(pick(null, null, "9434765919", "4010232137", "9434765918"))
                .upn(pick(null, null, "A123456789012", "A123456789013", "K987654321098"))
                .build();
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
