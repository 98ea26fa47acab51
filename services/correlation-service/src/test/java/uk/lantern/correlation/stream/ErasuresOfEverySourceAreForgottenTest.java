package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.addedToCmeRegister;
import static uk.lantern.correlation.stream.SourceEvents.assessmentCompleted;
import static uk.lantern.correlation.stream.SourceEvents.assessmentErased;
import static uk.lantern.correlation.stream.SourceEvents.assessmentSharedWithPolice;
import static uk.lantern.correlation.stream.SourceEvents.childReturned;
import static uk.lantern.correlation.stream.SourceEvents.concernErased;
import static uk.lantern.correlation.stream.SourceEvents.concernRaised;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;
import static uk.lantern.correlation.stream.SourceEvents.interviewCaseErased;
import static uk.lantern.correlation.stream.SourceEvents.interviewCaseOpened;
import static uk.lantern.correlation.stream.SourceEvents.interviewCompleted;
import static uk.lantern.correlation.stream.SourceEvents.notificationRecorded;
import static uk.lantern.correlation.stream.SourceEvents.registerEntryErased;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import uk.lantern.correlation.stream.identityindex.StoreIdentityIndex;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.exploitationrisk.RiskCategory;
import uk.lantern.schemas.returninterview.InterviewCaseErased;

/**
 * Every source erases the same way (RETENTION.md): a return-interview case, a CME register entry, an exploitation
 * concern and an assessment erased at their source leave the child's history (their events without a fact too), the
 * profile and the alerts that rested on them, while the child's other records stay; a redelivered erasure changes
 * nothing and publishes nothing; and an event of the erased record still on its way to the child is dropped when it
 * arrives.
 */
class ErasuresOfEverySourceAreForgottenTest {

    private static final Instant NOW = SourceEvents.NOW;
    private static final Subject AMY = SourceEvents.AMY;
    private static final String KEY = AMY.partitionKey().orElseThrow();
    private final TopologyHarness lantern = new TopologyHarness(NOW, false);

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void an_erased_register_entry_leaves_with_every_event_of_it_and_missing_and_cme_is_cleared() {
        // 1. Amy is missing now, and on the CME register (an entry with a notification, which carries no fact).
        lantern.send(episodeReported(AMY, "ep-1", NOW.minus(Duration.ofHours(5)), false));
        var today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        lantern.send(addedToCmeRegister(AMY, "cme-1", today.minusDays(2)));
        lantern.send(notificationRecorded(AMY, "cme-1", today.minusDays(1)));
        String childId = childOf("MISSING_AND_CME");
        assertThat(lantern.profile(childId).path("cme").path("status").asString()).isEqualTo("ON_REGISTER");
        assertThat(lantern.history(childId)).hasSize(3);

        // 2. The entry is erased: it was recorded against the wrong child.
        var erasure = registerEntryErased(KEY, "cme-1", NOW);
        lantern.send(erasure);

        // 3. Every event of the entry has gone, the alert with them; the episode stays.
        assertThat(lantern.history(childId)).extracting(StoredEvent::eventType).containsExactly("EpisodeReported");
        assertThat(lantern.alerts("AlertCleared", "MISSING_AND_CME")).singleElement()
                .satisfies(c -> assertThat(c.path("data").path("reason").asString())
                        .contains("CME register entry cme-1 erased at its source (WRONGLY_RECORDED)"));
        var profile = lantern.profile(childId);
        assertThat(profile.path("cme").path("status").asString()).isEqualTo("NEVER_ON_REGISTER");
        assertThat(profile.path("records")).hasSize(1);
        assertThat(profile.path("episodes")).hasSize(1);
        assertThat(profile.path("openFlags")).isEmpty();

        // 4. Sent again, it changes nothing and publishes nothing.
        assertNothingChangesWhenSentAgain(erasure, childId);
    }

