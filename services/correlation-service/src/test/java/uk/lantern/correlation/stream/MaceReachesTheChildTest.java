package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.NOW;
import static uk.lantern.correlation.stream.SourceEvents.addedToCmeRegister;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import uk.lantern.correlation.mace.MaceEntries;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.exploitationrisk.RiskCategory;
import uk.lantern.schemas.mace.ActionDone;
import uk.lantern.schemas.mace.Agency;
import uk.lantern.schemas.mace.ChildDiscussed;
import uk.lantern.schemas.mace.Drift;
import uk.lantern.schemas.mace.DriftFlagged;
import uk.lantern.schemas.mace.PanelMember;
import uk.lantern.schemas.mace.MaceEvent;
import uk.lantern.schemas.mace.MeetingClosed;

/**
 * The MACE panel's events about a child reach that child in the topology: kept once in its history as the record of
 * the panel's events, listed in its profile (so the chronology shows them), following the child through a merge.
 */
class MaceReachesTheChildTest {

    private final TopologyHarness lantern = new TopologyHarness(NOW, false);

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void a_discussion_is_kept_once_as_the_childs_mace_record_and_listed_in_the_profile() {
        lantern.send(episodeReported(SourceEvents.AMY, "ep-1", NOW.minusSeconds(3600), false));
        String amy = only(profileChildren());
        JsonNode before = lantern.profile(amy);
        int published = lantern.profileLog.size();

        var discussed = mace(amy, new ChildDiscussed("m-1", amy, NOW.minusSeconds(600), RiskCategory.MODERATE,
                RiskCategory.MILD, true));
        lantern.send(CorrelationTopology.MACE, "child:" + amy, discussed);
        JsonNode after = lantern.profile(amy);

        assertThat(lantern.history(amy)).extracting(StoredEvent::recordId)
                .contains(MaceEntries.recordId(amy));
        assertThat(after.path("records").toString()).contains(MaceEntries.recordId(amy));
        assertThat(after.path("identifiers")).as("MACE tells nothing of who the child is")
                .isEqualTo(before.path("identifiers"));
        assertThat(after.path("names")).isEqualTo(before.path("names"));

        int afterFirst = lantern.profileLog.size();
        assertThat(afterFirst).isGreaterThan(published);
        lantern.send(CorrelationTopology.MACE, "child:" + amy, discussed); // redelivered
        lantern.profile(amy);
        assertThat(lantern.history(amy).stream().filter(e -> e.source().equals(MaceEntries.SOURCE))).hasSize(1);
        assertThat(lantern.profileLog).as("a redelivery publishes nothing").hasSize(afterFirst);
        assertThat(lantern.deadLetterLog).isEmpty();
    }

    @Test
    void the_panels_events_about_a_child_merged_away_land_on_the_surviving_child() {
        lantern.send(episodeReported(SourceEvents.AMY, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(addedToCmeRegister(SourceEvents.AMY_AT_SCHOOL, "cme-1", LocalDate.parse("2026-11-02")));
        lantern.drain();
        var review = lantern.identityLog.stream().filter(e -> e.path("eventType").asString().equals("ReviewRaised"))
                .findFirst().orElseThrow().path("data");
        String childA = review.path("childA").asString();
        String childB = review.path("childB").asString();
        // The panel discussed both before anyone saw the two were one child.
        for (String child : java.util.List.of(childA, childB)) {
            lantern.send(CorrelationTopology.MACE, "child:" + child, mace(child, new ChildDiscussed("m-" + child,
                    child, NOW.minusSeconds(900), RiskCategory.MODERATE, null, false)));
        }

        lantern.send(CorrelationTopology.DECISIONS, "d", SourceEvents.decision("CONFIRM",
                review.path("recordA").asString(), review.path("recordB").asString(),
                review.path("reviewId").asString(), NOW));
        String gone = lantern.profile(childB) == null ? childB : childA;
        String survivor = gone.equals(childB) ? childA : childB;
        assertThat(lantern.profile(gone)).as("merged away").isNull();
        // An action on the merged-away child is done after the merge: it still names that child.
        lantern.send(CorrelationTopology.MACE, "child:" + gone,
                mace(gone, new ActionDone("a-1", gone, LocalDate.parse("2026-11-17"))));

        JsonNode profile = lantern.profile(survivor);
        assertThat(profile.path("records").toString()).contains(MaceEntries.recordId(gone),
                MaceEntries.recordId(survivor));
        assertThat(lantern.history(survivor).stream().filter(e -> e.source().equals(MaceEntries.SOURCE))
                .map(StoredEvent::eventType)).containsExactlyInAnyOrder("ChildDiscussed", "ChildDiscussed",
                "ActionDone");
        assertThat(lantern.deadLetterLog).isEmpty();
    }

    @Test
    void an_event_about_a_meeting_reaches_no_child_and_one_about_an_unknown_child_or_unreadable_goes_to_dead_letters() {
        lantern.send(CorrelationTopology.MACE, "meeting:m-1", mace(null, new MeetingClosed("m-1", NOW, 1, 0)));
        lantern.drain();
        assertThat(lantern.deadLetterLog).isEmpty();
        assertThat(lantern.profileLog).isEmpty();

        lantern.send(CorrelationTopology.MACE, "child:nobody", mace("nobody",
                new ActionDone("a-1", "nobody", LocalDate.parse("2026-11-17"))));
        lantern.send(CorrelationTopology.MACE, "child:x", "{not json".getBytes(StandardCharsets.UTF_8));
        lantern.drain();

        assertThat(lantern.deadLetterLog).hasSize(2);
        assertThat(lantern.profileLog).as("no child made up for an id Lantern never had").isEmpty();
    }

    @Test
    void drift_is_raised_to_the_chair_naming_the_allocated_worker_once_however_often_delivered_and_cleared_when_done() {
        lantern.send(episodeReported(SourceEvents.AMY, "ep-1", NOW.minusSeconds(3600),
                new uk.lantern.schemas.AllocatedWorker("Jo Bloggs", "North team")));
        String amy = only(profileChildren());
        var drift = mace(amy, new DriftFlagged("m-2", amy, Drift.ACTION_OVERDUE, "a-1",
                new PanelMember("DI Shah", Agency.POLICE)));

        lantern.send(CorrelationTopology.MACE, "child:" + amy, drift);
        lantern.send(CorrelationTopology.MACE, "child:" + amy, drift); // redelivered
        lantern.drain();

        var raised = lantern.alerts("AlertRaised", "MACE_DRIFT");
        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.path("schemaVersion").asInt()).as("a code added since v1: v2 only").isEqualTo(2);
            var data = alert.path("data");
            assertThat(data.path("actors").toString()).contains("MACE_PANEL");
            assertThat(data.path("summary").asString()).contains("past its due date",
                    "For the chair, DI Shah (police), to challenge", "Allocated worker: Jo Bloggs (North team)");
            assertThat(data.path("allocatedWorker").path("name").asString()).isEqualTo("Jo Bloggs");
            assertThat(data.path("allocatedWorker").path("team").asString()).isEqualTo("North team");
            assertThat(data.path("dueBy").isMissingNode()).isFalse();
        });
        // Every alert about the child names the worker, not MACE's alone: an older code stays on v1.
        assertThat(lantern.alertLog).filteredOn(a -> a.path("eventType").asString().equals("AlertRaised"))
                .allSatisfy(a -> assertThat(a.path("data").path("allocatedWorker").path("team").asString())
                        .isEqualTo("North team"));
        assertThat(lantern.alertLog).filteredOn(a -> !a.path("data").path("code").asString().equals("MACE_DRIFT"))
                .allSatisfy(a -> assertThat(a.path("schemaVersion").asInt()).isEqualTo(1));

