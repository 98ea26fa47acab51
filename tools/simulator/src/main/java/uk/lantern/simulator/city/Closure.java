package uk.lantern.simulator.city;

import java.time.Instant;

public record Closure(Instant closedAt, Professional closedBy) {
}
