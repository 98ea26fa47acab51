package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.addedToCmeRegister;
import static uk.lantern.correlation.stream.SourceEvents.episodeErased;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;
import static uk.lantern.correlation.stream.SourceEvents.interviewCaseOpened;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import uk.lantern.correlation.stream.identityindex.StoreIdentityIndex;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.AnalystEventV2;

/**
 * RETENTION.md, "The identity index": when an erasure leaves a record (a source's details of a child) with no event,
 * the child stage says so and the identity stage forgets the record: out of every store of the index, so it no
 * longer takes part in matching; the rest of its child stays one child where it links without it, else splits (and
 * analysts are told); a question it was part of is withdrawn. A report that comes after an event of the record was
 * resolved again keeps it, and a redelivered erasure changes nothing.
 */
class EmptiedRecordsLeaveTheIdentityIndexTest {

    private static final Instant NOW = SourceEvents.NOW;
    private static final Subject AMY = SourceEvents.AMY;
    private static final String KEY = AMY.partitionKey().orElseThrow();
    private final TopologyHarness lantern = new TopologyHarness(NOW, false);

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void a_record_whose_every_event_was_erased_leaves_the_index_and_matches_nothing_again() {
        // 1. Amy's only episode, then its erasure.
        lantern.send(episodeReported(AMY, "ep-1", NOW.minus(Duration.ofHours(2)), false));
        String police = recordOf("missing-episode-service", AMY);
        String childId = childOf(police);
        lantern.send(episodeErased(KEY, "ep-1", NOW));

        // 2. Out of every store of the index.
        assertThat(storeHolds(StoreIdentityIndex.RECORDS, police)).isFalse();
        assertThat(storeHolds(StoreIdentityIndex.CHILD_OF, police)).isFalse();
        assertThat(storeHolds(StoreIdentityIndex.MEMBERS, childId)).isFalse();
        assertThat(valuesOf(StoreIdentityIndex.BLOCKS)).noneMatch(block -> block.contains(police));
        assertThat(lantern.history(childId)).isEmpty();

        // 3. Amy's school record, which would have been put to a reviewer with it, meets nothing.
        lantern.send(addedToCmeRegister(SourceEvents.AMY_AT_SCHOOL, "cme-1", LocalDate.parse("2026-11-02")));
        assertThat(events("ReviewRaised")).isEmpty();
        assertThat(lantern.alerts("AlertRaised", "POSSIBLE_SAME_CHILD")).isEmpty();
        assertThat(events("RecordResolved").get(1).path("data").path("decision").asString()).isEqualTo("NEW");
        assertThat(lantern.deadLetterLog).isEmpty();
    }

    /** The control of the test above: the same two records, no erasure, and the question is asked. */
    @Test
    void without_the_erasure_the_two_records_are_put_to_a_reviewer() {
        lantern.send(episodeReported(AMY, "ep-1", NOW.minus(Duration.ofHours(2)), false));
        lantern.send(addedToCmeRegister(SourceEvents.AMY_AT_SCHOOL, "cme-1", LocalDate.parse("2026-11-02")));

        assertThat(events("ReviewRaised")).hasSize(1);
    }

    @Test
    void a_forgotten_record_is_no_longer_a_child_the_analyst_feed_names_by_ref() {
        // 1. Ben is found with someone called Amy Walsh, a child Lantern knows: analysts get her ref, not her name.
        lantern.send(episodeReported(AMY, "ep-1", NOW.minus(Duration.ofHours(5)), false));
        lantern.send(episodeReported(SourceEvents.BEN, "ep-b1", NOW.minus(Duration.ofHours(4)), false));
        lantern.send(SourceEvents.childReturned(SourceEvents.BEN, "ep-b1", NOW.minus(Duration.ofHours(3)),
                "Amy Walsh", null, "Bus station", "PE1 2BB"));
        assertThat(lastAssociates()).singleElement().satisfies(a -> {
            assertThat(a.childRef()).isNotNull();
            assertThat(a.name()).isNull();
        });

        // 2. Amy's only record is erased and forgotten: the name is nobody Lantern knows any more.
        lantern.send(episodeErased(KEY, "ep-1", NOW));
        lantern.send(episodeReported(SourceEvents.BEN, "ep-b2", NOW.minus(Duration.ofHours(2)), false));
        lantern.send(SourceEvents.childReturned(SourceEvents.BEN, "ep-b2", NOW.minus(Duration.ofHours(1)),
                "Amy Walsh", null, "Bus station", "PE1 2BB"));

        assertThat(lastAssociates()).singleElement().satisfies(a -> assertThat(a.childRef()).isNull());
    }

    private List<AnalystEventV2.Associate> lastAssociates() {
        var last = lantern.analystLog.stream().map(r -> InternalJson.read(r.value(), AnalystEventV2.class))
                .filter(e -> "ChildReturned".equals(e.eventType())).reduce((a, b) -> b).orElseThrow();
        return last.associates();
    }

