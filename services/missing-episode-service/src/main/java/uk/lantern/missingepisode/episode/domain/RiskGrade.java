package uk.lantern.missingepisode.episode.domain;

/** Police risk grade. */
public enum RiskGrade { NO_APPARENT_RISK, LOW, MEDIUM, HIGH }
