package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.addedToCmeRegister;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import uk.lantern.correlation.analyst.AnalystFeed;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventSchemas;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.CorrelationEventTypes;
import uk.lantern.schemas.correlation.IdentityDecisionMade;

/**
 * Analysts count by childRef, so when identity resolution finds that two children are one, or splits one, the feed
 * says which refs joined or split, in refs alone: the refs are the ones the children's earlier events carried.
 */
class AnalystChildRefChangesTest {

    private static final Instant NOW = SourceEvents.NOW;
    private static final String JOINED = "ChildRefsJoined";
    private static final String SPLIT = "ChildRefSplit";

    private final TopologyHarness lantern = new TopologyHarness(NOW, false);
    private final AnalystFeed refs = new AnalystFeed(TopologyHarness.ANALYST_KEY, ZoneId.of("Europe/London"));
    private final EventSchemas schemas = new EventSchemas();

    private final Subject amy = SourceEvents.AMY;
    /** Same names, another date of birth and postcode: a review, not a link. */
    private final Subject amyAtSchool = SourceEvents.AMY_AT_SCHOOL;
    /** Her NHS number and her UPN together: links to both children, which merge. */
    private final Subject amyBoth = new Subject(null, "9434765919", "A123456789012", null, "Amy", "Walsh", null,
            Subject.Sex.FEMALE, null);

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void aRecordThatLinksTwoChildrenPublishesOneJoinWithTheRefsTheirEarlierEventsCarried() {
        // 1. Two children, each with an event on the feed under its own ref.
        var episode = episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false);
        var register = addedToCmeRegister(amyAtSchool, "cme-1", LocalDate.parse("2026-11-02"));
        lantern.send(episode);
        lantern.send(register);
        String refX = refOf(episode);
        String refY = refOf(register);
        assertThat(refX).isNotEqualTo(refY);
        assertThat(changes()).isEmpty();

        // 2. A concern naming both identifiers merges them.
        var concern = SourceEvents.concernRaised(amyBoth, "concern-1", NOW.minusSeconds(60));
        lantern.send(concern);

        var joins = changes();
        assertThat(joins).hasSize(1);
        var join = joins.get(0);
        var joined = read(join);
        assertThat(joined.path("eventType").asString()).isEqualTo(JOINED);
        assertThat(List.of(joined.path("childRef").asString(), joined.path("formerChildRef").asString()))
                .containsExactlyInAnyOrder(refX, refY);
        assertThat(join.key()).as("keyed like every feed message").isEqualTo(joined.path("childRef").asString());
        assertThat(joined.path("source").asString()).isEqualTo("correlation-service");
        assertThat(schemas.violations(CorrelationEventTypes.ANALYST_EVENT_V2, joined)).isEmpty();

        // 3. The refs are those of the child that survives and the child merged into it, and the concern itself
        //    comes after the join, under the surviving ref.
        var resolved = lantern.identityLog.stream()
                .filter(e -> e.path("eventType").asString().equals("RecordResolved"))
                .map(e -> e.path("data"))
                .filter(d -> !d.path("mergedChildren").isEmpty())
                .toList();
        assertThat(resolved).hasSize(1);
        assertThat(joined.path("childRef").asString()).isEqualTo(refs.childRef(resolved.get(0).path("childId")
                .asString()));
        assertThat(joined.path("formerChildRef").asString()).isEqualTo(refs.childRef(resolved.get(0)
                .path("mergedChildren").get(0).asString()));
        assertThat(refOf(concern)).isEqualTo(joined.path("childRef").asString());
        assertThat(lantern.analystLog.indexOf(join)).isLessThan(indexOf(concern));

