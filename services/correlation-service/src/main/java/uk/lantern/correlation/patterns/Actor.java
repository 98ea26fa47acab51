package uk.lantern.correlation.patterns;

/** Who should act on an alert. */
public enum Actor {
    MISSING_COORDINATOR,
    SENIOR_MANAGERS,
    RETURN_INTERVIEW_PROVIDER,
    CME_OFFICER,
    SOCIAL_WORKER,
    POLICE_EXPLOITATION_TEAM,
    POLICE_ANALYST,
    MACE_PANEL
}
