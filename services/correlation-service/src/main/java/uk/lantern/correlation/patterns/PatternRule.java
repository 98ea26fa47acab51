package uk.lantern.correlation.patterns;

import java.time.Instant;

/** One pattern of DOMAIN.md's table, evaluated on one child's facts at an instant given by the caller's clock. */
public interface PatternRule {

    AlertCode code();

    /** Pure: the same facts and the same instant give the same result. */
    RuleResult evaluate(ChildFacts facts, Instant now);
}
