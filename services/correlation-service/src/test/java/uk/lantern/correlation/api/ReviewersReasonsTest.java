package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import uk.lantern.correlation.projection.ReviewProjection;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.schemas.correlation.IdentityDecisionMade;
import uk.lantern.schemas.correlation.ReviewDecided;

/**
 * The reviewer's written reason for an identity decision: kept sealed once the broker took the decision, shown on the
 * child's identity page for the confirmation the stream applied (and only that one), and deleted when a record it
 * names is forgotten. On the real broker and store; the test plays the stream's part (ReviewRaised, ReviewDecided,
 * RecordForgotten and the profile on their topics), as the projections read them.
 */
@WithoutTopology
class ReviewersReasonsTest extends DecidingPossibleMatches {

    static final String WORDS = "Same school, same carer; the dates of birth differ by a typing slip.";

    @Autowired
    DecisionSettings settings;
    @Autowired
    DecisionReasons reasons;
    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void a_confirmed_links_reason_is_shown_in_the_reviewers_words_and_is_sealed_in_the_store() {
        Pair pair = possibleMatch();

        String decisionId = decide(pair.reviewId(), "CONFIRM", WORDS);
        applied(pair, decisionId, "CONFIRM");

        JsonNode link = confirmedLink(pair);
        assertThat(link.path("reason").asString()).isEqualTo(WORDS);
        assertThat(link.path("reviewer").asString()).isEqualTo("coordinator");
        assertThat(link.path("summary").asString()).startsWith("Confirmed as the same child by coordinator")
                .endsWith("Reason given: \"" + WORDS + "\"");
        JsonNode record = recordOf(pair.child(), pair.recordA());
        assertThat(record.path("why").asString()).as("the record says why it is here").contains(WORDS);

        Document kept = raw(decisionId);
        assertThat(kept).isNotNull();
        assertThat(kept.getString("reviewId")).isEqualTo(pair.reviewId());
        assertThat(kept.getString("recordA")).isEqualTo(pair.recordA());
        assertThat(kept.getString("recordB")).isEqualTo(pair.recordB());
        assertThat(kept.getString("reviewer")).isEqualTo("coordinator");
        assertThat(kept.getString("decision")).isEqualTo("CONFIRM");
        assertThat(kept.get("reason")).as("sealed, not a string").isInstanceOf(Document.class);
        assertThat(kept.toJson()).doesNotContain("typing slip").doesNotContain("carer");
        assertThat(kept.get("reason", Document.class).getString("enc")).isEqualTo("tink-aead-v1");
    }

    @Test
    void only_the_reason_of_the_decision_the_stream_applied_is_shown() {
        Pair pair = possibleMatch();
        String lapsed = decide(pair.reviewId(), "CONFIRM", "First thoughts: probably her.");
        // The first decision was never applied (the stream refused it, say); its claim lapses and a second is sent.
        clock.advance(settings.pendingFor().plusSeconds(1));
        String second = decide(pair.reviewId(), "CONFIRM", WORDS);
        assertThat(raw(lapsed)).as("kept, though never applied").isNotNull();

        applied(pair, second, "CONFIRM");

        JsonNode link = confirmedLink(pair);
        assertThat(link.path("reason").asString()).isEqualTo(WORDS);
        assertThat(link.path("summary").asString()).doesNotContain("First thoughts");
    }

    @Test
    void a_link_confirmed_by_a_decision_whose_reason_was_not_kept_says_nothing_of_a_reason() {
        Pair pair = possibleMatch();
        decide(pair.reviewId(), "CONFIRM", "A reason for a decision the stream did not apply.");

        // Applied: a decision from before reasons were kept (no reason under its id).
        applied(pair, "decision-before-reasons-" + UUID.randomUUID(), "CONFIRM");

        JsonNode link = confirmedLink(pair);
        assertThat(link.path("reason").isNull() || link.path("reason").isMissingNode()).isTrue();
        assertThat(link.path("summary").asString()).doesNotContain("Reason").doesNotContain("did not apply")
                .endsWith(".");
    }

    @Test
    void forgetting_a_record_deletes_the_reasons_of_the_decisions_naming_it() {
        Pair pair = possibleMatch();
        Pair other = possibleMatch();
        String confirmed = decide(pair.reviewId(), "CONFIRM", WORDS);
        applied(pair, confirmed, "CONFIRM");
        String unlinked = unlink(pair.recordA(), "On reflection, the school keyed another pupil's NHS number.");
        String kept = decide(other.reviewId(), "REJECT", "Twins: Ella and Amy.");
        assertThat(raw(unlinked).get("reason")).isInstanceOf(Document.class);
        assertThat(raw(unlinked).getString("decision")).isEqualTo("UNLINK");

        feed().send(CorrelationTopics.IDENTITY.name(), pair.child(), Correlated.forgotten(pair.recordA(),
                pair.child(), List.of(), List.of()));

        Awaitility.await().atMost(WAIT).until(() -> raw(confirmed) == null && raw(unlinked) == null);
        assertThat(raw(kept)).as("another record's reason stays").isNotNull();
        assertThat(reasons.of(List.of(kept))).containsEntry(kept, "Twins: Ella and Amy.");
    }

    @Test
    void a_reason_kept_while_its_record_is_forgotten_is_deleted_again() {
        Pair pair = possibleMatch();
        ReviewProjection projection = new ReviewProjection(mongo);
        EventCodec codec = new EventCodec();
        // The broker takes the decision; before the API keeps its reason, the record is forgotten and projected.
        DecisionPublisher forgetsMeanwhile = new DecisionPublisher(kafka, settings.sendTimeout()) {
            @Override
            public void publish(IdentityDecisionMade decision, Instant recordedAt) {
                super.publish(decision, recordedAt);
                projection.apply(codec.encode(Correlated.forgotten(pair.recordB(), pair.child(),
                        List.of(), List.of())));
            }
        };
        ReviewQueue queue = new ReviewQueue(mongo, forgetsMeanwhile, clock, settings, reasons);

        String decisionId = queue.decide(pair.reviewId(), "REJECT", "coordinator", "Two children: " + WORDS);

        assertThat(raw(decisionId)).as("no reason outlives its record").isNull();
    }

    // ---- helpers ----

    /** What the stream publishes once it applied a decision: ReviewDecided, and the child's profile with both. */
    void applied(Pair pair, String decisionId, String decision) {
        applied(pair, decisionId, decision, List.of(pair.recordA(), pair.recordB()));
    }

    JsonNode confirmedLink(Pair pair) {
        JsonNode links = api().get("/children/" + pair.child() + "/identity").body().path("links");
        assertThat(links).hasSize(1);
        JsonNode link = links.get(0);
        assertThat(link.path("how").asString()).isEqualTo("CONFIRMED");
        assertThat(link.path("reviewId").asString()).isEqualTo(pair.reviewId());
        return link;
    }

    JsonNode recordOf(String child, String recordId) {
        for (JsonNode r : api().get("/children/" + child + "/identity").body().path("records")) {
            if (r.path("recordId").asString().equals(recordId)) {
                return r;
            }
        }
        throw new AssertionError("no record " + recordId);
    }

    Document raw(String decisionId) {
        return mongo.getCollection(ReviewProjection.DECISION_REASONS).find(new Document("_id", decisionId)).first();
    }
}
