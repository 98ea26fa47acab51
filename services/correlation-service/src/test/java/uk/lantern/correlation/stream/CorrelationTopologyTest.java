package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.addedToCmeRegister;
import static uk.lantern.correlation.stream.SourceEvents.child;
import static uk.lantern.correlation.stream.SourceEvents.childReturned;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;
import static uk.lantern.correlation.stream.SourceEvents.interviewCaseOpened;
import static uk.lantern.correlation.stream.SourceEvents.interviewCompleted;
import static uk.lantern.correlation.stream.SourceEvents.interviewOffered;
import static uk.lantern.correlation.stream.SourceEvents.needToKnowRaised;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;

class CorrelationTopologyTest {

    private static final Instant NOW = SourceEvents.NOW;
    private final TopologyHarness lantern = new TopologyHarness(NOW, false);

    private final Subject amy = SourceEvents.AMY;
    private final Subject ben = SourceEvents.BEN;

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void aMissingChildOnAPlanRaisesNeedToKnowOnceAndHasAProfile() {
        var report = episodeReported(amy, "ep-1", NOW.minusSeconds(600), true);
        var decision = needToKnowRaised(amy, "ep-1", NOW.minusSeconds(600));
        lantern.send(report);
        lantern.send(decision);
        lantern.send(report);

        var raised = lantern.alerts("AlertRaised", "NEED_TO_KNOW");
        assertThat(raised).hasSize(1);
        String childId = raised.get(0).path("data").path("childId").asString();
        assertThat(raised.get(0).path("data").path("evidence")).extracting(tools.jackson.databind.JsonNode::asString)
                .containsExactlyInAnyOrder(report.eventId().toString(), decision.eventId().toString());
        var profile = lantern.profile(childId);
        assertThat(profile.path("missingNow").asBoolean()).isTrue();
        assertThat(profile.path("records")).hasSize(1);
        assertThat(profile.path("episodes")).hasSize(1);
        assertThat(profile.path("openFlags").get(0).path("code").asString()).isEqualTo("NEED_TO_KNOW");
    }

