package uk.lantern.support.accesslog;

/**
 * What a person did with a child's record, as the access log names it. Reads are logged as their answer is about to
 * be sent; decisions and shares before they are carried out, so that neither happens unlogged.
 */
public enum AccessAction {
    /** One record of a child: a profile, an episode, a case, an entry, an assessment, a concern, an alert. */
    READ_RECORD(false),
    /** The records held for a child's identifier (an NHS number, a UPN, a local authority or police person id). */
    SEARCH_BY_IDENTIFIER(false),
    /** A list that names children: a worklist, the open episodes, alerts, hotspots. */
    READ_LIST(false),
    /** Records taken out of Lantern in bulk. */
    EXPORT(false),
    /** A record shared with another agency. */
    SHARE(true),
    /** A reviewer's decision that two records are (or are not) the same child. */
    LINK_DECISION(true),
    /** A source record taken out of the child it was linked to. */
    UNLINK(true),
    /** A manager reading the access log itself. */
    READ_ACCESS_LOG(false),
    /** A manager's review of a break-the-glass access (the entry reviewed is {@code reviewOf}). */
    BREAK_GLASS_REVIEW(true);

    private final boolean loggedBefore;

    AccessAction(boolean loggedBefore) {
        this.loggedBefore = loggedBefore;
    }

    /** Logged before the handler runs (it changes or shares something), rather than as the answer is sent. */
    public boolean loggedBefore() {
        return loggedBefore;
    }
}
