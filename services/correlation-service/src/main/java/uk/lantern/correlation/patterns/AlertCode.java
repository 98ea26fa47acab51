package uk.lantern.correlation.patterns;

/** DOMAIN.md's pattern codes. POSSIBLE_SAME_CHILD comes from identity resolution, not from here. */
public enum AlertCode {
    NEED_TO_KNOW,
    RHI_OVERDUE,
    REPEAT_MISSING,
    MISSING_AND_CME,
    MISSING_WITH_EXPLOITATION_RISK,
    SCREENING_GAP,
    ASSESSMENT_REVIEW_OVERDUE,
    SHARED_ASSOCIATE,
    SHARED_LOCATION,
    CME_ENQUIRY_STALLED,
    POSSIBLE_SAME_CHILD,
    /** Drift the MACE panel flagged about the child, raised to the meeting's chair (issue 18). */
    MACE_DRIFT
}
