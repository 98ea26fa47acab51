package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.lantern.correlation.projection.ReviewProjection;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.correlation.CorrelationEventTypes;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.schemas.correlation.ReviewDecided;
import uk.lantern.testsupport.Api;

/**
 * The records judged to be someone else, on the child's identity page ({@code decidedApart}): each possible match a
 * reviewer rejected and each record taken out of the child, with who, when and the reason of the decision the stream
 * applied; gone when a record it names is forgotten. On the real broker and store; the test plays the stream's part
 * (RecordResolved, ReviewRaised, ReviewDecided, RecordForgotten and the profile on their topics), as the projections
 * read them, and decides through the API as a coordinator does.
 */
@WithoutTopology
class DecidedApartTest extends DecidingPossibleMatches {

    static final String TWINS = "Twin sister: same address and date of birth, different NHS numbers.";
    static final String KEYED = "The school keyed another pupil's NHS number on this record.";
    @Test
    void a_rejected_possible_match_is_shown_with_who_when_and_the_reviewers_reason() {
        Pair pair = possibleMatch();
        String decisionId = decide(pair.reviewId(), "REJECT", TWINS);
        Instant at = applied(pair, decisionId, "REJECT", List.of(pair.recordA()));

        List<JsonNode> apart = decidedApart(pair.child());
        assertThat(apart).hasSize(1);
        JsonNode rejected = apart.get(0);
        assertThat(rejected.path("how").asString()).isEqualTo("NOT_THE_SAME_CHILD");
        assertThat(rejected.path("recordA").asString()).as("this child's record").isEqualTo(pair.recordA());
        assertThat(rejected.path("recordB").asString()).as("someone else's").isEqualTo(pair.recordB());
        assertThat(rejected.path("reviewer").asString()).isEqualTo("coordinator");
        assertThat(Instant.parse(rejected.path("decidedAt").asString())).isEqualTo(at);
        assertThat(rejected.path("reason").asString()).isEqualTo(TWINS);
        assertThat(rejected.path("reviewId").asString()).isEqualTo(pair.reviewId());
        assertThat(rejected.path("summary").asString())
                .startsWith("Judged not the same child as the CME register record cme-")
                .contains("this child's missing episodes record pol-")
                .contains("by coordinator on ")
                .endsWith("Reason given: \"" + TWINS + "\"");
        assertThat(api().get("/children/" + pair.child() + "/identity").body().path("links"))
                .as("a rejection is not a link").isEmpty();
    }

    @Test
    void only_the_reason_of_the_rejection_the_stream_applied_is_shown() {
        Pair pair = possibleMatch();
        decide(pair.reviewId(), "REJECT", "A reason for a decision the stream did not apply.");

        // Applied: a decision from before reasons were kept (no reason under its id).
        applied(pair, "decision-before-reasons-" + UUID.randomUUID(), "REJECT", List.of(pair.recordA()));

        JsonNode rejected = decidedApart(pair.child()).get(0);
        assertThat(rejected.path("reason").isNull() || rejected.path("reason").isMissingNode()).isTrue();
        assertThat(rejected.path("summary").asString()).doesNotContain("Reason").doesNotContain("did not apply")
                .endsWith(".");
    }

    @Test
    void a_record_taken_out_of_the_child_is_shown_on_the_child_it_left() {
        Pair pair = possibleMatch();
        String confirmed = decide(pair.reviewId(), "CONFIRM", "Same carer and school.");
        applied(pair, confirmed, "CONFIRM", List.of(pair.recordA(), pair.recordB()));
        String unlinked = unlink(pair.recordB(), KEYED);
        String fresh = Correlated.uniqueChildId();

        Instant at = unlinkApplied(unlinked, pair.recordB(), pair.child(), fresh);
        profile(pair.child(), 3, List.of(pair.recordA()));

        Awaitility.await().atMost(WAIT).until(() -> decidedApart(pair.child()).stream()
                .anyMatch(d -> "TAKEN_OUT".equals(d.path("how").asString())));
        JsonNode out = decidedApart(pair.child()).stream()
                .filter(d -> "TAKEN_OUT".equals(d.path("how").asString())).findFirst().orElseThrow();
        assertThat(out.path("recordA").asString()).isEqualTo(pair.recordB());
        assertThat(out.path("recordB").isNull() || out.path("recordB").isMissingNode()).isTrue();
        assertThat(out.path("reviewer").asString()).isEqualTo("coordinator");
        assertThat(Instant.parse(out.path("decidedAt").asString())).isEqualTo(at);
        assertThat(out.path("reason").asString()).isEqualTo(KEYED);
        assertThat(out.path("summary").asString()).startsWith("Taken out of this child: the CME register record cme-")
                .contains("judged not the same child by coordinator on ")
                .endsWith("Reason given: \"" + KEYED + "\"");
    }

