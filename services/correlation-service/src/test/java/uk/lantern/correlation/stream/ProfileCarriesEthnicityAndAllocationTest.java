package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Ethnicity;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.exploitationrisk.RiskCategory;

/**
 * PROFILE.md, "Ethnicity" and "The current allocation", through the topology: each record's ethnicity is the one its
 * latest event states (a correction at the source is not a new record), and the allocation is the latest any source
 * recorded; a report without one changes nothing.
 */
class ProfileCarriesEthnicityAndAllocationTest extends ThroughTheTopology {

    @Test
    void the_profile_carries_the_agreed_ethnicity_and_the_latest_allocation() {
        Subject recorded = as(Ethnicity.WBRI);
        Subject corrected = as(Ethnicity.MWBC);
        lantern.send(SourceEvents.episodeReported(recorded, "ep-1", NOW.minus(Duration.ofHours(5)),
                new AllocatedWorker("Ann Lee", "Children in Care 1")));
        lantern.send(SourceEvents.assessmentCompleted(corrected, "as-1", NOW.minus(Duration.ofHours(4)),
                RiskCategory.MODERATE, new AllocatedWorker(null, "Exploitation Team")));
        String childId = lantern.childOf(SourceRecords.recordId("missing-episode-service",
                recorded.partitionKey().orElseThrow(), recorded));

        JsonNode before = lantern.profile(childId);
        assertThat(before).as("child %s; dead letters %s; profiles %s", childId, lantern.deadLetterLog.stream()
                .map(r -> new String(r.headers().lastHeader(IdentityProcessor.REASON_HEADER) == null ? new byte[0]
                        : r.headers().lastHeader(IdentityProcessor.REASON_HEADER).value())).toList(),
                lantern.profileLog.stream().map(r -> r.key()).toList()).isNotNull();
        assertThat(before.path("ethnicity").isMissingNode() || before.path("ethnicity").isNull())
                .as("the police record says WBRI, the assessment MWBC: they disagree").isTrue();
        assertThat(before.path("ethnicities")).hasSize(2);
        assertThat(before.path("allocatedWorker").path("team").asString()).isEqualTo("Exploitation Team");
        assertThat(before.path("allocatedWorker").path("source").asString()).isEqualTo("cse-risk-service");
        assertThat(before.path("allocatedWorker").path("since").asString())
                .isEqualTo(NOW.minus(Duration.ofHours(4)).toString());

        // The police correct her ethnicity on a later report that names no worker: the same record, now agreeing.
        lantern.send(SourceEvents.episodeReported(corrected, "ep-2", NOW.minus(Duration.ofHours(1)), false));

        JsonNode after = lantern.profile(childId);
        assertThat(after.path("records")).hasSize(2);
        assertThat(after.path("ethnicity").asString()).isEqualTo("MWBC");
        assertThat(after.path("allocatedWorker")).isEqualTo(before.path("allocatedWorker"));
    }

    private static Subject as(Ethnicity ethnicity) {
        var amy = SourceEvents.AMY;
        return new Subject(amy.localAuthorityPersonId(), amy.nhsNumber(), amy.upn(), amy.policePersonId(),
                amy.givenName(), amy.familyName(), LocalDate.parse("2011-03-14"), amy.sex(), amy.postcode(),
                ethnicity);
    }
}
