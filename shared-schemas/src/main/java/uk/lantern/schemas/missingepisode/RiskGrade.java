package uk.lantern.schemas.missingepisode;

/** Police risk grade of a missing episode. */
public enum RiskGrade { NO_APPARENT_RISK, LOW, MEDIUM, HIGH }
