package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.addedToCmeRegister;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import uk.lantern.schemas.Subject;

/** Possible matches go to review; a reviewer's confirm merges the two children, an unlink splits them again. */
class ReviewDecisionsTest {

    private static final Instant NOW = SourceEvents.NOW;
    private final TopologyHarness lantern = new TopologyHarness(NOW, false);

    private final Subject amy = SourceEvents.AMY;
    /** Same names, another date of birth and postcode: scores between the review and link thresholds. */
    private final Subject amyAtSchool = SourceEvents.AMY_AT_SCHOOL;

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void aPossibleMatchIsReviewedNotLinkedThenAConfirmMergesAndAnUnlinkSplits() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(addedToCmeRegister(amyAtSchool, "cme-1", LocalDate.parse("2026-11-02")));

        var review = only(lantern.identityLog, "ReviewRaised").path("data");
        String childA = review.path("childA").asString();
        String childB = review.path("childB").asString();
        assertThat(childA).as("not linked automatically").isNotEqualTo(childB);
        assertThat(lantern.alerts("AlertRaised", "POSSIBLE_SAME_CHILD")).hasSize(1);
        assertThat(lantern.alerts("AlertRaised", "MISSING_AND_CME")).as("two children until a reviewer says")
                .isEmpty();

        decide("CONFIRM", review.path("recordA").asString(), review.path("recordB").asString(),
                review.path("reviewId").asString());

        assertThat(lantern.profile(childB)).as("merged away: tombstone").isNull();
        assertThat(lantern.profile(childA).path("records")).hasSize(2);
        assertThat(lantern.alerts("AlertCleared", "POSSIBLE_SAME_CHILD")).hasSize(1);
        assertThat(lantern.alerts("AlertRaised", "MISSING_AND_CME")).hasSize(1);
        assertThat(only(lantern.identityLog, "ReviewDecided").path("data").path("moves")).isNotEmpty();

        decide("UNLINK", review.path("recordA").asString(), null, null);

