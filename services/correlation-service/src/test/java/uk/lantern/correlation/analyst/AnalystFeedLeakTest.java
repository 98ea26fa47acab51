package uk.lantern.correlation.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demand: for every event type of the four sources, found through the topic registry, the analysts'
 * event carries none of the child's direct identifiers, however they were typed into the payload. A new event type
 * of a source (or a new source topic) without a sample in {@link SampleEvents} fails here.
 */
class AnalystFeedLeakTest {

    static final String CHILD_ID = "3f0f6c1e-7d4b-4c1a-9d55-0b8f0f1d2e3a";
    static final AnalystFeed FEED = new AnalystFeed(
            "a key of thirty-two bytes or more, for tests only".getBytes(StandardCharsets.UTF_8),
            ZoneId.of("Europe/London"));
    static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();
    static final Set<String> ALLOWED_FIELDS = Set.of("eventId", "childRef", "source", "eventType", "occurredAt",
            "ageInYears", "sex", "context", "riskGrade", "riskCategory", "place", "name", "postcodeDistrict",
            "associates", "phone", "vehicleRegistration", "formerChildRef");

    @TestFactory
    Stream<DynamicTest> no_analyst_event_carries_a_direct_identifier_of_the_child() {
        var child = Child.jade();
        return SampleEvents.registry().stream().map(entry -> DynamicTest.dynamicTest(entry.getValue().name(), () -> {
            assertThat(SampleEvents.sample(entry.getValue()))
                    .as("a sample of %s in SampleEvents (every event type must have one)", entry.getValue().name())
                    .isPresent();
            var received = SampleEvents.received(entry.getKey(), entry.getValue(), child);
            FEED.of(CHILD_ID, received).ifPresent(event -> {
                assertCarriesNothingOf(child, JSON.writeValueAsString(event));
                assertCarriesNeitherEthnicityNorAllocation(JSON.writeValueAsString(event));
            });
        }));
    }

    /** A control: the samples do give the feed a subject's ethnicity and an allocated worker to leak. */
    @Test
    void the_samples_carry_an_ethnicity_and_an_allocation_the_feed_must_leave_out() {
        var child = Child.jade();
        var withAllocation = SampleEvents.registry().stream()
                .map(entry -> SampleEvents.CODEC.tree(SampleEvents.received(entry.getKey(), entry.getValue(), child)))
                .filter(tree -> tree.path("data").has("allocatedWorker"))
                .map(tree -> tree.get("eventType").asString() + " v" + tree.get("schemaVersion").asInt())
                .toList();
        assertThat(withAllocation).contains("EpisodeReported v1", "AssessmentCompleted v2", "AssessmentReviewed v2");
        assertThat(child.subject().ethnicity()).isEqualTo(Child.ETHNICITY);
        assertThatThrownBy(() -> assertCarriesNeitherEthnicityNorAllocation(
                "{\"team\":\"" + SampleEvents.ALLOCATED.team() + "\"}")).isInstanceOf(AssertionError.class);
    }

    /** Ethnicity (a special category of data) and the child's social worker and team are the profile's only. */
    static void assertCarriesNeitherEthnicityNorAllocation(String json) {
        var lower = json.toLowerCase(Locale.ROOT);
        assertThat(lower).as("the analyst event %s", json)
                .doesNotContain("\"" + Child.ETHNICITY.name().toLowerCase(Locale.ROOT) + "\"")
                .doesNotContain(Child.ETHNICITY.description().toLowerCase(Locale.ROOT))
                .doesNotContain("ethnicity")
                .doesNotContain("allocated")
                .doesNotContain(SampleEvents.ALLOCATED.team().toLowerCase(Locale.ROOT))
                .doesNotContain(SampleEvents.ALLOCATED.name().toLowerCase(Locale.ROOT));
    }

    /** A control: the same check fails on what the feed was given, so a pass above means something. */
    @Test
    void the_check_finds_the_identifiers_in_the_source_payloads() {
        var child = Child.jade();
        for (var entry : SampleEvents.registry()) {
            var data = SampleEvents.CODEC.tree(SampleEvents.received(entry.getKey(), entry.getValue(), child))
                    .get("data").toString();
            if (data.contains(child.givenName())) {
                assertThatThrownBy(() -> assertCarriesNothingOf(child, "{\"text\":" + data + "}"))
                        .as(entry.getValue().name()).isInstanceOf(AssertionError.class);
            }
        }
        var returned = SampleEvents.registry().stream()
                .filter(entry -> entry.getValue().name().equals("ChildReturned")).findFirst().orElseThrow();
        assertThat(SampleEvents.CODEC.tree(SampleEvents.received(returned.getKey(), returned.getValue(), child))
                .get("data").toString()).contains(child.givenName(), child.familyName(), child.postcode());
    }

    static void assertCarriesNothingOf(Child child, String json) {
        var lower = json.toLowerCase(Locale.ROOT);
        for (var identifier : child.directIdentifiers()) {
            assertThat(lower).as("the analyst event %s", json)
                    .doesNotContain(identifier.toLowerCase(Locale.ROOT));
        }
        assertThat(fieldNames(JSON.readTree(json))).isSubsetOf(ALLOWED_FIELDS);
    }

    private static Set<String> fieldNames(JsonNode node) {
        var names = new TreeSet<String>();
        if (node.isObject()) {
            node.properties().forEach(field -> {
                names.add(field.getKey());
                names.addAll(fieldNames(field.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(item -> names.addAll(fieldNames(item)));
        }
        return names;
    }
}