    @Test
    void a_record_with_events_left_stays_and_a_redelivered_erasure_changes_nothing() {
        lantern.send(episodeReported(AMY, "ep-1", NOW.minus(Duration.ofHours(2)), false));
        lantern.send(episodeReported(AMY, "ep-2", NOW.minus(Duration.ofHours(1)), false));
        String police = recordOf("missing-episode-service", AMY);
        var erasure = episodeErased(KEY, "ep-1", NOW);

        lantern.send(erasure);
        assertThat(storeHolds(StoreIdentityIndex.RECORDS, police)).as("ep-2 still holds it").isTrue();

        lantern.send(episodeErased(KEY, "ep-2", NOW));
        assertThat(storeHolds(StoreIdentityIndex.RECORDS, police)).isFalse();

        int identity = lantern.identityLog.size();
        int analysts = lantern.analystLog.size();
        int alerts = lantern.alertLog.size();
        lantern.send(erasure);
        assertThat(lantern.identityLog).hasSize(identity);
        assertThat(lantern.analystLog).as("no child holds a record under the key any more").hasSize(analysts);
        assertThat(lantern.alertLog).hasSize(alerts);
        assertThat(lantern.deadLetterLog).isEmpty();
    }

    @Test
    void a_question_the_forgotten_record_was_part_of_is_withdrawn_and_a_decision_on_it_is_dead_lettered() {
        lantern.send(episodeReported(AMY, "ep-1", NOW.minus(Duration.ofHours(2)), false));
        lantern.send(addedToCmeRegister(SourceEvents.AMY_AT_SCHOOL, "cme-1", LocalDate.parse("2026-11-02")));
        var review = events("ReviewRaised").get(0).path("data");
        assertThat(lantern.alerts("AlertRaised", "POSSIBLE_SAME_CHILD")).hasSize(1);

        lantern.send(episodeErased(KEY, "ep-1", NOW));

        assertThat(lantern.alerts("AlertCleared", "POSSIBLE_SAME_CHILD")).singleElement()
                .satisfies(c -> assertThat(c.path("data").path("reason").asString()).contains("was forgotten"));
        String police = recordOf("missing-episode-service", AMY);
        assertThat(events("RecordForgotten")).as("the review projections are told").singleElement().satisfies(f -> {
            assertThat(f.path("data").path("recordId").asString()).isEqualTo(police);
            assertThat(f.path("data").path("reviewsWithdrawn")).extracting(JsonNode::asString)
                    .containsExactly(review.path("reviewId").asString());
            assertThat(f.path("data").path("moves")).isEmpty();
            assertThat(f.path("subject").properties()).as("it carries nothing of the child")
                    .allSatisfy(e -> assertThat(e.getValue().isNull()).isTrue());
        });
        lantern.send(CorrelationTopology.DECISIONS, "d", SourceEvents.decision("CONFIRM",
                review.path("recordA").asString(), review.path("recordB").asString(),
                review.path("reviewId").asString(), NOW));
        assertThat(lantern.deadLetterLog).singleElement().satisfies(r -> assertThat(new String(
                r.headers().lastHeader(IdentityProcessor.REASON_HEADER).value())).contains("unknown record"));
    }

    @Test
    void a_child_the_forgotten_record_held_together_splits_where_the_rest_does_not_link_and_analysts_are_told() {
        // 1. Amy at the police (ep-1) and at school, one child by a reviewer's confirmation; and Amy at the
        //    return-interview service, linked to the police record by her NHS number (a case of another episode).
        lantern.send(episodeReported(AMY, "ep-1", NOW.minus(Duration.ofHours(2)), false));
        lantern.send(addedToCmeRegister(SourceEvents.AMY_AT_SCHOOL, "cme-1", LocalDate.parse("2026-11-02")));
        var review = events("ReviewRaised").get(0).path("data");
        lantern.send(CorrelationTopology.DECISIONS, "d", SourceEvents.decision("CONFIRM",
                review.path("recordA").asString(), review.path("recordB").asString(),
                review.path("reviewId").asString(), NOW));
        lantern.send(interviewCaseOpened(AMY, "ep-0", NOW.minus(Duration.ofDays(30))));
        String police = recordOf("missing-episode-service", AMY);
        String school = recordOf("cme-register-service", SourceEvents.AMY_AT_SCHOOL);
        String interviews = recordOf("return-interview-service", AMY);
        String childId = childOf(police);
        assertThat(childOf(school)).isEqualTo(childId).isEqualTo(childOf(interviews));
        int feedBefore = lantern.analystLog.size();

        // 2. The police record's only episode is erased.
        lantern.send(episodeErased(KEY, "ep-1", NOW));

        // 3. The school's and the interview service's records no longer meet: two children, each with its events.
        assertThat(storeHolds(StoreIdentityIndex.RECORDS, police)).isFalse();
        String schoolChild = childOf(school);
        String interviewChild = childOf(interviews);
        assertThat(schoolChild).isNotEqualTo(interviewChild);
        assertThat(List.of(schoolChild, interviewChild)).contains(childId);
        assertThat(lantern.history(interviewChild)).extracting(StoredEvent::eventType)
                .containsExactly("InterviewCaseOpened");
        assertThat(lantern.history(schoolChild)).extracting(StoredEvent::eventType)
                .containsExactly("ChildAddedToRegister");
        assertThat(lantern.profile(childId).path("records")).hasSize(1);
        var split = lantern.analystLog.subList(feedBefore, lantern.analystLog.size()).stream()
                .map(r -> InternalJson.read(r.value(), AnalystEventV2.class))
                .filter(e -> AnalystEventV2.CHILD_REF_SPLIT.equals(e.eventType())).toList();
        assertThat(split).hasSize(1);
        var moved = events("RecordForgotten").get(0).path("data");
        assertThat(moved.path("childId").asString()).isEqualTo(childId);
        assertThat(moved.path("moves")).singleElement().satisfies(m -> {
            assertThat(m.path("fromChild").asString()).isEqualTo(childId);
            assertThat(m.path("toChild").asString()).isNotEqualTo(childId);
            assertThat(List.of(school, interviews)).contains(m.path("recordId").asString());
        });
        assertThat(lantern.deadLetterLog).isEmpty();
    }

