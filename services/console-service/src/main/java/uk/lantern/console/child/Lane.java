package uk.lantern.console.child;

import java.util.Arrays;
import java.util.Optional;

/** A row of the timeline: one of the four sources, or the MACE panel. */
public enum Lane {
    MISSING("Missing episodes", "missing-episode-service"),
    INTERVIEWS("Return interviews", "return-interview-service"),
    CME("Missing education", "cme-register-service"),
    EXPLOITATION("Exploitation risk", "cse-risk-service"),
    MACE("MACE panel", "mace-service");

    private final String words;
    private final String service;

    Lane(String words, String service) {
        this.words = words;
        this.service = service;
    }

    public String words() {
        return words;
    }

    /** For the page's filter: the form's value. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Lane> ofService(String service) {
        return Arrays.stream(values()).filter(l -> l.service.equals(service)).findFirst();
    }

    static Optional<Lane> ofKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key().equalsIgnoreCase(key == null ? "" : key.strip()))
                .findFirst();
    }
}