    @Test
    void an_erased_assessment_clears_missing_with_exploitation_risk_and_the_concern_beside_it_stays() {
        // 1. Amy is missing; a concern, then an assessment at moderate, shared with the police (no fact).
        var at = NOW.minus(Duration.ofDays(2));
        lantern.send(concernRaised(AMY, "cn-1", at));
        lantern.send(assessmentCompleted(AMY, "as-1", at.plus(Duration.ofHours(1)), RiskCategory.MODERATE));
        lantern.send(assessmentSharedWithPolice(AMY, "as-1", at.plus(Duration.ofHours(2))));
        lantern.send(episodeReported(AMY, "ep-1", NOW.minus(Duration.ofHours(3)), false));
        String childId = childOf("MISSING_WITH_EXPLOITATION_RISK");
        assertThat(lantern.history(childId)).hasSize(4);

        // 2. The assessment is erased.
        var erasure = assessmentErased(KEY, "as-1", NOW);
        lantern.send(erasure);

        // 3. Its two events go, the urgent alert is cleared; the concern and the episode stay.
        assertThat(lantern.history(childId)).extracting(StoredEvent::eventType)
                .containsExactlyInAnyOrder("ConcernRaised", "EpisodeReported");
        assertThat(lantern.alerts("AlertCleared", "MISSING_WITH_EXPLOITATION_RISK")).hasSize(1);
        var profile = lantern.profile(childId);
        assertThat(profile.path("exploitation").path("assessmentStatus").asString())
                .isEqualTo("CONCERN_AWAITING_ASSESSMENT");
        assertThat(profile.path("records")).as("the concern keeps the exploitation-risk record").hasSize(2);
        assertThat(profile.path("openFlags")).extracting(f -> f.path("code").asString())
                .doesNotContain("MISSING_WITH_EXPLOITATION_RISK");
        assertThat(recordStillKnown("cse-risk-service")).isTrue();

        // 4. The concern goes too: the exploitation-risk record has no event left.
        lantern.send(concernErased(KEY, "cn-1", NOW));

        assertThat(lantern.history(childId)).extracting(StoredEvent::eventType).containsExactly("EpisodeReported");
        assertThat(lantern.profile(childId).path("records")).hasSize(1);
        assertThat(recordStillKnown("cse-risk-service")).as("forgotten by the identity stage").isFalse();
        assertNothingChangesWhenSentAgain(erasure, childId);
    }

    @Test
    void an_erased_interview_case_takes_its_deadline_and_its_interview_with_it_so_nothing_is_overdue() {
        // 1. Amy returned; the case was opened and the interview carried out in time: nothing overdue.
        var returned = NOW.minus(Duration.ofHours(10));
        lantern.send(episodeReported(AMY, "ep-1", returned.minus(Duration.ofHours(6)), false));
        lantern.send(childReturned(AMY, "ep-1", returned, null));
        lantern.send(interviewCaseOpened(AMY, "ep-1", returned));
        lantern.send(interviewCompleted(AMY, "ep-1", returned.plus(Duration.ofHours(8))));
        String childId = anyChild();
        assertThat(lantern.history(childId)).hasSize(4);

        // 2. The case is erased: its events go, the episode stays.
        var erasure = interviewCaseErased(KEY, "ep-1", NOW, InterviewCaseErased.Reason.WRONGLY_RECORDED);
        lantern.send(erasure);
        assertThat(lantern.history(childId)).extracting(StoredEvent::eventType)
                .containsExactlyInAnyOrder("EpisodeReported", "ChildReturned");

        // 3. Past the erased case's deadline: no case, so no deadline to miss, and no alert.
        lantern.advance(Duration.ofHours(72));
        assertThat(lantern.alerts("AlertRaised", "RHI_OVERDUE")).isEmpty();
        assertThat(lantern.profile(childId).path("episodes")).hasSize(1);
        assertNothingChangesWhenSentAgain(erasure, childId);
    }

    @Test
    void an_overdue_interview_whose_case_is_erased_is_no_longer_overdue() {
        var returned = NOW.minus(Duration.ofHours(80));
        lantern.send(episodeReported(AMY, "ep-1", returned.minus(Duration.ofHours(6)), false));
        lantern.send(childReturned(AMY, "ep-1", returned, null));
        lantern.send(interviewCaseOpened(AMY, "ep-1", returned));
        String childId = childOf("RHI_OVERDUE");

        lantern.send(interviewCaseErased(KEY, "ep-1", NOW, InterviewCaseErased.Reason.RETENTION));

        assertThat(lantern.alerts("AlertCleared", "RHI_OVERDUE")).singleElement()
                .satisfies(c -> assertThat(c.path("data").path("reason").asString())
                        .contains("return interview case of episode ep-1 erased at its source (RETENTION)"));
        assertThat(lantern.history(childId)).extracting(StoredEvent::eventType)
                .containsExactlyInAnyOrder("EpisodeReported", "ChildReturned");
    }

    @Test
    void a_case_opened_again_for_the_episode_after_its_erasure_is_kept_and_watched() {
        var returned = NOW.minus(Duration.ofHours(80));
        lantern.send(episodeReported(AMY, "ep-1", returned.minus(Duration.ofHours(6)), false));
        lantern.send(childReturned(AMY, "ep-1", returned, null));
        lantern.send(interviewCaseErased(KEY, "ep-1", returned.plus(Duration.ofHours(1)),
                InterviewCaseErased.Reason.WRONGLY_RECORDED));

        // Recorded after the erasure: a case of its own, not one on its way.
        lantern.send(interviewCaseOpened(AMY, "ep-1", returned.plus(Duration.ofHours(2))));

        assertThat(lantern.alerts("AlertRaised", "RHI_OVERDUE")).hasSize(1);
    }