    @Test
    void a_report_that_comes_after_an_event_of_the_record_was_resolved_again_keeps_the_record() {
        // 1. Two episodes; the first is erased: the record keeps the second, its erasure pending.
        lantern.send(episodeReported(AMY, "ep-1", NOW.minus(Duration.ofHours(3)), false));
        lantern.send(episodeReported(AMY, "ep-2", NOW.minus(Duration.ofHours(2)), false));
        String police = recordOf("missing-episode-service", AMY);
        String childId = childOf(police);
        var erasure = episodeErased(KEY, "ep-1", NOW);
        lantern.send(erasure);

        // 2. A new episode of the record is resolved; then a report that the first erasure left it empty arrives
        //    (as it would had the child's report crossed the new event on its way).
        lantern.send(episodeReported(AMY, "ep-3", NOW.minus(Duration.ofMinutes(5)), false));
        reportEmptied(police, childId, erasure.eventId().toString());

        // 3. Out of date: the record stays, and still links.
        assertThat(storeHolds(StoreIdentityIndex.RECORDS, police)).isTrue();
        assertThat(childOf(police)).isEqualTo(childId);
    }

    /** The control of the test above: without the new event, the same report is acted on. */
    @Test
    void a_report_while_the_erasure_is_still_pending_is_acted_on() {
        lantern.send(episodeReported(AMY, "ep-1", NOW.minus(Duration.ofHours(3)), false));
        lantern.send(episodeReported(AMY, "ep-2", NOW.minus(Duration.ofHours(2)), false));
        String police = recordOf("missing-episode-service", AMY);
        String childId = childOf(police);
        var erasure = episodeErased(KEY, "ep-1", NOW);
        lantern.send(erasure);

        reportEmptied(police, childId, erasure.eventId().toString());

        assertThat(storeHolds(StoreIdentityIndex.RECORDS, police)).isFalse();
    }

    /** A child's report, as the child stage sends it back to the identity stage. */
    private void reportEmptied(String recordId, String childId, String erasureId) {
        var headers = new RecordHeaders();
        headers.add(IdentityProcessor.SOURCE_TOPIC_HEADER, RecordEmptied.ORIGIN.getBytes());
        lantern.driver.createInputTopic("correlation-test-records-emptied-repartition", new StringSerializer(),
                new ByteArraySerializer()).pipeInput(new org.apache.kafka.streams.test.TestRecord<>(
                Intake.IDENTITY_KEY, InternalJson.bytes(new RecordEmptied(recordId, childId, erasureId, NOW)),
                headers, NOW));
        lantern.drain();
    }

    private String recordOf(String source, Subject subject) {
        return SourceRecords.recordId(source, subject.partitionKey().orElseThrow(), subject);
    }

    private String childOf(String recordId) {
        KeyValueStore<String, String> childOf = lantern.driver.getKeyValueStore(StoreIdentityIndex.CHILD_OF);
        return childOf.get(recordId);
    }

    private boolean storeHolds(String store, String key) {
        KeyValueStore<String, Object> values = lantern.driver.getKeyValueStore(store);
        return values.get(key) != null;
    }

    private List<String> valuesOf(String store) {
        KeyValueStore<String, String> values = lantern.driver.getKeyValueStore(store);
        var all = new ArrayList<String>();
        try (var range = values.all()) {
            range.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }

    private List<JsonNode> events(String type) {
        lantern.drain();
        return lantern.identityLog.stream().filter(e -> e.path("eventType").asString().equals(type)).toList();
    }
}
