package uk.lantern.correlation.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A message the topology's own code fails on (here: internal messages no stage would write, standing for a bug on data
 * nobody foresaw) goes to the dead-letter topic with the reason, leaves nothing half-written, and the partition goes
 * on. Before, it stopped the topology for every child, again at every restart.
 */
class StageFailuresTest {

    private final TopologyHarness lantern = new TopologyHarness(SourceEvents.NOW, false);

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void aMessageTheChildStageFailsOnIsDeadLetteredAndTheNextMessagesAreProcessed() {
        lantern.send(CorrelationTopology.CHILD_EVENTS, "child-x", "{\"kind\":\"NOT_A_KIND\"}".getBytes(UTF_8));
        lantern.send(CorrelationTopology.CHILD_EVENTS, "child-y", "{\"kind\":\"SOURCE_EVENT\"}".getBytes(UTF_8));

        reportOnPlan(SourceEvents.AMY, "ep-1", SourceEvents.NOW.minusSeconds(600));

        assertThat(lantern.alerts("AlertRaised", "NEED_TO_KNOW")).hasSize(1);
        assertThat(lantern.deadLetterLog).extracting(TestRecord::key).containsExactly("child-x", "child-y");
        for (var deadLetter : lantern.deadLetterLog) {
            assertThat(header(deadLetter, IdentityProcessor.REASON_HEADER))
                    .startsWith("the child stage failed on this message: ");
            assertThat(header(deadLetter, IdentityProcessor.SOURCE_TOPIC_HEADER))
                    .isEqualTo(CorrelationTopology.CHILD_EVENTS);
        }
        assertThat(new String(lantern.deadLetterLog.get(0).value(), UTF_8)).isEqualTo("{\"kind\":\"NOT_A_KIND\"}");
        assertThat(deadLettered("child")).as("the stage's dead-lettered-total metric").isEqualTo(2.0);
        assertThat(deadLettered("identity")).isZero();
    }

    /** A report of a child on a plan and the episode service's need-to-know decision beside it. */
    private void reportOnPlan(uk.lantern.schemas.Subject subject, String episodeId, java.time.Instant at) {
        lantern.send(episodeReported(subject, episodeId, at, true));
        lantern.send(SourceEvents.needToKnowRaised(subject, episodeId, at));
    }

    private double deadLettered(String stage) {
        return lantern.driver.metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals("dead-lettered-total"))
                .filter(e -> e.getKey().group().equals(AllOrNothing.METRICS_GROUP))
                .filter(e -> stage.equals(e.getKey().tags().get("stage")))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum();
    }

    @Test
    void whatAFailedMessageWroteBeforeItFailedIsUndoneAndNothingItMeantToSendGoesOut() {
        reportOnPlan(SourceEvents.AMY, "ep-1", SourceEvents.NOW.minusSeconds(600));
        String childId = lantern.alerts("AlertRaised", "NEED_TO_KNOW").get(0).path("data").path("childId")
                .asString();
        List<String> before = lantern.history(childId).stream().map(StoredEvent::eventId).toList();
        StoredEvent known = lantern.history(childId).stream().filter(e -> e.eventType().equals("EpisodeReported"))
                .findFirst().orElseThrow();
        lantern.profile(childId);
        int alertsBefore = lantern.alertLog.size();
        int profilesBefore = lantern.profileLog.size();

        // Records arriving from another child: the first event is kept, then the second fails the stage.
        var arriving = new StoredEvent(UUID.randomUUID().toString(), "police:other-record", known.source(),
                known.topic(), known.eventType(), known.occurredAt(), known.recordedAt(), known.subject(),
                known.factType(), known.fact());
        var broken = new StoredEvent(UUID.randomUUID().toString(), "police:broken", known.source(), known.topic(),
                known.eventType(), known.occurredAt(), known.recordedAt(), known.subject(), "NoSuchFact",
                known.fact());
        var adopted = ChildMessage.adopted(List.of(arriving, broken), "child-merged", null);
        lantern.send(CorrelationTopology.CHILD_EVENTS, childId, InternalJson.bytes(adopted.get(0)));
        lantern.profile(childId);

        assertThat(lantern.deadLetterLog).hasSize(1);
        assertThat(lantern.history(childId)).extracting(StoredEvent::eventId).containsExactlyElementsOf(before);
        assertThat(lantern.alertLog).hasSize(alertsBefore);
        assertThat(lantern.profileLog).hasSize(profilesBefore);

        // The child goes on as before the failed message.
        lantern.send(SourceEvents.episodeClosed(SourceEvents.AMY, "ep-1", SourceEvents.NOW.minusSeconds(60)));
        assertThat(lantern.history(childId)).hasSize(before.size() + 1);
    }

    @Test
    void aChildWhoseProfileCannotBeBuiltIsReportedAndTheOtherChildrensProfilesStillGoOut() {
        reportOnPlan(SourceEvents.AMY, "ep-1", SourceEvents.NOW.minusSeconds(600));
        String amy = lantern.alerts("AlertRaised", "NEED_TO_KNOW").get(0).path("data").path("childId").asString();
        lantern.profile(amy);
        var empty = new StoredEvent(UUID.randomUUID().toString(), "police:empty", null, null, null, null, null, null,
                null, null);
        lantern.send(CorrelationTopology.CHILD_EVENTS, amy,
                InternalJson.bytes(ChildMessage.adopted(List.of(empty), null, null).get(0)));
        reportOnPlan(SourceEvents.BEN, "ep-2", SourceEvents.NOW.minusSeconds(300));
        String ben = lantern.alerts("AlertRaised", "NEED_TO_KNOW").get(1).path("data").path("childId").asString();
        int profilesBefore = lantern.profileLog.size();

        lantern.profile(ben);

        assertThat(lantern.profileLog.subList(profilesBefore, lantern.profileLog.size()))
                .extracting(TestRecord::key).containsExactly(ben);
        assertThat(lantern.deadLetterLog).hasSize(1);
        var report = lantern.deadLetterLog.get(0);
        assertThat(report.key()).isEqualTo(amy);
        assertThat(header(report, IdentityProcessor.REASON_HEADER))
                .startsWith("the child stage failed on the profile of child " + amy + ": ");
        assertThat(InternalJson.MAPPER.readTree(report.value()).path("what").asString())
                .isEqualTo("the profile of child " + amy);
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