        assertThat(lantern.profile(childA).path("records")).hasSize(1);
        assertThat(lantern.alerts("AlertCleared", "MISSING_AND_CME")).as("the register entry left the child")
                .hasSize(1);
    }

    @Test
    void aPairOfChildrenIsAskedAboutOnceHoweverManyOfTheirRecordsArriveAndNotAgainOnceRejected() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(addedToCmeRegister(amyAtSchool, "cme-1", LocalDate.parse("2026-11-02")));
        assertThat(lantern.alerts("AlertRaised", "POSSIBLE_SAME_CHILD")).hasSize(1);

        // Amy's record at the return-interview service (a new record, linked to her by NHS number), and the school's
        // record with a corrected postcode (a new record, linked by UPN): each is like the other child as much as the
        // first two were.
        lantern.send(SourceEvents.interviewOffered(amy, "ep-1", NOW.minusSeconds(1800)));
        var moved = new Subject(null, null, amyAtSchool.upn(), null, "Amy", "Walsh", amyAtSchool.dateOfBirth(),
                Subject.Sex.FEMALE, "PE9 9ZY");
        lantern.send(addedToCmeRegister(moved, "cme-2", LocalDate.parse("2026-11-03")));

        assertThat(lantern.identityLog.stream().filter(e -> e.path("eventType").asString().equals("RecordResolved")))
                .as("four records resolved").hasSize(4);
        var review = only(lantern.identityLog, "ReviewRaised").path("data");
        assertThat(lantern.alerts("AlertRaised", "POSSIBLE_SAME_CHILD")).hasSize(1);

        decide("REJECT", review.path("recordA").asString(), review.path("recordB").asString(),
                review.path("reviewId").asString());
        lantern.send(SourceEvents.concernRaised(amy, "concern-1", NOW.minusSeconds(60)));

        assertThat(lantern.identityLog.stream().filter(e -> e.path("eventType").asString().equals("ReviewRaised")))
                .as("the pair a reviewer told apart is not asked about again").hasSize(1);
    }

    @Test
    void aRejectKeepsTheChildrenApartAndTheSameDecisionTwiceChangesNothing() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(addedToCmeRegister(amyAtSchool, "cme-1", LocalDate.parse("2026-11-02")));
        var review = only(lantern.identityLog, "ReviewRaised").path("data");
        var decision = decision("REJECT", review.path("recordA").asString(), review.path("recordB").asString(),
                review.path("reviewId").asString());

        lantern.send(CorrelationTopology.DECISIONS, "d", decision);
        lantern.send(CorrelationTopology.DECISIONS, "d", decision);

        assertThat(lantern.identityLog.stream().filter(e -> e.path("eventType").asString().equals("ReviewDecided")))
                .hasSize(1);
        assertThat(lantern.alerts("AlertCleared", "POSSIBLE_SAME_CHILD")).hasSize(1);
        assertThat(lantern.profile(review.path("childA").asString()).path("records")).hasSize(1);
        assertThat(lantern.profile(review.path("childB").asString()).path("records")).hasSize(1);
    }

    @Test
    void aPossibleSameChildAlertTravelsWithItsChildWhenThatChildIsMergedIntoAnother() {
        Question question = askAboutAmyAndAmyAtSchool();
        String holder = question.holder();
        String alertId = question.alertId();

        // As the identity stage says it when a third record links the holder to a child outside the question.
        mergeAsTheIdentityStageSays(holder, "child-elsewhere", "record r-9 linked it");

        assertThat(lantern.alerts("AlertCleared", "POSSIBLE_SAME_CHILD")).as("still a question for a reviewer")
                .isEmpty();
        var carried = lantern.alerts("AlertRaised", "POSSIBLE_SAME_CHILD");
        assertThat(carried).hasSize(2);
        assertThat(carried.get(1).path("data").path("alertId").asString()).isEqualTo(alertId);
        assertThat(carried.get(1).path("data").path("childId").asString()).isEqualTo("child-elsewhere");
        assertThat(lantern.profile("child-elsewhere").path("openFlags").get(0).path("alertId").asString())
                .isEqualTo(alertId);
    }

    @Test
    void aQuestionIsAnsweredWhenBothItsChildrenEndUpInOneEvenThroughAThirdChild() {
        Question question = askAboutAmyAndAmyAtSchool();
        String holder = question.holder();
        String other = question.other();
        String alertId = question.alertId();

        // As the identity stage says it when records link the question's other child to a third child, and later
        // the holder to that third child too: both records of the question are then one child.
        mergeAsTheIdentityStageSays(other, "child-third", "record r-8 linked it");
        assertThat(lantern.alerts("AlertCleared", "POSSIBLE_SAME_CHILD")).as("still two children").isEmpty();
        mergeAsTheIdentityStageSays(holder, "child-third", "record r-9 linked it");

        var cleared = lantern.alerts("AlertCleared", "POSSIBLE_SAME_CHILD");
        assertThat(cleared).singleElement().satisfies(c -> {
            assertThat(c.path("data").path("alertId").asString()).isEqualTo(alertId);
            assertThat(c.path("data").path("reason").asString()).contains("one child");
        });
        assertThat(lantern.profile("child-third").path("openFlags")).extracting(f -> f.path("code").asString())
                .doesNotContain("POSSIBLE_SAME_CHILD");
    }

    @Test
    void aQuestionIsAnsweredWhenItsOtherChildArrivesHavingAbsorbedAThird() {
        Question question = askAboutAmyAndAmyAtSchool();
        String holder = question.holder();
        String other = question.other();

        // The question's other child is merged into a third child, which is then merged into the holder.
        mergeAsTheIdentityStageSays(other, "child-third", "record r-8 linked it");
        mergeAsTheIdentityStageSays("child-third", holder, "record r-9 linked it");

        assertThat(lantern.alerts("AlertCleared", "POSSIBLE_SAME_CHILD")).singleElement()
                .satisfies(c -> assertThat(c.path("data").path("reason").asString()).contains("one child"));
        assertThat(lantern.profile(holder).path("openFlags")).extracting(f -> f.path("code").asString())
                .doesNotContain("POSSIBLE_SAME_CHILD").contains("MISSING_AND_CME");
    }

    @Test
    void aRecordThatLinksBothChildrenOfAPossibleSameChildQuestionAnswersItAndClearsItsAlert() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(addedToCmeRegister(amyAtSchool, "cme-1", LocalDate.parse("2026-11-02")));
        assertThat(lantern.alerts("AlertRaised", "POSSIBLE_SAME_CHILD")).hasSize(1);

        // A concern naming both her NHS number and her UPN: linked to both children, which are merged.
        var both = new Subject(null, amy.nhsNumber(), amyAtSchool.upn(), null, "Amy", "Walsh", null,
                Subject.Sex.FEMALE, null);
        lantern.send(SourceEvents.concernRaised(both, "concern-1", NOW.minusSeconds(60)));

        assertThat(lantern.identityLog.stream().filter(e -> e.path("eventType").asString().equals("RecordResolved"))
                .filter(e -> !e.path("data").path("mergedChildren").isEmpty())).as("the two children merged")
                .hasSize(1);
        var cleared = lantern.alerts("AlertCleared", "POSSIBLE_SAME_CHILD");
        assertThat(cleared).hasSize(1);
        assertThat(cleared.get(0).path("data").path("reason").asString()).contains("one child");
    }

    @Test
    void unlinkingTheRecordThatHeldTwoOthersTogetherLeavesThreeChildrenNotTwo() {
        // A (NHS number) - B (NHS number and UPN) - C (UPN): B links both; A and C share no link of their own.
        var a = amy;
        var b = new Subject(null, amy.nhsNumber(), "A123456789012", null, "Amy", "Walsh", null, Subject.Sex.FEMALE,
                null);
        var c = new Subject(null, null, "A123456789012", null, "Amy", "Walsh", null, Subject.Sex.FEMALE, null);
        lantern.send(episodeReported(a, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(SourceEvents.concernRaised(b, "concern-1", NOW.minusSeconds(1800)));
        lantern.send(addedToCmeRegister(c, "cme-1", LocalDate.parse("2026-11-02")));
        var resolved = lantern.identityLog.stream()
                .filter(e -> e.path("eventType").asString().equals("RecordResolved"))
                .map(e -> e.path("data")).toList();
        assertThat(resolved).extracting(r -> r.path("childId").asString()).as("one child").containsOnly(
                resolved.get(0).path("childId").asString());
        String recordB = resolved.get(1).path("recordId").asString();

        decide("UNLINK", recordB, null, null);

        var moves = only(lantern.identityLog, "ReviewDecided").path("data").path("moves");
        var children = new java.util.TreeSet<String>();
        moves.forEach(m -> children.add(m.path("toChild").asString()));
        assertThat(moves).hasSize(2);
        assertThat(children).as("B and the record cut off with it each get a child of their own").hasSize(2);
        for (String child : children) {
            assertThat(lantern.profile(child).path("records")).hasSize(1);
        }
    }

    @Test
    void aDecisionOnAnUnknownRecordGoesToTheDeadLetterTopic() {
        lantern.send(CorrelationTopology.DECISIONS, "d", decision("UNLINK", "no-such-record", null, null));

        assertThat(lantern.deadLetterLog).hasSize(1);
    }

    /** The child holding a possible-same-child alert, the other child it asks about, and the alert's id. */
    private record Question(String holder, String other, String alertId) {
    }

    /** Amy reported missing, then her names on the CME register: one question between the two children. */
    private Question askAboutAmyAndAmyAtSchool() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));
        lantern.send(addedToCmeRegister(amyAtSchool, "cme-1", LocalDate.parse("2026-11-02")));
        var raised = lantern.alerts("AlertRaised", "POSSIBLE_SAME_CHILD");
        assertThat(raised).hasSize(1);
        var data = raised.get(0).path("data");
        return new Question(data.path("childId").asString(), data.path("relatedChildId").asString(),
                data.path("alertId").asString());
    }

    /** Child {@code from} merged into {@code into}, as the identity stage says it when a record links the two. */
    private void mergeAsTheIdentityStageSays(String from, String into, String reason) {
        lantern.send(CorrelationTopology.CHILD_EVENTS, from, InternalJson.bytes(ChildMessage.mergedInto(into, reason)));
    }

    private void decide(String decision, String recordA, String recordB, String reviewId) {
        lantern.send(CorrelationTopology.DECISIONS, "d-" + decision, decision(decision, recordA, recordB, reviewId));
    }

    private static byte[] decision(String decision, String recordA, String recordB, String reviewId) {
        return SourceEvents.decision(decision, recordA, recordB, reviewId, NOW);
    }

    private static JsonNode only(List<JsonNode> log, String eventType) {
        var found = log.stream().filter(e -> e.path("eventType").asString().equals(eventType)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
