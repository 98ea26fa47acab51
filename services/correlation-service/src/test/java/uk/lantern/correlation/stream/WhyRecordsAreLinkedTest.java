package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.addedToCmeRegister;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.lantern.correlation.api.ChildIdentity;
import uk.lantern.correlation.api.ChildIdentity.Identity;
import uk.lantern.correlation.api.ChildIdentity.Link;
import uk.lantern.correlation.api.AreaSettings;
import uk.lantern.correlation.api.DecisionReasons;
import uk.lantern.correlation.projection.ProfileAreas;
import uk.lantern.correlation.projection.ProfileProjection;
import uk.lantern.correlation.projection.ReviewProjection;
import uk.lantern.schemas.Subject;
import uk.lantern.support.crypto.FieldCipher;
import uk.lantern.support.crypto.FieldKeys;
import uk.lantern.testsupport.EmbeddedInfra;

/**
 * Why a child's records were linked, from the decision to the answer: the whole topology decides (TopologyTestDriver),
 * what it publishes on {@code lantern.identity.v1} and {@code lantern.child-profiles.v2} is projected into the
 * embedded store as the service projects it, and {@code GET /children/{childId}/identity}'s query reads it back.
 */
class WhyRecordsAreLinkedTest {

    private static final Instant NOW = SourceEvents.NOW;
    private static final FieldCipher CIPHER = cipher();
    private static MongoClient client;

    private final TopologyHarness lantern = new TopologyHarness(NOW, false);
    private MongoTemplate mongo;
    private ReviewProjection identityProjection;
    private ProfileProjection profileProjection;
    private ChildIdentity identity;
    private int identityProjected;
    private int profilesProjected;

    private final Subject amy = SourceEvents.AMY;

    private static FieldCipher cipher() {
        try {
            return FieldCipher.fromJsonKeyset(FieldKeys.generate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedInfra.mongo().connectionString());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    WhyRecordsAreLinkedTest() {
        mongo = new MongoTemplate(client, "why-linked-" + UUID.randomUUID());
        identityProjection = new ReviewProjection(mongo);
        profileProjection = new ProfileProjection(mongo, new ProfileAreas(mongo, new AreaSettings(null)));
        identity = new ChildIdentity(mongo, ZoneId.of("Europe/London"), new DecisionReasons(mongo, CIPHER));
    }

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void aRecordLinkedByTheSameNhsNumberSaysSoWithWhenEachRecordWasFirstSeen() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(SourceEvents.interviewOffered(amy, "ep-1", NOW.minusSeconds(1800)));
        String child = childOf(resolved().get(0));

        Identity answer = identityOf(child);

        assertThat(answer.records()).hasSize(2);
        assertThat(answer.records()).allSatisfy(r -> assertThat(r.firstSeenAt()).isNotNull());
        assertThat(answer.records()).extracting(ChildIdentity.IdentityRecord::source)
                .containsExactlyInAnyOrder("missing-episode-service", "return-interview-service");
        Link link = only(answer.links());
        assertThat(link.how()).isEqualTo("SAME_NHS_NUMBER");
        assertThat(link.summary()).startsWith("Both records hold the NHS number").contains("Linked on 18 Nov 2026");
        assertThat(link.linkedAt()).isNotNull();
        assertThat(answer.records()).allSatisfy(r -> assertThat(r.why()).contains("NHS number"));
        assertThat(answer.pendingReviews()).isEmpty();
    }

    @Test
    void aMatchOnTheDetailsNamesTheFieldsThatAgreedAndDifferedWithTheScoreAndTheThresholdThen() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        // No identifier in common, another postcode: her names, date of birth and sex carry the link.
        var moved = new Subject(null, null, null, null, "Amy", "Walsh", amy.dateOfBirth(), Subject.Sex.FEMALE,
                "PE7 3QT");
        lantern.send(addedToCmeRegister(moved, "cme-1", LocalDate.parse("2026-11-02")));
        String child = childOf(resolved().get(0));

        Link link = only(identityOf(child).links());

        assertThat(link.how()).isEqualTo("MATCHED");
        assertThat(link.agreed()).contains("given name", "family name", "date of birth", "sex");
        assertThat(link.differed()).containsExactly("postcode");
        assertThat(link.threshold()).isEqualTo(13.0);
        assertThat(link.score()).isGreaterThan(13.0);
        assertThat(link.summary()).startsWith("Matched on given name, family name, date of birth")
                .contains("over the link threshold of 13.0 that applied then").contains("postcode differed");
    }

    @Test
    void twinsGoToReviewAndTheChildSaysAReviewIsWaitingAndWhy() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        // Her twin: the same family, home and date of birth; another given name and no NHS number on this record.
        var twin = new Subject(null, null, null, null, "Ella", "Walsh", amy.dateOfBirth(), Subject.Sex.FEMALE,
                amy.postcode());
        lantern.send(addedToCmeRegister(twin, "cme-1", LocalDate.parse("2026-11-02")));
        String amysChild = childOf(resolved().get(0));
        String twinsChild = childOf(resolved().get(1));
        assertThat(twinsChild).as("never merged automatically").isNotEqualTo(amysChild);

