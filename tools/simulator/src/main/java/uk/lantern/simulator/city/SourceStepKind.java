package uk.lantern.simulator.city;

/**
 * The steps sent to the return-interview, CME register and exploitation-risk services. {@code {id}}
 * in a path is the episode id (interviews: the case id is the episode id) or the id the story's
 * first step created (a register entry, an assessment).
 */
public enum SourceStepKind {
    OFFER(Source.INTERVIEWS, "/cases/{id}/offers"),
    ANSWER(Source.INTERVIEWS, "/cases/{id}/answer"),
    INTERVIEW(Source.INTERVIEWS, "/cases/{id}/interview"),
    NOT_OFFERED(Source.INTERVIEWS, "/cases/{id}/decision-not-to-offer"),
    CASE_CLOSURE(Source.INTERVIEWS, "/cases/{id}/closure"),
    NOTIFICATION(Source.CME, "/notifications"),
    ENQUIRY(Source.CME, "/register-entries/{id}/enquiries"),
    ALTERNATIVE_PROVISION(Source.CME, "/register-entries/{id}/alternative-provision"),
    REMOVAL(Source.CME, "/register-entries/{id}/removal"),
    CONCERN(Source.CSE, "/concerns"),
    ASSESSMENT(Source.CSE, "/assessments"),
    POLICE_SHARING(Source.CSE, "/assessments/{id}/police-sharing"),
    REVIEW(Source.CSE, "/assessments/{id}/reviews"),
    ASSESSMENT_CLOSURE(Source.CSE, "/assessments/{id}/closure");

    private final Source source;
    private final String path;

    SourceStepKind(Source source, String path) {
        this.source = source;
        this.path = path;
    }

    public Source source() {
        return source;
    }

    /** The path, {@code {id}} standing for the episode or created id. */
    public String path() {
        return path;
    }

    /** Sent to an existing episode, entry or assessment: the path holds {@code {id}}. */
    public boolean needsId() {
        return path.contains("{id}");
    }

    /** The step that creates the id the story's later steps are sent to. */
    public boolean createsId() {
        return this == NOTIFICATION || this == ASSESSMENT;
    }
}
