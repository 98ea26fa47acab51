package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.addedToCmeRegister;
import static uk.lantern.correlation.stream.SourceEvents.childReturned;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.lantern.schemas.Subject;

/**
 * A child with years of history merged into another: its events move in parts of at most 200, so no message nears
 * the broker's limit, and the child receiving them runs its rules once, on the last part, not on half a history.
 */
class LongHistoryMovesInPartsTest {

    private static final Instant NOW = SourceEvents.NOW;
    private final TopologyHarness lantern = new TopologyHarness(NOW, false);

    private final Subject amy = SourceEvents.AMY;
    private final Subject amyAtSchool = SourceEvents.AMY_AT_SCHOOL;

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void aHundredEpisodesMoveInTwoPartsAndTheRulesRunOnTheWholeHistory() {
        var childEvents = lantern.driver.createOutputTopic(CorrelationTopology.CHILD_EVENTS,
                new StringDeserializer(), new ByteArrayDeserializer());
        lantern.send(addedToCmeRegister(amyAtSchool, "cme-1", LocalDate.parse("2026-11-02")));
        for (int i = 0; i < 100; i++) {
            Instant missing = NOW.minus(Duration.ofDays(710 - 7L * i));
            lantern.send(episodeReported(amy, "ep-" + i, missing, false));
            lantern.send(childReturned(amy, "ep-" + i, missing.plus(Duration.ofDays(1)), null));
            lantern.send(SourceEvents.interviewCaseOpened(amy, "ep-" + i, missing.plus(Duration.ofDays(1))));
            lantern.send(SourceEvents.interviewCompleted(amy, "ep-" + i,
                    missing.plus(Duration.ofDays(1)).plus(Duration.ofHours(2))));
        }
        // Each case arrived before its interview, two years late, so each raised RHI_OVERDUE that the interview
        // cleared.
        int overdueBefore = lantern.alerts("AlertRaised", "RHI_OVERDUE").size();
        assertThat(lantern.alerts("AlertCleared", "RHI_OVERDUE")).hasSize(overdueBefore);
        String amysChild = childOf(amy.nhsNumber());
        String registersChild = childOf(amyAtSchool.upn());
        assertThat(amysChild).isNotEqualTo(registersChild);
        childEvents.readRecordsToList();

        // A concern naming her NHS number and her UPN, with the register's date of birth and postcode: it joins the
        // register's child, and Amy's child, with its 300 events, is merged into it.
        var both = new Subject(null, amy.nhsNumber(), amyAtSchool.upn(), null, "Amy", "Walsh",
                amyAtSchool.dateOfBirth(), Subject.Sex.FEMALE, amyAtSchool.postcode());
        lantern.send(SourceEvents.concernRaised(both, "concern-1", NOW.minusSeconds(60)));

        String survivor = registersChild;
        assertThat(lantern.profile(amysChild)).as("merged away").isNull();
        assertThat(lantern.history(survivor)).as("register entry, concern and 400 events").hasSize(402);
        assertThat(lantern.profile(survivor).path("episodes")).hasSize(100);

        List<ChildMessage> parts = childEvents.readRecordsToList().stream()
                .filter(r -> r.key().equals(survivor))
                .map(r -> InternalJson.read(r.value(), ChildMessage.class))
                .filter(m -> m.kind() == ChildMessage.Kind.RECORDS_ADOPTED)
                .toList();
        assertThat(parts).extracting(m -> m.events().size()).containsExactly(200, 200);
        assertThat(parts).extracting(ChildMessage::moreToCome).containsExactly(true, false);
        assertThat(lantern.alerts("AlertRaised", "RHI_OVERDUE"))
                .as("no return seen without its interview, as in half a history").hasSize(overdueBefore);
        assertThat(lantern.alerts("AlertRaised", "MISSING_AND_CME")).as("raised once, on the whole history")
                .hasSize(1);
    }

    /** The child the record with this identifier was resolved to, from the identity topic. */
    private String childOf(String identifier) {
        return lantern.identityLog.stream()
                .filter(e -> e.path("eventType").asString().equals("RecordResolved"))
                .filter(e -> e.path("subject").toString().contains(identifier))
                .map(e -> e.path("data").path("childId").asString())
                .reduce((first, later) -> later).orElseThrow();
    }
}