        Identity answer = identityOf(amysChild);

        assertThat(answer.links()).isEmpty();
        assertThat(only(answer.records()).why()).isEqualTo("The only record of this child.");
        var pending = only(answer.pendingReviews());
        assertThat(pending.otherChild()).isEqualTo(twinsChild);
        assertThat(pending.summary()).startsWith("Waiting for a coordinator's review")
                .contains("twins").contains("does not join them without a person's decision");
        assertThat(pending.differed()).contains("given name");
        assertThat(only(identityOf(twinsChild).pendingReviews()).otherChild()).isEqualTo(amysChild);
    }

    @Test
    void aConfirmedMatchNamesTheReviewerAndTheChildItJoinedAndAnUnlinkTakesTheExplanationAway() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(addedToCmeRegister(SourceEvents.AMY_AT_SCHOOL, "cme-1", LocalDate.parse("2026-11-02")));
        var review = only(events("ReviewRaised")).path("data");
        String childA = review.path("childA").asString();
        String childB = review.path("childB").asString();
        assertThat(only(identityOf(childA).pendingReviews()).summary()).contains("below the threshold");

        lantern.send(CorrelationTopology.DECISIONS, "d-1", SourceEvents.decision("CONFIRM",
                review.path("recordA").asString(), review.path("recordB").asString(),
                review.path("reviewId").asString(), NOW));

        Identity merged = identityOf(childA);
        assertThat(merged.records()).hasSize(2);
        assertThat(merged.pendingReviews()).isEmpty();
        Link link = only(merged.links());
        assertThat(link.how()).isEqualTo("CONFIRMED");
        assertThat(link.reviewer()).isEqualTo("Jo Patel");
        assertThat(link.merged()).containsExactly(childB);
        assertThat(link.summary()).startsWith("Confirmed as the same child by Jo Patel on 18 Nov 2026")
                .contains("this joined child " + childB + " into this child");
        assertThat(link.reason()).as("a decision whose reason was not kept (sent straight to the stream)").isNull();
        assertThat(link.summary()).doesNotContain("Reason given");

        lantern.send(CorrelationTopology.DECISIONS, "d-2", SourceEvents.decision("UNLINK",
                review.path("recordB").asString(), null, null, NOW.plusSeconds(60)));

        Identity split = identityOf(childA);
        assertThat(split.records()).hasSize(1);
        assertThat(split.links()).as("the unlinked record's explanation left with it").isEmpty();
        String apart = childOf(review.path("recordB").asString());
        assertThat(identityOf(apart).links()).isEmpty();
        assertThat(mongo.getCollection(ReviewProjection.RESOLUTIONS).countDocuments(new Document("links.recordA",
                review.path("recordB").asString()))).isZero();
    }

    @Test
    void anUnlinkTakesTheExplanationOfTheRecordsLinksAway() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(SourceEvents.interviewOffered(amy, "ep-1", NOW.minusSeconds(1800)));
        String child = childOf(resolved().get(0));
        String interview = resolved().get(1).path("data").path("recordId").asString();
        assertThat(only(identityOf(child).links()).how()).isEqualTo("SAME_NHS_NUMBER");

        lantern.send(CorrelationTopology.DECISIONS, "d-1", SourceEvents.decision("UNLINK", interview, null, null,
                NOW));

        assertThat(identityOf(child).links()).isEmpty();
        assertThat(identityOf(childOf(interview)).links()).isEmpty();
        var resolutions = mongo.getCollection(ReviewProjection.RESOLUTIONS);
        assertThat(resolutions.countDocuments(new Document("links.recordA", interview))
                + resolutions.countDocuments(new Document("links.recordB", interview)))
                .as("no explanation of a link that is gone is kept").isZero();
    }

    @Test
    void aRejectTakesAwayTheLinkBetweenItsTwoRecords() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(SourceEvents.interviewOffered(amy, "ep-1", NOW.minusSeconds(1800)));
        String child = childOf(resolved().get(0));
        String episode = resolved().get(0).path("data").path("recordId").asString();
        String interview = resolved().get(1).path("data").path("recordId").asString();

        lantern.send(CorrelationTopology.DECISIONS, "d-1", SourceEvents.decision("REJECT", episode, interview, null,
                NOW));

        assertThat(identityOf(child).records()).hasSize(1);
        assertThat(identityOf(child).links()).isEmpty();
        assertThat(mongo.getCollection(ReviewProjection.RESOLUTIONS).countDocuments(
                new Document("links.recordA", interview))).isZero();
    }

    @Test
    void aRecordThatJoinsTwoChildrenExplainsBothLinksAndTheMerge() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(addedToCmeRegister(SourceEvents.AMY_AT_SCHOOL, "cme-1", LocalDate.parse("2026-11-02")));
        String first = childOf(resolved().get(0));
        String second = childOf(resolved().get(1));
        assertThat(first).isNotEqualTo(second);
        // A concern recorded with both her NHS number and her UPN: one child.
        var both = new Subject(null, amy.nhsNumber(), SourceEvents.AMY_AT_SCHOOL.upn(), null, "Amy", "Walsh",
                amy.dateOfBirth(), Subject.Sex.FEMALE, amy.postcode());
        lantern.send(SourceEvents.concernRaised(both, "concern-1", NOW.minusSeconds(60)));
        var joined = resolved().get(2);
        String survivor = joined.path("data").path("childId").asString();
        String gone = joined.path("data").path("mergedChildren").get(0).asString();

        Identity answer = identityOf(survivor);

        assertThat(answer.records()).hasSize(3);
        assertThat(answer.links()).extracting(Link::how).containsExactlyInAnyOrder("SAME_NHS_NUMBER", "SAME_UPN");
        assertThat(answer.links()).allSatisfy(l -> assertThat(l.merged()).containsExactly(gone));
        assertThat(answer.links()).allSatisfy(l -> assertThat(l.summary())
                .contains("this joined child " + gone + " into this child"));
        assertThat(answer.pendingReviews()).as("the question the merge answered is off the list").isEmpty();
    }

    @Test
    void linksMadeBeforeTheReasonsWereKeptSaySoPlainly() {
        // As the store holds a child projected before this change: a link without its time or threshold, and a
        // record that no kept link reaches.
        String child = "child-" + UUID.randomUUID();
        String a = "missing-episode-service|pol-1|aaaa";
        String b = "cme-register-service|cme-1|bbbb";
        String c = "return-interview-service|ri-1|cccc";
        mongo.getCollection(ProfileProjection.COLLECTION).insertOne(new Document("_id", child)
                .append("childId", child).append("version", 1L).append("records", List.of(a, b, c)));
        var resolutions = mongo.getCollection(ReviewProjection.RESOLUTIONS);
        resolutions.insertOne(new Document("_id", a).append("childId", child).append("links", List.of()));
        resolutions.insertOne(new Document("_id", b).append("childId", child).append("links", List.of(
                new Document("recordA", b).append("recordB", a).append("reason", "PROBABILISTIC")
                        .append("score", 21.4).append("agreeingFields", "GIVEN_NAME FAMILY_NAME DATE_OF_BIRTH")
                        .append("explanation", "GIVEN_NAME=EXACT:+7.6, FAMILY_NAME=EXACT:+8.7, "
                                + "DATE_OF_BIRTH=EXACT:+12.1, SEX=MISSING:+0.0, POSTCODE=DISAGREE:-4.6, "
                                + "ADDRESS=MISSING:+0.0; score 21.40"))));
        mongo.getCollection("chronology").insertOne(new Document("_id", "e-1").append("recordId", c)
                .append("source", "return-interview-service").append("eventType", "InterviewOffered")
                .append("occurredAt", "2025-02-01T10:00:00Z").append("recordedAt", "2025-02-01T10:05:00Z"));

        Identity answer = identityOf(child);

        Link link = only(answer.links());
        assertThat(link.linkedAt()).isNull();
        assertThat(link.threshold()).isNull();
        assertThat(link.summary()).contains("the link threshold that applied then was not kept")
                .contains("Linked before Lantern kept its reasons");
        var record = answer.records().stream().filter(r -> r.recordId().equals(c)).findFirst().orElseThrow();
        assertThat(record.why()).isEqualTo("Linked before Lantern kept its reasons.");
        assertThat(record.firstSeenAt()).as("its earliest event").isEqualTo(Instant.parse("2025-02-01T10:05:00Z"));
    }

    // ---- helpers ----

    /** Projects what the topology published since the last call, as the service's projections do, then asks. */
    private Identity identityOf(String childId) {
        project();
        return identity.of(childId);
    }

    private void project() {
        lantern.advance(java.time.Duration.ofSeconds(1));
        var identityLog = lantern.identityLog;
        for (; identityProjected < identityLog.size(); identityProjected++) {
            identityProjection.apply(InternalJson.MAPPER.writeValueAsBytes(identityLog.get(identityProjected)));
        }
        var profiles = lantern.profileLog;
        for (; profilesProjected < profiles.size(); profilesProjected++) {
            var r = profiles.get(profilesProjected);
            profileProjection.apply(r.key(), r.value());
        }
    }

    private String childOf(JsonNode resolved) {
        return resolved.path("data").path("childId").asString();
    }

    private String childOf(String recordId) {
        project();
        Document d = mongo.getCollection(ReviewProjection.RESOLUTIONS).find(new Document("_id", recordId)).first();
        return d.getString("childId");
    }

    private List<JsonNode> resolved() {
        return events("RecordResolved");
    }

    private List<JsonNode> events(String type) {
        return lantern.identityLog.stream().filter(e -> e.path("eventType").asString().equals(type)).toList();
    }

    private static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
