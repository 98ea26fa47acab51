package uk.lantern.missingepisode.episode.domain;

import uk.lantern.support.problems.RuleViolation;

/** A command that breaks a rule of the domain, naming the field at fault. */
public class EpisodeRuleViolation extends RuleViolation {

    public EpisodeRuleViolation(String field, String reason) {
        super(field, reason);
    }

    /** The same violation with its field placed under {@code parent}, e.g. {@code reportedBy.name}. */
    public EpisodeRuleViolation under(String parent) {
        return new EpisodeRuleViolation(parent + "." + field(), getMessage());
    }
}
