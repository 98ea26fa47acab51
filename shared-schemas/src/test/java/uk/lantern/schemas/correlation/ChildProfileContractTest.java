package uk.lantern.schemas.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.schemas.correlation.CorrelationSamples.CODEC_SETTINGS;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.schemas.EventSchemas;

/** lantern.child-profiles.v2 carries the profile itself, no envelope: its schema describes the whole value. */
class ChildProfileContractTest {

    private final EventSchemas schemas = new EventSchemas();

    @Test
    void a_profile_written_as_the_codec_writes_conforms_to_its_schema_and_reads_back_equal() {
        for (ChildProfile profile : new ChildProfile[] {CorrelationSamples.profile(),
                CorrelationSamples.profileOfAChildKnownFromOneRecord(),
                CorrelationSamples.profileWithEthnicityAndAllocation()}) {
            byte[] bytes = CODEC_SETTINGS.writeValueAsBytes(profile);

            assertThat(schemas.violations(CorrelationEventTypes.CHILD_PROFILE, CODEC_SETTINGS.readTree(bytes)))
                    .as(profile.childId()).isEmpty();
            assertThat(CODEC_SETTINGS.readValue(bytes, ChildProfile.class)).isEqualTo(profile);
        }
    }

    @Test
    void what_is_not_known_about_the_child_is_left_out_and_lists_are_written_empty() {
        JsonNode value = CODEC_SETTINGS.valueToTree(CorrelationSamples.profileOfAChildKnownFromOneRecord());

        assertThat(value.has("dateOfBirth")).isFalse();
        assertThat(value.has("exploitation")).isFalse();
        assertThat(value.get("identifiers").isArray()).isTrue();
        assertThat(value.get("identifiers").isEmpty()).isTrue();
        assertThat(value.get("mergedInto").asString()).isEqualTo(CorrelationSamples.AMELIA);
    }

    @Test
    void a_profile_without_its_child_id_is_refused_with_a_reason_naming_the_field() {
        assertThat(violations(profile -> profile.remove("childId"))).anyMatch(v -> v.contains("childId"));
        assertThat(violations(profile -> profile.remove("records"))).anyMatch(v -> v.contains("records"));
    }

    @Test
    void a_status_outside_the_known_lists_is_refused_by_name() {
        assertThat(violations(profile -> ((ObjectNode) profile.get("episodes").get(0)).put("interviewStatus", "LOST")))
                .anyMatch(v -> v.contains("interviewStatus"));
        assertThat(violations(profile -> ((ObjectNode) profile.get("openFlags").get(0)).put("code", "HUNCH")))
                .anyMatch(v -> v.contains("code"));
        assertThat(violations(profile -> ((ObjectNode) profile.get("identifiers").get(0)).put("kind", "PASSPORT")))
                .anyMatch(v -> v.contains("kind"));
        assertThat(violations(profile -> profile.put("homeOrCare", "MISSING")))
                .anyMatch(v -> v.contains("homeOrCare"));
    }

    @Test
    void ethnicity_and_the_current_allocation_are_optional_and_written_as_the_schema_says() {
        JsonNode value = CODEC_SETTINGS.valueToTree(CorrelationSamples.profileWithEthnicityAndAllocation());

        assertThat(value.get("ethnicity").asString()).isEqualTo("MWBC");
        assertThat(value.get("ethnicities").get(1).get("source").asString()).isEqualTo("missing-episode-service");
        assertThat(value.get("allocatedWorker").get("team").asString()).isEqualTo("Children in Care 2");
        assertThat(value.get("allocatedWorker").get("since").asString()).isEqualTo("2026-11-20T18:30:00Z");
        JsonNode before = CODEC_SETTINGS.valueToTree(CorrelationSamples.profile());
        assertThat(before.has("ethnicity")).isFalse();
        assertThat(before.has("allocatedWorker")).isFalse();
    }

    @Test
    void an_ethnicity_outside_the_dfe_codes_or_an_allocation_without_its_team_is_refused_by_name() {
        assertThat(violations(CorrelationSamples.profileWithEthnicityAndAllocation(),
                profile -> profile.put("ethnicity", "BRITISH"))).anyMatch(v -> v.contains("ethnicity"));
        assertThat(violations(CorrelationSamples.profileWithEthnicityAndAllocation(),
                profile -> ((ObjectNode) profile.get("ethnicities").get(0)).put("code", "X")))
                .anyMatch(v -> v.contains("code"));
        assertThat(violations(CorrelationSamples.profileWithEthnicityAndAllocation(),
                profile -> ((ObjectNode) profile.get("allocatedWorker")).remove("team")))
                .anyMatch(v -> v.contains("team"));
        assertThat(violations(CorrelationSamples.profileWithEthnicityAndAllocation(),
                profile -> ((ObjectNode) profile.get("allocatedWorker")).remove("since")))
                .anyMatch(v -> v.contains("since"));
    }

    @Test
    void a_reader_of_the_profile_before_ethnicity_and_allocation_reads_one_without_them() {
        ObjectNode value = CODEC_SETTINGS.valueToTree(CorrelationSamples.profile());

        assertThat(schemas.violations(CorrelationEventTypes.CHILD_PROFILE, value)).isEmpty();
        ChildProfile read = CODEC_SETTINGS.treeToValue(value, ChildProfile.class);
        assertThat(read.ethnicity()).isNull();
        assertThat(read.ethnicities()).isEmpty();
        assertThat(read.allocatedWorker()).isNull();
    }

    private java.util.List<String> violations(Consumer<ObjectNode> change) {
        return violations(CorrelationSamples.profile(), change);
    }

    private java.util.List<String> violations(ChildProfile profile, Consumer<ObjectNode> change) {
        ObjectNode value = CODEC_SETTINGS.valueToTree(profile);
        change.accept(value);
        return schemas.violations(CorrelationEventTypes.CHILD_PROFILE, value);
    }
}