    @Test
    void a_record_taken_out_of_a_child_since_joined_into_another_is_shown_on_the_child_it_joined() {
        Pair pair = possibleMatch();
        String confirmed = decide(pair.reviewId(), "CONFIRM", "Same carer and school.");
        applied(pair, confirmed, "CONFIRM", List.of(pair.recordA(), pair.recordB()));
        String unlinked = unlink(pair.recordB(), KEYED);
        unlinkApplied(unlinked, pair.recordB(), pair.child(), Correlated.uniqueChildId());
        profile(pair.child(), 3, List.of(pair.recordA()));
        // Later the child's records join another child: its profile is a tombstone, the survivor lists them.
        String survivor = Correlated.uniqueChildId();
        String recordC = "return-interview-service|rhi-" + UUID.randomUUID() + "|c";
        feed().send(CorrelationTopics.IDENTITY.name(), survivor, Correlated.resolved(recordC, survivor));
        feed().send(CorrelationTopics.CHILD_PROFILES.name(), pair.child(), (byte[]) null);
        profile(survivor, 1, List.of(recordC, pair.recordA()));
        Awaitility.await().atMost(WAIT).until(() -> api().get("/children/" + pair.child() + "/identity").status()
                == 404);

        List<JsonNode> apart = decidedApart(survivor);
        assertThat(apart).hasSize(1);
        assertThat(apart.get(0).path("how").asString()).isEqualTo("TAKEN_OUT");
        assertThat(apart.get(0).path("summary").asString())
                .startsWith("Taken out of this child (then child " + pair.child() + "): the CME register record")
                .endsWith("Reason given: \"" + KEYED + "\"");
    }

    @Test
    void forgetting_a_record_takes_its_rejections_and_unlinks_off_the_page() {
        Pair rejectedPair = possibleMatch();
        String rejected = decide(rejectedPair.reviewId(), "REJECT", TWINS);
        applied(rejectedPair, rejected, "REJECT", List.of(rejectedPair.recordA()));
        Pair unlinkedPair = possibleMatch();
        String confirmed = decide(unlinkedPair.reviewId(), "CONFIRM", "Same carer and school.");
        applied(unlinkedPair, confirmed, "CONFIRM", List.of(unlinkedPair.recordA(), unlinkedPair.recordB()));
        String unlinked = unlink(unlinkedPair.recordB(), KEYED);
        unlinkApplied(unlinked, unlinkedPair.recordB(), unlinkedPair.child(), Correlated.uniqueChildId());
        profile(unlinkedPair.child(), 3, List.of(unlinkedPair.recordA()));
        Awaitility.await().atMost(WAIT).until(() -> decidedApart(unlinkedPair.child()).size() == 1
                && decidedApart(rejectedPair.child()).size() == 1);

        String identity = CorrelationTopics.IDENTITY.name();
        feed().send(identity, rejectedPair.child(), Correlated.forgotten(rejectedPair.recordB(),
                "child-elsewhere", List.of(), List.of()));
        feed().send(identity, unlinkedPair.child(), Correlated.forgotten(unlinkedPair.recordB(),
                "child-elsewhere", List.of(), List.of()));

        Awaitility.await().atMost(WAIT).until(() -> decidedApart(rejectedPair.child()).isEmpty()
                && decidedApart(unlinkedPair.child()).isEmpty());
        assertThat(mongo.getCollection(ReviewProjection.UNLINKS).find(new Document("recordId",
                unlinkedPair.recordB())).first()).as("no unlink outlives its record").isNull();
    }

    @Test
    void an_unknown_child_is_still_not_found() {
        assertThat(api().get("/children/" + Correlated.uniqueChildId() + "/identity").status()).isEqualTo(404);
    }

    // ---- helpers ----

    /** What the stream publishes once it applied an unlink: ReviewDecided with the record's move. */
    Instant unlinkApplied(String decisionId, String recordId, String fromChild, String toChild) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        feed().send(CorrelationTopics.IDENTITY.name(), fromChild, Envelope.of(
                CorrelationEventTypes.REVIEW_DECIDED, UUID.randomUUID(), at, at, "correlation-service",
                Correlated.NONE, new ReviewDecided(decisionId, null, "UNLINK", recordId, null, "coordinator", at,
                        List.of(new ReviewDecided.RecordMove(recordId, fromChild, toChild)))));
        Awaitility.await().atMost(WAIT).until(() -> mongo.getCollection(ReviewProjection.UNLINKS)
                .find(new Document("_id", decisionId)).first() != null);
        return at;
    }

    List<JsonNode> decidedApart(String child) {
        Api.Response answer = api().get("/children/" + child + "/identity");
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        List<JsonNode> apart = new ArrayList<>();
        answer.body().path("decidedApart").forEach(apart::add);
        return apart;
    }
}