        lantern.send(CorrelationTopology.MACE, "child:" + amy,
                mace(amy, new ActionDone("a-1", amy, LocalDate.parse("2026-11-18"))));
        lantern.drain();
        assertThat(lantern.alerts("AlertCleared", "MACE_DRIFT")).singleElement()
                .satisfies(c -> assertThat(c.path("schemaVersion").asInt()).isEqualTo(2));
        assertThat(lantern.deadLetterLog).isEmpty();
    }

    @Test
    void a_discussion_or_an_action_agreed_raises_no_drift() {
        lantern.send(episodeReported(SourceEvents.AMY, "ep-1", NOW.minusSeconds(3600), false));
        String amy = only(profileChildren());
        lantern.send(CorrelationTopology.MACE, "child:" + amy, mace(amy, new ChildDiscussed("m-1", amy,
                NOW.minusSeconds(600), RiskCategory.MODERATE, RiskCategory.MODERATE, false)));
        lantern.send(CorrelationTopology.MACE, "child:" + amy, mace(amy, new uk.lantern.schemas.mace.ActionAgreed(
                "a-1", "m-1", amy, Agency.POLICE, LocalDate.parse("2026-12-01"), null, null)));
        lantern.drain();

        assertThat(lantern.alerts("AlertRaised", "MACE_DRIFT")).isEmpty();
    }

    @Test
    void when_every_source_record_of_the_child_is_erased_its_mace_entries_go_with_it() {
        lantern.send(episodeReported(SourceEvents.AMY, "ep-1", NOW.minusSeconds(3600), false));
        String amy = only(profileChildren());
        lantern.send(CorrelationTopology.MACE, "child:" + amy, mace(amy, new ChildDiscussed("m-1", amy,
                NOW.minusSeconds(600), RiskCategory.MODERATE, null, false)));
        assertThat(lantern.profile(amy)).isNotNull();

        lantern.send(SourceEvents.episodeErased(SourceEvents.AMY.partitionKey().orElseThrow(), "ep-1", NOW));

        assertThat(lantern.profile(amy)).as("a tombstone: nothing of a source is left").isNull();
        assertThat(lantern.history(amy)).isEmpty();
        assertThat(lantern.deadLetterLog).isEmpty();
    }

    private java.util.List<String> profileChildren() {
        lantern.profile("-");
        return lantern.profileLog.stream().map(r -> r.key()).distinct().toList();
    }

    private static String only(java.util.List<String> children) {
        assertThat(children).hasSize(1);
        return children.get(0);
    }

    private static byte[] mace(String childId, MaceEvent data) {
        var id = UUID.nameUUIDFromBytes((data.toString()).getBytes(StandardCharsets.UTF_8));
        var type = data.getClass().getSimpleName();
        return SourceEvents.CODEC.encode(new Envelope<>(id, type, 1, NOW, NOW, MaceEntries.SOURCE,
                Subject.empty(), data));
    }
}
