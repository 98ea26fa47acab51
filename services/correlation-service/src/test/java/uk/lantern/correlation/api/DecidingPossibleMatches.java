package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.projection.ReviewProjection;
import uk.lantern.correlation.support.ApiWithoutTopology;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.CorrelationEventTypes;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.schemas.correlation.ReviewDecided;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.MutableClock;

/**
 * Reviewers deciding possible matches, as the API takes them, with the test playing the stream's part: two records of
 * two children and a possible match between them ({@link #possibleMatch()}), a decision or unlink sent as a
 * coordinator, and what the stream publishes once it applied one ({@link #applied}).
 */
abstract class DecidingPossibleMatches extends ApiWithoutTopology {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;

    record Pair(String reviewId, String child, String recordA, String recordB) {
    }

    /** Two records of two children, resolved, and a possible match between them waiting for a reviewer. */
    Pair possibleMatch() {
        String id = UUID.randomUUID().toString();
        String child = Correlated.uniqueChildId();
        String otherChild = Correlated.uniqueChildId();
        String recordA = "missing-episode-service|pol-" + id + "|a";
        String recordB = "cme-register-service|cme-" + id + "|b";
        String reviewId = "review-" + id;
        String identity = CorrelationTopics.IDENTITY.name();
        feed().send(identity, child, Correlated.resolved(recordA, child));
        feed().send(identity, child, Correlated.resolved(recordB, otherChild));
        feed().send(identity, child, Correlated.reviewRaised(reviewId, recordA, child, recordB, otherChild, 9.4));
        Awaitility.await().atMost(WAIT).until(() -> mongo.getCollection(ReviewProjection.REVIEWS)
                .find(new Document("_id", reviewId)).first() != null
                && mongo.getCollection(ReviewProjection.RESOLUTIONS).find(new Document("_id", recordB)).first()
                != null);
        return new Pair(reviewId, child, recordA, recordB);
    }

    String decide(String reviewId, String decision, String reason) {
        Api.Response accepted = api().post("/reviews/" + reviewId + "/decision",
                "{\"decision\": \"" + decision + "\", \"reason\": \"" + reason + "\"}");
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        return accepted.body().path("decisionId").asString();
    }

    String unlink(String recordId, String reason) {
        Api.Response accepted = api().post("/records/" + URLEncoder.encode(recordId, StandardCharsets.UTF_8)
                + "/unlink", "{\"reason\": \"" + reason + "\"}");
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        return accepted.body().path("decisionId").asString();
    }

    /** What the stream publishes once it applied a review's decision: ReviewDecided, and the child's profile. */
    Instant applied(Pair pair, String decisionId, String decision, List<String> records) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        feed().send(CorrelationTopics.IDENTITY.name(), pair.child(), Envelope.of(
                CorrelationEventTypes.REVIEW_DECIDED, UUID.randomUUID(), at, at, "correlation-service",
                Correlated.NONE, new ReviewDecided(decisionId, pair.reviewId(), decision, pair.recordA(),
                        pair.recordB(), "coordinator", at, List.of())));
        profile(pair.child(), 1, records);
        Awaitility.await().atMost(WAIT).until(() -> decisionId.equals(mongo.getCollection(ReviewProjection.REVIEWS)
                .find(new Document("_id", pair.reviewId())).first().getString("decisionId"))
                && api().get("/children/" + pair.child() + "/identity").status() == 200);
        return at;
    }

    void profile(String child, long version, List<String> records) {
        ChildProfile p = Correlated.profile(child, version, Correlated.uniqueNhsNumber());
        feed().send(CorrelationTopics.CHILD_PROFILES.name(), new ChildProfile(p.childId(), p.version(), p.asOf(),
                records, p.identifiers(), p.names(), p.dateOfBirth(), p.sex(),
                p.postcodes(), p.missingNow(), p.missingSince(), p.episodesLast30Days(), p.episodesLast90Days(),
                p.episodesLast365Days(), p.homeOrCare(), p.episodes(), p.cme(), p.exploitation(), p.openFlags(),
                p.maceScore(), p.associates(), p.places(), p.linkKeys(), p.mergedInto(), p.links()));
        Awaitility.await().atMost(WAIT).until(() -> {
            Document stored = mongo.getCollection("profiles").find(new Document("_id", child)).first();
            return stored != null && stored.get("version", Number.class).longValue() >= version;
        });
    }
}
