package uk.lantern.simulator.city;

import java.time.Instant;

/** A change of police risk grade during an episode, with who, when and why. */
public record Regrade(RiskGrade riskGrade, Instant at, Professional by, String reason) {
}
