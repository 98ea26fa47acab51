package uk.lantern.correlation.stream.identityindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lantern.correlation.identity.IdentityIndex;
import uk.lantern.correlation.identity.IdentityResolver;
import uk.lantern.correlation.identity.InMemoryIdentityIndex;
import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.identity.Resolution;
import uk.lantern.correlation.identity.Resolution.Decision;

/**
 * The scenarios of {@code IdentityResolverTest}, which asserts what the resolver decides over the plain-map index,
 * replayed over the store index: every resolution, regrouping, final child and explanation is the same.
 */
class ResolverScenariosOverStoresTest {

    record Scenario(String name, Consumer<Script> steps) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Runs steps against one resolver and keeps every outcome, then every record's child and links. */
    static final class Script {
        final IdentityResolver resolver;
        final List<Object> outcomes = new ArrayList<>();
        final Set<String> recordIds = new LinkedHashSet<>();

        Script(IdentityIndex index) {
            int[] next = {0};
            resolver = new IdentityResolver(index, MatchSettings.defaults(), () -> "child-" + (++next[0]));
        }

        Script resolve(PersonRecord.Builder record) {
            PersonRecord r = record.build();
            recordIds.add(r.recordId());
            outcomes.add(resolver.resolve(r));
            return this;
        }

        Script confirm(String a, String b) {
            outcomes.add(resolver.confirm(a, b, "coordinator A"));
            return this;
        }

        Script reject(String a, String b) {
            outcomes.add(resolver.reject(a, b, "coordinator A"));
            return this;
        }

        Script unlink(String a) {
            outcomes.add(resolver.unlink(a, "coordinator B"));
            return this;
        }

        List<Object> everything() {
            List<Object> all = new ArrayList<>(outcomes);
            recordIds.forEach(id -> all.add(id + " in " + resolver.childOf(id) + " by " + resolver.explain(id)));
            return all;
        }
    }

    private static PersonRecord.Builder amelia(String id) {
        return PersonRecord.builder(id).givenName("Amelia").familyName("Jones").dateOfBirth("2010-04-01")
                .sex(PersonRecord.Sex.FEMALE).postcode("PE1 2AB").addressLine("12 Park Road, Peterborough");
    }

    static Stream<Scenario> scenarios() {
        List<PersonRecord.Builder> mixed = List.of(amelia("a1"), amelia("a2").givenName("Amelai").postcode(null),
                amelia("a3").givenName("Jones").familyName("Amelia"),
                amelia("a4").dateOfBirth("2010-01-04").addressLine(null),
                PersonRecord.builder("b1").givenName("William").familyName("Okafor").dateOfBirth("2011-06-20")
                        .postcode("PE3 6TT").upn("B801200001001"),
                PersonRecord.builder("b2").givenName("Bill").familyName("Okafor").dateOfBirth("2011-06-20")
                        .postcode("PE3 6TT"),
                PersonRecord.builder("b3").upn("B801200001001"),
                PersonRecord.builder("c1").givenName("Priya").familyName("Shah").dateOfBirth("2008-02-11")
                        .postcode("PE2 9LL").addressLine("4 Mill Lane"),
                PersonRecord.builder("c2").givenName("Priya").familyName("Sha").dateOfBirth("2008-02-11")
                        .addressLine("4 Mill Lane"),
                PersonRecord.builder("d1").givenName("Priyanka").familyName("Patel").dateOfBirth("2008-02-11")
                        .postcode("PE9 1AA"));
        List<Scenario> shuffles = new ArrayList<>();
        Random random = new Random(42);
        for (int shuffle = 0; shuffle < 5; shuffle++) {
            List<PersonRecord.Builder> order = new ArrayList<>(mixed);
            Collections.shuffle(order, random);
            shuffles.add(new Scenario("arrival order " + shuffle, s -> order.forEach(s::resolve)));
        }
        return Stream.concat(Stream.of(
                new Scenario("typo links", s -> s.resolve(amelia("police-1"))
                        .resolve(amelia("school-7").givenName("Amelai"))),
                new Scenario("shared strong id links", s -> s.resolve(amelia("la-1").nhsNumber("9434765919"))
                        .resolve(PersonRecord.builder("gp-1").nhsNumber("9434765919"))),
                new Scenario("conflicting strong id", s -> s.resolve(amelia("la-1").nhsNumber("9434765919"))
                        .resolve(amelia("la-2").nhsNumber("4010232137"))),
                new Scenario("conflict anywhere in the child", s -> s.resolve(amelia("la-1").nhsNumber("9434765919"))
                        .resolve(amelia("school-1")).resolve(amelia("gp-1").nhsNumber("4010232137"))),
                new Scenario("review between thresholds", s -> s.resolve(amelia("police-1"))
                        .resolve(PersonRecord.builder("school-2").givenName("Amelia").familyName("Jones")
                                .dateOfBirth("2008-04-01").postcode("SW1A 1AA"))),
                new Scenario("brother at the same address", s -> s.resolve(amelia("police-1"))
                        .resolve(amelia("school-3").givenName("Oliver").dateOfBirth("2012-09-30").sex(null))),
                new Scenario("delivered twice", s -> s.resolve(amelia("police-1")).resolve(amelia("police-1"))),
                new Scenario("confirm", s -> s.resolve(amelia("police-1"))
                        .resolve(PersonRecord.builder("cme-4").givenName("Amy").familyName("Jones-Smith"))
                        .confirm("police-1", "cme-4")),
                new Scenario("one question per pair of children", s -> s
                        .resolve(amelia("la-1").nhsNumber("9434765919")).resolve(amelia("la-2").nhsNumber("4010232137"))
                        .resolve(amelia("school-1").nhsNumber("9434765919"))
                        .resolve(amelia("school-2").nhsNumber("4010232137"))
                        .resolve(amelia("la-3").nhsNumber("9876543210"))),
                new Scenario("a rejected pair of children is not asked again", s -> s
                        .resolve(amelia("la-1").nhsNumber("9434765919")).resolve(amelia("la-2").nhsNumber("4010232137"))
                        .reject("la-2", "la-1").resolve(amelia("school-2").nhsNumber("4010232137"))),
                new Scenario("reject", s -> s.resolve(amelia("police-1")).resolve(amelia("school-1"))
                        .reject("police-1", "school-1").resolve(amelia("cme-1"))),
                new Scenario("unlink", s -> s.resolve(amelia("police-1")).resolve(amelia("school-1"))
                        .resolve(amelia("cme-1")).unlink("cme-1")),
                new Scenario("unlink the record holding a child together", s -> s
                        .resolve(PersonRecord.builder("a").givenName("Amelia").familyName("Jones"))
                        .resolve(PersonRecord.builder("b").dateOfBirth("2010-04-01").postcode("PE1 2AB"))
                        .confirm("a", "b").resolve(amelia("c")).unlink("c"))), shuffles.stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void the_store_index_resolves_the_scenario_as_the_in_memory_index_does(Scenario scenario) {
        Script expected = new Script(new InMemoryIdentityIndex());
        scenario.steps().accept(expected);

        try (MockStores stores = MockStores.inMemory()) {
            Script actual = new Script(stores.index());
            scenario.steps().accept(actual);

            assertThat(actual.everything()).containsExactlyElementsOf(expected.everything());
        }
        assertThat(expected.outcomes).filteredOn(Resolution.class::isInstance)
                .extracting(o -> ((Resolution) o).decision()).doesNotContainNull().isNotEmpty()
                .allMatch(d -> Set.of(Decision.values()).contains(d));
    }
}
