package uk.lantern.simulator.city;

import java.util.Locale;

/** The four Lantern sources the simulator can feed, as named on the command line. */
public enum Source {
    EPISODES, INTERVIEWS, CME, CSE;

    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Source ofOptionName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
