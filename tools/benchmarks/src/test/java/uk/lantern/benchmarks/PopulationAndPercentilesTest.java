package uk.lantern.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.identity.StrongIds;

class PopulationAndPercentilesTest {

    @Test
    void the_population_is_the_same_for_the_same_seed_and_differs_for_another() {
        List<PersonRecord> a = Population.generate(7, 2_000);
        List<PersonRecord> b = Population.generate(7, 2_000);
        List<PersonRecord> c = Population.generate(8, 2_000);
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(2_000, a.size());
    }

    @Test
    void probes_are_the_same_for_the_same_seed() {
        List<PersonRecord> known = Population.generate(7, 2_000);
        assertEquals(Probes.mixed(3, known, 500, "p-", 45_000_000), Probes.mixed(3, known, 500, "p-", 45_000_000));
    }

    @Test
    void strong_identifiers_are_unique_and_nhs_numbers_valid() {
        List<PersonRecord> people = Population.generate(7, 20_000);
        Set<String> seen = new HashSet<>();
        for (PersonRecord r : people) {
            r.strongIds().forEach((scheme, value) -> assertTrue(seen.add(scheme + ":" + value), value));
            if (r.nhsNumber() != null) {
                assertTrue(StrongIds.validNhsNumber(r.nhsNumber()), r.nhsNumber());
            }
        }
    }

    @Test
    void nearest_rank_percentiles() {
        Percentiles p = new Percentiles(LongStream.rangeClosed(1, 1000).map(i -> 1001 - i).toArray());
        assertEquals(500, p.percentile(50));
        assertEquals(990, p.percentile(99));
        assertEquals(999, p.percentile(99.9));
        assertEquals(1000, p.percentile(100));
        assertEquals(1, p.min());
        assertEquals(1000, p.max());
        assertEquals(500.5, p.mean(), 1e-9);

        Percentiles small = new Percentiles(new long[] {30, 10, 20});
        assertEquals(20, small.percentile(50));   // rank ceil(1.5) = 2
        assertEquals(30, small.percentile(99));   // rank ceil(2.97) = 3
        assertEquals(10, small.percentile(1));    // rank ceil(0.03) = 1
        assertThrows(IllegalArgumentException.class, () -> small.percentile(0));
    }
}