        // 4. The same concern again changes nothing.
        lantern.send(concern);
        assertThat(changes()).hasSize(1);
    }

    @Test
    void aRecordThatLinksToOneExistingChildPublishesNoChange() {
        var episode = episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false);
        lantern.send(episode);

        // Another source, her NHS number: a new record, linked to her one child.
        var concern = SourceEvents.concernRaised(new Subject(null, "9434765919", null, null, "Amy", "Walsh", null,
                Subject.Sex.FEMALE, null), "concern-1", NOW.minusSeconds(60));
        lantern.send(concern);

        assertThat(lantern.identityLog.stream().filter(e -> e.path("eventType").asString().equals("RecordResolved"))
                .map(e -> e.path("data").path("decision").asString())).containsExactly("NEW", "LINKED");
        assertThat(refOf(concern)).isEqualTo(refOf(episode));
        assertThat(changes()).isEmpty();
    }

    @Test
    void aConfirmPublishesAJoinAndAnUnlinkASplitAndTheSameDecisionAgainPublishesNothing() {
        var episode = episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false);
        var register = addedToCmeRegister(amyAtSchool, "cme-1", LocalDate.parse("2026-11-02"));
        lantern.send(episode);
        lantern.send(register);
        var review = review();
        String recordA = review.path("recordA").asString();

        // 1. CONFIRM: the child of record B joins the child of record A.
        var confirm = decision("d-confirm", "CONFIRM", recordA, review.path("recordB").asString(),
                review.path("reviewId").asString());
        lantern.send(CorrelationTopology.DECISIONS, "d", confirm);

        var joins = changes();
        assertThat(joins).hasSize(1);
        var joined = read(joins.get(0));
        assertThat(joined.path("eventType").asString()).isEqualTo(JOINED);
        assertThat(joined.path("childRef").asString()).isEqualTo(refs.childRef(review.path("childA").asString()));
        assertThat(joined.path("formerChildRef").asString())
                .isEqualTo(refs.childRef(review.path("childB").asString()));
        assertThat(List.of(joined.path("childRef").asString(), joined.path("formerChildRef").asString()))
                .containsExactlyInAnyOrder(refOf(episode), refOf(register));
        assertThat(joined.path("occurredAt").asString()).isEqualTo(NOW.toString());
        assertThat(joins.get(0).key()).isEqualTo(joined.path("childRef").asString());
        assertThat(schemas.violations(CorrelationEventTypes.ANALYST_EVENT_V2, joined)).isEmpty();

        // 2. The same decision again (a redelivery) publishes nothing new.
        lantern.send(CorrelationTopology.DECISIONS, "d", confirm);
        assertThat(changes()).hasSize(1);

        // 3. UNLINK record A: it leaves for a new child; the rest stays. A split from the joined ref to a new one.
        var unlink = decision("d-unlink", "UNLINK", recordA, null, null);
        lantern.send(CorrelationTopology.DECISIONS, "d", unlink);

        var all = changes();
        assertThat(all).hasSize(2);
        var split = read(all.get(1));
        assertThat(split.path("eventType").asString()).isEqualTo(SPLIT);
        var moves = decided("d-unlink").path("moves");
        assertThat(moves).hasSize(1);
        assertThat(split.path("formerChildRef").asString())
                .isEqualTo(refs.childRef(moves.get(0).path("fromChild").asString()))
                .isEqualTo(joined.path("childRef").asString());
        assertThat(split.path("childRef").asString())
                .isEqualTo(refs.childRef(moves.get(0).path("toChild").asString()))
                .isNotIn(refOf(episode), refOf(register));
        assertThat(all.get(1).key()).isEqualTo(split.path("childRef").asString());
        assertThat(schemas.violations(CorrelationEventTypes.ANALYST_EVENT_V2, split)).isEmpty();

        lantern.send(CorrelationTopology.DECISIONS, "d", unlink);
        assertThat(changes()).hasSize(2);
    }

    @Test
    void aRejectOfTwoChildrenThatAreApartPublishesNoChange() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(addedToCmeRegister(amyAtSchool, "cme-1", LocalDate.parse("2026-11-02")));
        var review = review();

        lantern.send(CorrelationTopology.DECISIONS, "d", decision("d-reject", "REJECT",
                review.path("recordA").asString(), review.path("recordB").asString(),
                review.path("reviewId").asString()));

        assertThat(decided("d-reject").path("moves")).isEmpty();
        assertThat(changes()).isEmpty();
    }

    @Test
    void aReplayOfTheSameInputsPublishesTheSameEventIds() {
        var inputs = List.of(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false),
                addedToCmeRegister(amyAtSchool, "cme-1", LocalDate.parse("2026-11-02")));
        var concern = SourceEvents.concernRaised(amyBoth, "concern-1", NOW.minusSeconds(60));

        List<String> first = replay(inputs, concern, "d-unlink");
        List<String> second = replay(inputs, concern, "d-unlink");

        assertThat(first).hasSize(2).doesNotHaveDuplicates().isEqualTo(second);
        assertThat(replay(inputs, concern, "d-another-unlink").get(1)).as("another decision, another event")
                .isNotEqualTo(first.get(1));
    }

    /** On a fresh topology: the inputs, the concern that merges them, then an unlink; the changes' event ids. */
    private List<String> replay(List<SourceEvents.Message> inputs, SourceEvents.Message concern,
                                String unlinkId) {
        try (var fresh = new TopologyHarness(NOW, false)) {
            inputs.forEach(fresh::send);
            fresh.send(concern);
            String recordA = fresh.identityLog.stream()
                    .filter(e -> e.path("eventType").asString().equals("RecordResolved"))
                    .map(e -> e.path("data").path("recordId").asString())
                    .findFirst().orElseThrow();
            fresh.send(CorrelationTopology.DECISIONS, "d", decision(unlinkId, "UNLINK", recordA, null, null));
            return changes(fresh).stream().map(r -> read(r).path("eventId").asString()).toList();
        }
    }

    private JsonNode review() {
        var reviews = lantern.identityLog.stream()
                .filter(e -> e.path("eventType").asString().equals("ReviewRaised")).toList();
        assertThat(reviews).hasSize(1);
        return reviews.get(0).path("data");
    }

    private JsonNode decided(String decisionId) {
        return lantern.identityLog.stream()
                .filter(e -> e.path("eventType").asString().equals("ReviewDecided"))
                .map(e -> e.path("data"))
                .filter(d -> d.path("decisionId").asString().equals(decisionId))
                .findFirst().orElseThrow();
    }

    /** The ref the feed gave the source event. */
    private String refOf(SourceEvents.Message message) {
        return read(lantern.analystLog.get(indexOf(message))).path("childRef").asString();
    }

    private int indexOf(SourceEvents.Message message) {
        for (int i = 0; i < lantern.analystLog.size(); i++) {
            if (read(lantern.analystLog.get(i)).path("eventId").asString()
                    .equals(refs.eventId(message.eventId().toString()))) {
                return i;
            }
        }
        throw new AssertionError("no analyst event for " + message.eventId());
    }

    private List<TestRecord<String, byte[]>> changes() {
        return changes(lantern);
    }

    private static List<TestRecord<String, byte[]>> changes(TopologyHarness harness) {
        return harness.analystLog.stream()
                .filter(r -> List.of(JOINED, SPLIT).contains(read(r).path("eventType").asString()))
                .toList();
    }

    private static JsonNode read(TestRecord<String, byte[]> record) {
        return InternalJson.MAPPER.readTree(record.value());
    }

    private static byte[] decision(String decisionId, String decision, String recordA, String recordB,
                                   String reviewId) {
        var id = UUID.nameUUIDFromBytes(decisionId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var data = new IdentityDecisionMade(decisionId, decision, recordA, recordB, reviewId, "Jo Patel",
                "checked with the school", NOW);
        return SourceEvents.CODEC.encode(new Envelope<>(id, "IdentityDecisionMade", 1, NOW, NOW,
                "correlation-service", new Subject(null, null, null, null, null, null, null, null, null), data));
    }
}
