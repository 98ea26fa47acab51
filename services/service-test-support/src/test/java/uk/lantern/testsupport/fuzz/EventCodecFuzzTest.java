package uk.lantern.testsupport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.UndecodableEventException;

/**
 * Every consumer decodes with {@link EventCodec}: generated and hostile messages for every topic it reads either
 * decode or are refused with {@link UndecodableEventException} (which consumers dead-letter), never anything else.
 */
class EventCodecFuzzTest {

    @Test
    void every_topics_decoder_takes_or_refuses_every_generated_and_hostile_message_and_never_crashes() {
        int cases = FuzzReport.casesOr(400);
        long seed = FuzzReport.seedOr(20261206L);
        EventCodec codec = new EventCodec();
        long accepted = 0;
        for (Topic<?> topic : Topics.all()) {
            FuzzReport report = new EventCases(topic).feed("event-codec " + topic.name(), cases, seed,
                    bytes -> codec.decode(topic, bytes), UndecodableEventException.class).print();
            assertThat(report.failures()).as(report.summary()).isEmpty();
            assertThat(report.outcome("rejected")).as(report.summary()).isPositive();
            accepted += report.outcome("accepted");
        }
        assertThat(accepted).as("some generated messages are valid").isPositive();
    }

    @Test
    void the_generator_makes_messages_that_the_schemas_accept() {
        EventCodec codec = new EventCodec();
        for (Topic<?> topic : Topics.all()) {
            EventCases cases = new EventCases(topic);
            for (EventType<?> type : topic.eventTypes()) {
                int valid = 0;
                for (int i = 0; i < 20; i++) {
                    byte[] message = Mutations.bytes(cases.valid(type, new Random(i)));
                    try {
                        codec.decode(topic, message);
                        valid++;
                    } catch (UndecodableEventException e) {
                        if (i == 0) {
                            System.out.println("FUZZ generator " + type.name() + " v" + type.version() + ": "
                                    + e.getMessage());
                        }
                    }
                }
                System.out.println("FUZZ generator " + topic.name() + " " + type.name() + " v" + type.version()
                        + " valid " + valid + "/20");
            }
        }
    }
}
