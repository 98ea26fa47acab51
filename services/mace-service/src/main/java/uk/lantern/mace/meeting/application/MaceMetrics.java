package uk.lantern.mace.meeting.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The panel's figures: drift flagged by kind, meetings opened (quorate or not), actions, outcomes shared. */
@Component
public class MaceMetrics {

    private final MeterRegistry meters;

    public MaceMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    public void driftFlagged(String drift) {
        Counter.builder("lantern.mace.drift.flagged").tag("drift", drift)
                .description("Drift flagged on agendas when meetings opened, by kind").register(meters).increment();
    }

    public void meetingOpened(boolean quorate) {
        Counter.builder("lantern.mace.meetings.opened").tag("quorate", String.valueOf(quorate))
                .description("MACE meetings opened").register(meters).increment();
    }

    public void action(String what) {
        Counter.builder("lantern.mace.actions").tag("change", what)
                .description("Actions agreed, done, cancelled and carried over").register(meters).increment();
    }

    public void outcomesShared(int count) {
        Counter.builder("lantern.mace.outcomes.shared")
                .description("Outcomes shared with children's social workers").register(meters).increment(count);
    }
}
