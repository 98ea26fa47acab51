package uk.lantern.simulator.city;

import java.time.Instant;

public record LastSeen(Instant at, String place) {
}
