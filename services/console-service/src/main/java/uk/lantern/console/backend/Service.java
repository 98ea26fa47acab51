package uk.lantern.console.backend;

/** The services the console draws on, named as people would say them in a message ("the MACE service"). */
public enum Service {
    MISSING_EPISODES("the missing episode service"),
    RETURN_INTERVIEWS("the return interview service"),
    CME_REGISTER("the CME register service"),
    EXPLOITATION_RISK("the exploitation risk service"),
    CORRELATION("the correlation service"),
    REPORTING("the reporting service"),
    MACE("the MACE service");

    private final String words;

    Service(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
