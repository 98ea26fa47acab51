package uk.lantern.simulator.city;

import java.time.Instant;
import java.util.List;

/** The child's return or finding: when, where, with whom, how. */
public record Return(Instant returnedAt, Location location, List<Associate> associates, HowReturned how,
                     Professional recordedBy) {

    public Return {
        associates = List.copyOf(associates);
    }
}
