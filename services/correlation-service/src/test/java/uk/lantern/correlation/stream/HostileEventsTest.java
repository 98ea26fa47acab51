package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.testsupport.fuzz.EventCases;
import uk.lantern.testsupport.fuzz.FuzzReport;
import uk.lantern.testsupport.fuzz.Mutations;

/**
 * Generated and hostile messages (from the JSON Schemas, mutated) on every topic the topology reads: the four
 * sources' and the identity decisions. The whole topology runs each one: it never throws (a throw stops a stream
 * thread), every message the codec refuses is on the dead-letter topic and nothing else is (but a decision naming a
 * record never seen, refused by design), and a good message after them all is still processed. More cases with -Dlantern.fuzz.cases (tools/fuzz.sh).
 */
class HostileEventsTest {

    private final TopologyHarness lantern = new TopologyHarness(SourceEvents.NOW, false);

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void the_topology_takes_or_dead_letters_every_generated_and_hostile_message_and_goes_on() {
        int cases = FuzzReport.casesOr(300);
        long seed = FuzzReport.seedOr(20261206L);
        EventCodec codec = new EventCodec();
        List<Topic<?>> topics = List.of(Topics.MISSING_EPISODES, Topics.RETURN_INTERVIEWS, Topics.CME_REGISTER,
                Topics.EXPLOITATION_RISK, Topics.IDENTITY_DECISIONS);
        for (Topic<?> topic : topics) {
            EventCases events = new EventCases(topic);
            FuzzReport report = new FuzzReport("correlation topology " + topic.name(), seed);
            long only = FuzzReport.only();
            for (long i = 0; i < cases; i++) {
                if (only >= 0 && i != only) {
                    continue;
                }
                Mutations.Case c = events.next(seed, i);
                boolean refused = refused(codec, topic, c.body());
                int deadBefore = lantern.deadLetterLog.size();
                try {
                    lantern.send(topic.name(), "fuzz-" + i, c.body());
                } catch (RuntimeException e) {
                    report.count("crashes");
                    report.fail(i, c.description() + " -> " + rootOf(e), "-Dlantern.fuzz.seed=" + seed
                            + " -Dlantern.fuzz.only=" + i + " | " + topic.name() + " value " + c.bodyText(3000));
                    report.caseDone();
                    continue;
                }
                boolean deadLettered = lantern.deadLetterLog.size() > deadBefore;
                report.count(deadLettered ? "dead-lettered" : "accepted");
                String reason = deadLettered ? new String(lantern.deadLetterLog.get(lantern.deadLetterLog.size() - 1)
                        .headers().lastHeader("x-exception-message").value(), java.nio.charset.StandardCharsets.UTF_8)
                        : "";
                // A decision naming a record the service has never seen is refused by design (UnknownRecordException).
                boolean designed = deadLettered && !refused && reason.startsWith("unknown record");
                if (designed) {
                    report.count("dead-lettered-unknown-record");
                } else if (refused != deadLettered) {
                    report.fail(i, c.description() + (refused ? " was refused by the codec but not dead-lettered"
                                    : " was dead-lettered though the codec reads it: " + reason),
                            "-Dlantern.fuzz.seed=" + seed + " -Dlantern.fuzz.only=" + i + " | " + topic.name()
                                    + " value " + c.bodyText(3000));
                }
                report.caseDone();
            }
            lantern.advance(Duration.ofMinutes(1));
            report.finish().print();
            assertThat(report.failures()).as(report.summary()).isEmpty();
            if (only < 0) {
                assertThat(report.outcome("dead-lettered")).as(report.summary()).isPositive();
            }
        }

        // A good message after all of them is processed: nothing stalled.
        int alertsBefore = lantern.alertLog.size();
        int deadBefore = lantern.deadLetterLog.size();
        lantern.send(SourceEvents.episodeReported(SourceEvents.AMY, "ep-after-the-fuzz",
                SourceEvents.NOW.minusSeconds(600), true));
        lantern.send(SourceEvents.needToKnowRaised(SourceEvents.AMY, "ep-after-the-fuzz",
                SourceEvents.NOW.minusSeconds(600)));
        assertThat(lantern.deadLetterLog).hasSize(deadBefore);
        assertThat(lantern.alertLog.subList(alertsBefore, lantern.alertLog.size()))
                .anySatisfy(a -> assertThat(a.toString()).contains("NEED_TO_KNOW"));
    }

    private static boolean refused(EventCodec codec, Topic<?> topic, byte[] value) {
        try {
            codec.decode(topic, value);
            return false;
        } catch (UndecodableEventException e) {
            return true;
        }
    }

    private static String rootOf(Throwable e) {
        Throwable root = e;
        StringBuilder chain = new StringBuilder(e.getClass().getName() + ": " + e.getMessage());
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            chain.append(" <- ").append(root.getClass().getName()).append(": ").append(root.getMessage());
        }
        return chain.toString();
    }
}