    @Test
    void aMissingChildWithNoPlanNotLookedAfterAndNotHighRiskRaisesNoNeedToKnow() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(600), false));

        assertThat(lantern.alerts("AlertRaised", "NEED_TO_KNOW")).isEmpty();
        lantern.advance(Duration.ofSeconds(1));
        assertThat(lantern.profileLog).hasSize(1);
    }

    @Test
    void aChildsProfileGoesOutOnceOnTheTickAfterItChangedHoweverManyEventsChangedIt() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minus(Duration.ofHours(30)), false));
        lantern.send(childReturned(amy, "ep-1", NOW.minus(Duration.ofHours(20)), null));
        lantern.send(interviewOffered(amy, "ep-1", NOW.minus(Duration.ofHours(10))));
        assertThat(lantern.profileLog).as("before the tick").isEmpty();

        lantern.advance(Duration.ofSeconds(1));
        assertThat(lantern.profileLog).hasSize(1);
        String childId = lantern.profileLog.get(0).key();
        var episode = lantern.profile(childId).path("episodes").get(0);
        assertThat(episode.path("returnedAt").isMissingNode()).as("the return is in it").isFalse();
        assertThat(episode.path("interviewStatus").asString()).as("and the offer").isEqualTo("OFFERED");

        lantern.advance(Duration.ofSeconds(5));
        assertThat(lantern.profileLog).as("nothing changed, nothing published again").hasSize(1);
    }

    @Test
    void aChildStateWrittenWithItsEventsInsideIsMovedToTheHistoryAndNothingIsLost() {
        // Amy's report and return, as the child stage keeps them.
        lantern.send(episodeReported(amy, "ep-1", NOW.minus(Duration.ofHours(30)), false));
        lantern.send(childReturned(amy, "ep-1", NOW.minus(Duration.ofHours(20)), null));
        String amysChild = lantern.identityLog.get(0).path("data").path("childId").asString();
        var report = lantern.history(amysChild).stream().filter(e -> e.eventType().equals("EpisodeReported"))
                .findFirst().orElseThrow();
        var returned = lantern.history(amysChild).stream().filter(e -> e.eventType().equals("ChildReturned"))
                .findFirst().orElseThrow();

        // A child the stage has not read since it started, its state stored before events had a store of their
        // own: the report inside the state, nothing in the history.
        String childId = "child-stored-the-old-way";
        KeyValueStore<String, ChildState> states = lantern.driver.getKeyValueStore(ChildProcessor.STATE);
        states.put(childId, new ChildState(childId, 1, List.of(), null, null, List.of(report), null, null));
        lantern.send(CorrelationTopology.CHILD_EVENTS, childId, InternalJson.bytes(ChildMessage.sourceEvent(returned)));

        assertThat(lantern.history(childId)).extracting(StoredEvent::eventType)
                .containsExactlyInAnyOrder("EpisodeReported", "ChildReturned");
        assertThat(states.get(childId).unmigratedEvents()).isNull();
        var profile = lantern.profile(childId);
        assertThat(profile.path("missingNow").asBoolean()).as("the return closed the episode it had").isFalse();
        assertThat(profile.path("episodes")).hasSize(1);
    }

    @Test
    void noInterviewWithinSeventyTwoHoursRaisesRhiOverdueFromTheWallClockAndAnOfferDoesNotButTheInterviewClearsIt() {
        Instant returned = NOW.minus(Duration.ofHours(72)).plusSeconds(30);
        lantern.send(episodeReported(amy, "ep-1", returned.minus(Duration.ofHours(5)), false));
        lantern.send(childReturned(amy, "ep-1", returned, null));
        lantern.send(interviewCaseOpened(amy, "ep-1", returned));
        lantern.send(interviewOffered(amy, "ep-1", returned.plus(Duration.ofHours(3))));
        assertThat(lantern.alerts("AlertRaised", "RHI_OVERDUE")).isEmpty();

        lantern.advance(Duration.ofSeconds(29));
        assertThat(lantern.alerts("AlertRaised", "RHI_OVERDUE")).as("before the deadline").isEmpty();
        lantern.advance(Duration.ofSeconds(2));
        assertThat(lantern.alerts("AlertRaised", "RHI_OVERDUE")).as("within a second after it").hasSize(1);

        lantern.send(interviewCompleted(amy, "ep-1", NOW.plusSeconds(60)));
        assertThat(lantern.alerts("AlertCleared", "RHI_OVERDUE")).hasSize(1);
    }

    @Test
    void anInterviewInTimeMeansNoRhiOverdue() {
        Instant returned = NOW.minus(Duration.ofHours(71));
        lantern.send(episodeReported(amy, "ep-1", returned.minus(Duration.ofHours(5)), false));
        lantern.send(childReturned(amy, "ep-1", returned, null));
        lantern.send(interviewCaseOpened(amy, "ep-1", returned));
        lantern.send(interviewCompleted(amy, "ep-1", returned.plus(Duration.ofHours(30))));
        lantern.advance(Duration.ofHours(2));

        assertThat(lantern.alerts("AlertRaised", "RHI_OVERDUE")).isEmpty();
    }

    @Test
    void theSameChildFromTwoSourcesIsOneChildAndMissingWhileOnTheCmeRegisterIsFlagged() {
        var school = new Subject(null, null, "A123456789012", null, "Amy", "Walsh", LocalDate.parse("2011-03-14"),
                Subject.Sex.FEMALE, "PE1 1AA");
        lantern.send(addedToCmeRegister(school, "cme-1", LocalDate.parse("2026-11-02")));
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));

        var raised = lantern.alerts("AlertRaised", "MISSING_AND_CME");
        assertThat(raised).hasSize(1);
        String childId = raised.get(0).path("data").path("childId").asString();
        assertThat(lantern.profile(childId).path("records")).hasSize(2);
    }

    @Test
    void aDifferentChildOnTheCmeRegisterIsNotJoinedToTheMissingChild() {
        var other = new Subject(null, null, "B123456789012", null, "Chloe", "Banks", LocalDate.parse("2012-09-01"),
                Subject.Sex.FEMALE, "PE7 3XY");
        lantern.send(addedToCmeRegister(other, "cme-1", LocalDate.parse("2026-11-02")));
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(3600), false));

        assertThat(lantern.alerts("AlertRaised", "MISSING_AND_CME")).isEmpty();
    }

    @Test
    void twoChildrenFoundWithTheSameAdultsPhoneAreBothFlagged() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minus(Duration.ofDays(3)), false));
        lantern.send(childReturned(amy, "ep-1", NOW.minus(Duration.ofDays(2)), "07700 900123"));
        assertThat(lantern.alerts("AlertRaised", "SHARED_ASSOCIATE")).isEmpty();

        lantern.send(episodeReported(ben, "ep-2", NOW.minus(Duration.ofDays(2)), false));
        lantern.send(childReturned(ben, "ep-2", NOW.minus(Duration.ofDays(1)), "+44 7700 900123"));

        var raised = lantern.alerts("AlertRaised", "SHARED_ASSOCIATE");
        assertThat(raised).extracting(a -> a.path("data").path("childId").asString()).doesNotHaveDuplicates()
                .hasSize(2);
        assertThat(lantern.alerts("AlertRaised", "SHARED_LOCATION")).as("same bus station, same postcode")
                .hasSize(2);
    }

    @Test
    void anEarlierSightingDeliveredLateUpdatesTheSharedLinkInsteadOfClearingAndRaisingIt() {
        var cara = child("9434765838", "Cara", "Doyle", "2012-05-20");
        lantern.send(episodeReported(amy, "ep-1", NOW.minus(Duration.ofDays(3)), false));
        lantern.send(childReturned(amy, "ep-1", NOW.minus(Duration.ofDays(2)), "07700 900123"));
        lantern.send(episodeReported(ben, "ep-2", NOW.minus(Duration.ofDays(2)), false));
        lantern.send(childReturned(ben, "ep-2", NOW.minus(Duration.ofDays(1)), "07700 900123"));
        assertThat(lantern.alerts("AlertRaised", "SHARED_ASSOCIATE")).hasSize(2);

        lantern.send(episodeReported(cara, "ep-3", NOW.minus(Duration.ofDays(6)), false));
        lantern.send(childReturned(cara, "ep-3", NOW.minus(Duration.ofDays(5)), "07700 900123"));

        assertThat(lantern.alerts("AlertCleared", "SHARED_ASSOCIATE")).as("the link never ended").isEmpty();
        assertThat(lantern.alerts("AlertUpdated", "SHARED_ASSOCIATE")).as("its start moved earlier").isNotEmpty();
        assertThat(lantern.alerts("AlertRaised", "SHARED_ASSOCIATE")).as("Cara's own").hasSize(3);
    }

    @Test
    void twoChildrenFoundWithDifferentPhonesAreNotFlagged() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minus(Duration.ofDays(3)), false));
        lantern.send(childReturned(amy, "ep-1", NOW.minus(Duration.ofDays(2)), "Dean Marsh", "07700 900123",
                "Bus station", "PE1 2BB"));
        lantern.send(episodeReported(ben, "ep-2", NOW.minus(Duration.ofDays(2)), false));
        lantern.send(childReturned(ben, "ep-2", NOW.minus(Duration.ofDays(1)), "Lee Grant", "07700 900999",
                "Retail park", "PE2 6XX"));

        assertThat(lantern.alerts("AlertRaised", "SHARED_ASSOCIATE")).isEmpty();
        assertThat(lantern.alerts("AlertRaised", "SHARED_LOCATION")).isEmpty();
    }

    @Test
    void anUndecodableMessageGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsProcessed() {
        lantern.send(Topics.MISSING_EPISODES.name(), "nhs:1", "{not json".getBytes(StandardCharsets.UTF_8));
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(600), true));
        lantern.send(needToKnowRaised(amy, "ep-1", NOW.minusSeconds(600)));
        lantern.send(needToKnowRaised(amy, "ep-1", NOW.minusSeconds(600)));

        assertThat(lantern.deadLetterLog).hasSize(1);
        var reason = lantern.deadLetterLog.get(0).headers().lastHeader("x-exception-message");
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("not JSON");
        assertThat(lantern.alerts("AlertRaised", "NEED_TO_KNOW")).hasSize(1);
    }

    @Test
    void aPlaceSeenWithMoreChildrenThanTheSettingIsReportedOnceAsAHotspotAndRaisesNoAlertPerChild() {
        var given = List.of("Ava", "Ben", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon", "Kit", "Lou", "Max",
                "Ned", "Oli", "Pip", "Quin", "Rae", "Sol", "Tia", "Una", "Vic", "Wes", "Xan", "Yan", "Zoe", "Abe");
        var family = List.of("Adams", "Brook", "Crane", "Doyle", "Evans", "Frost", "Grant", "Hurst", "Irwin",
                "Jones", "Kerr", "Lloyd", "Marsh", "Nolan", "Owen", "Price", "Quill", "Reed", "Shaw", "Tate", "Urwin",
                "Vance", "Webb", "Xavier", "Young", "Zeller", "Abbot");
        for (int i = 0; i < 27; i++) {
            var subject = new Subject("LA-HOT-" + i, null, null, null, given.get(i), family.get(i),
                    LocalDate.parse("2008-01-01").plusDays(97L * i), Subject.Sex.FEMALE, null);
            lantern.send(episodeReported(subject, "ep-" + i, NOW.minus(Duration.ofDays(30 - i)), false));
            lantern.send(childReturned(subject, "ep-" + i, NOW.minus(Duration.ofDays(30 - i)).plusSeconds(3600),
                    null, null, "Queensgate Shopping Centre", null));
        }

        assertThat(lantern.hotspotLog).extracting(h -> h.path("eventType").asString())
                .containsExactly("HotspotReported");
        var reported = lantern.hotspotLog.get(0).path("data");
        assertThat(reported.path("value").asString()).isEqualTo("queensgate shopping centre");
        assertThat(reported.path("childIds")).hasSize(26);
        assertThat(reported.path("summary").asString()).contains("26 children seen there");
        // pairwise alerts while there were 25 or fewer, cleared when it became a hotspot; none for the 27th child
        var raised = lantern.alerts("AlertRaised", "SHARED_LOCATION");
        assertThat(raised).hasSize(25);
        assertThat(lantern.alerts("AlertCleared", "SHARED_LOCATION")).hasSize(25);
    }

    @Test
    void aChildFoundAtItsOwnHomeAndAGenericPlaceIsNotLinkedToAnotherChildFoundThere() {
        var sam = new Subject(null, "9434765811", null, null, "Sam", "Hill", LocalDate.parse("2010-05-05"),
                Subject.Sex.MALE, "PE1 2BB");
        lantern.send(episodeReported(amy, "ep-1", NOW.minus(Duration.ofDays(3)), false));
        lantern.send(childReturned(amy, "ep-1", NOW.minus(Duration.ofDays(2)), null, null, "Home address",
                null));
        lantern.send(episodeReported(sam, "ep-2", NOW.minus(Duration.ofDays(2)), false));
        // Sam is found at his own home (his postcode); Cara, who lives elsewhere, is found at his postcode later
        lantern.send(childReturned(sam, "ep-2", NOW.minus(Duration.ofDays(1)), null, null, "Home address",
                "PE1 2BB"));
        var cara = new Subject(null, "9434765822", null, null, "Cara", "Moss", LocalDate.parse("2011-06-06"),
                Subject.Sex.FEMALE, "PE7 8QQ");
        lantern.send(episodeReported(cara, "ep-3", NOW.minus(Duration.ofDays(2)), false));
        lantern.send(childReturned(cara, "ep-3", NOW.minus(Duration.ofDays(1)), null, null, "14 Elm Street",
                "PE1 2BB"));

        assertThat(lantern.alerts("AlertRaised", "SHARED_LOCATION")).as("Sam's home is Sam's, not a shared place")
                .isEmpty();
    }
}
