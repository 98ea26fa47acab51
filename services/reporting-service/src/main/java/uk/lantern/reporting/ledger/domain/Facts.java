package uk.lantern.reporting.ledger.domain;

/** The names of the facts a ledger entry keeps, shared by the reader of the streams and the figures. */
public final class Facts {

    // missing episodes
    public static final String CONTEXT = "context";              // MISSING_FROM_HOME | MISSING_FROM_CARE
    public static final String CATEGORY = "category";            // MISSING | AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION
    public static final String LAST_SEEN_AT = "lastSeenAt";
    public static final String REPORTED_AT = "reportedAt";
    public static final String LOOKED_AFTER = "lookedAfter";
    public static final String CHILD_PROTECTION_PLAN = "childProtectionPlan";
    public static final String TEAM = "team";
    public static final String RETURNED_AT = "returnedAt";
    public static final String CLOSED_AT = "closedAt";
    public static final String ERASED_AT = "erasedAt";
    public static final String REASON = "reason";
    // return interviews
    public static final String DEADLINE = "deadline";
    public static final String AT = "at";
    public static final String COMPLETED_AT = "completedAt";
    public static final String COMPLETED_ON = "completedOn";
    public static final String WITHIN_DEADLINE = "withinDeadline";
    public static final String PUSH_FACTORS = "pushFactors";
    public static final String PULL_FACTORS = "pullFactors";
    public static final String OUTCOME = "outcome";
    // CME
    public static final String DATE = "date";
    public static final String GROUND = "ground";
    public static final String REMOVED_ON = "removedOn";
    public static final String ON_REGISTER_SINCE = "onRegisterSince";
    // exploitation risk
    public static final String OBSERVED_AT = "observedAt";
    public static final String RISK_CATEGORY = "riskCategory";
    public static final String NEXT_REVIEW_DUE = "nextReviewDue";
    // alerts
    public static final String CODE = "code";
    public static final String CHILD_ID = "childId";
    public static final String RAISED_AT = "raisedAt";
    public static final String CLEARED_AT = "clearedAt";
    // the work on alerts (AT is when it was done; OUTCOME a resolution's)
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String ASSIGNEE = "assignee";           // PERSON | TEAM
    public static final String LEVEL = "level";
    public static final String SEVERITY = "severity";
    // identity
    public static final String SOURCE_EVENT_ID = "sourceEventId";
    public static final String MERGED_CHILDREN = "mergedChildren";
    public static final String MOVES = "moves";                  // recordId>fromChild>toChild;...
    // the MACE panel's (lantern.mace.v1): ids, codes and dates only, never its words
    public static final String MEETING_ID = "meetingId";
    public static final String ACTION_ID = "actionId";
    public static final String HELD_ON = "heldOn";
    public static final String DUE_ON = "dueOn";
    public static final String DRIFT = "drift";                  // ACTION_OVERDUE | ACTION_CARRIED_OVER | ...

    private Facts() {
    }
}