    @Test
    void an_event_of_an_erased_record_still_on_its_way_is_dropped_when_it_arrives() {
        // 1. Amy's entry, then its erasure: the child keeps the erasure.
        var today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        lantern.send(episodeReported(AMY, "ep-1", NOW.minus(Duration.ofHours(5)), false));
        lantern.send(addedToCmeRegister(AMY, "cme-1", today.minusDays(2)));
        String childId = anyChild();
        lantern.send(registerEntryErased(KEY, "cme-1", NOW));
        int alertsBefore = lantern.alertLog.size();

        // 2. An event of the entry, recorded before the erasure, comes late with records moving from another child.
        var late = new StoredEvent(UUID.randomUUID().toString(), "cme-register-service|" + KEY + "|late",
                "cme-register-service", "lantern.cme-register.v1", "EnquiryLogged", NOW.minus(Duration.ofHours(1)),
                NOW.minus(Duration.ofHours(1)), AMY, "CmeEnquiryLogged",
                InternalJson.MAPPER.valueToTree(new uk.lantern.correlation.patterns.ChildFact.CmeEnquiryLogged(
                        "x", "cme-1", today)), "entryId:cme-1");
        toChild(childId, ChildMessage.adopted(List.of(late), null, null).get(0));

        // 3. Dropped: not in the history, nothing raised or published.
        assertThat(lantern.history(childId)).extracting(StoredEvent::eventId).doesNotContain(late.eventId());
        assertThat(lantern.alertLog).hasSize(alertsBefore);
        assertThat(lantern.deadLetterLog).isEmpty();
    }

    @Test
    void a_child_sends_the_erasures_it_had_with_its_records_so_the_child_they_join_drops_what_is_still_on_its_way() {
        var today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        lantern.send(addedToCmeRegister(AMY, "cme-1", today.minusDays(2)));
        String from = anyChild();
        lantern.send(registerEntryErased(KEY, "cme-1", NOW));
        var erasure = new Erasure("cme-register-service", "entryId", "cme-1", "RETENTION", NOW,
                UUID.randomUUID().toString());
        var late = new StoredEvent(UUID.randomUUID().toString(), "cme-register-service|" + KEY + "|late",
                "cme-register-service", "lantern.cme-register.v1", "NotificationRecorded",
                NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(1)), AMY, null, null, "entryId:cme-1");
        var kept = new StoredEvent(UUID.randomUUID().toString(), "cme-register-service|" + KEY + "|late",
                "cme-register-service", "lantern.cme-register.v1", "NotificationRecorded",
                NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(1)), AMY, null, null, "entryId:cme-2");

        toChild("child-that-joins", ChildMessage.adopted(List.of(late, kept), from, List.of(), List.of(erasure))
                .get(0));

        assertThat(lantern.history("child-that-joins")).extracting(StoredEvent::eventId)
                .containsExactly(kept.eventId());
    }

    private void assertNothingChangesWhenSentAgain(SourceEvents.Message erasure, String childId) {
        var history = lantern.history(childId);
        int alerts = lantern.alertLog.size();
        int profiles = lantern.profileLog.size();
        lantern.send(erasure);
        lantern.advance(Duration.ofSeconds(2));
        assertThat(lantern.history(childId)).isEqualTo(history);
        assertThat(lantern.alertLog).hasSize(alerts);
        assertThat(lantern.profileLog).hasSize(profiles);
        assertThat(lantern.deadLetterLog).isEmpty();
    }

    private void toChild(String childId, ChildMessage message) {
        lantern.driver.createInputTopic(CorrelationTopology.CHILD_EVENTS, new StringSerializer(),
                new ByteArraySerializer()).pipeInput(childId, InternalJson.bytes(message));
        lantern.drain();
    }

    private String childOf(String code) {
        List<JsonNode> raised = lantern.alerts("AlertRaised", code);
        assertThat(raised).as("%s raised", code).isNotEmpty();
        return raised.get(0).path("data").path("childId").asString();
    }

    private String anyChild() {
        lantern.drain();
        return lantern.identityLog.get(0).path("data").path("childId").asString();
    }

    /** Whether the identity index still holds a record of the source under Amy's key. */
    private boolean recordStillKnown(String source) {
        org.apache.kafka.streams.state.KeyValueStore<String, Object> records =
                lantern.driver.getKeyValueStore(StoreIdentityIndex.RECORDS);
        try (var range = records.prefixScan(source + "|" + KEY + "|", new StringSerializer())) {
            return range.hasNext();
        }
    }
}
