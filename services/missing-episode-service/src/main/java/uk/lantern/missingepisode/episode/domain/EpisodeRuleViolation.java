package uk.lantern.missingepisode.episode.domain;

/** A command that breaks a rule of the domain, naming the field at fault. */
public class EpisodeRuleViolation extends RuntimeException {

    private final String field;

    public EpisodeRuleViolation(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }

    /** The same violation with its field placed under {@code parent}, e.g. {@code reportedBy.name}. */
    public EpisodeRuleViolation under(String parent) {
        return new EpisodeRuleViolation(parent + "." + field, getMessage());
    }
}
