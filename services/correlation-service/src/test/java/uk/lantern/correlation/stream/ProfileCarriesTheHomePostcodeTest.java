package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import uk.lantern.schemas.Subject;

/**
 * The profile's {@code homePostcode} (the area an alert is in) is the postcode of the child's most recently recorded
 * event that gives one, formatted as people write it; the profile's {@code postcodes} keep every one.
 */
class ProfileCarriesTheHomePostcodeTest extends ThroughTheTopology {

    @Test
    void the_home_postcode_is_the_latest_recorded_and_a_report_without_one_keeps_it() {
        Subject before = living("pe1 4lz");
        lantern.send(SourceEvents.episodeReported(before, "ep-1", NOW.minus(Duration.ofHours(5)), false));
        String childId = lantern.childOf(SourceRecords.recordId("missing-episode-service",
                before.partitionKey().orElseThrow(), before));
        assertThat(lantern.profile(childId).path("homePostcode").asString()).isEqualTo("PE1 4LZ");

        lantern.send(SourceEvents.episodeReported(living("PE46QW"), "ep-2", NOW.minus(Duration.ofHours(2)), false));
        JsonNode moved = lantern.profile(childId);
        assertThat(moved.path("homePostcode").asString()).isEqualTo("PE4 6QW");
        assertThat(moved.path("postcodes").valueStream().map(JsonNode::asString).toList())
                .contains("PE1 4LZ", "PE4 6QW");

        lantern.send(SourceEvents.episodeReported(living(null), "ep-3", NOW.minus(Duration.ofHours(1)), false));
        assertThat(lantern.profile(childId).path("homePostcode").asString()).isEqualTo("PE4 6QW");
    }

    private static Subject living(String postcode) {
        var amy = SourceEvents.AMY;
        return new Subject(amy.localAuthorityPersonId(), amy.nhsNumber(), amy.upn(), amy.policePersonId(),
                amy.givenName(), amy.familyName(), amy.dateOfBirth(), amy.sex(), postcode, amy.ethnicity());
    }
}
