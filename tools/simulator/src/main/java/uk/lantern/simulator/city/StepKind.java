package uk.lantern.simulator.city;

/** The steps of an episode's story, in the order they must happen. */
public enum StepKind {
    REPORT, REGRADE, RETURN, CLOSURE
}
