package uk.lantern.missingepisode.episode.domain;

import java.time.Instant;

/** One change of risk grade, kept in the episode's history. */
public record RiskRegrade(RiskGrade from, RiskGrade to, Instant at, Professional by, String reason) {
}
