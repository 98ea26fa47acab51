package uk.lantern.correlation.api;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.lantern.correlation.patterns.Severity;

/**
 * {@code lantern.correlation.escalation.*}: how long an alert may wait unacknowledged, by severity (URGENT 1h, HIGH
 * 4h, MEDIUM 24h, LOW 72h unless set), who it goes to next each time that window runs out ({@code chain}, in order),
 * and how often that is checked.
 */
@ConfigurationProperties("lantern.correlation.escalation")
public class EscalationSettings {

    private Map<Severity, Duration> after = defaults();
    private Duration checkEvery = Duration.ofMinutes(1);
    private List<String> chain = DEFAULT_CHAIN;

    /** Who an unacknowledged alert goes to, step by step, unless set. */
    static final List<String> DEFAULT_CHAIN = List.of("Duty coordinator", "Team manager, missing and exploitation",
            "Head of service");

    static Map<Severity, Duration> defaults() {
        Map<Severity, Duration> after = new EnumMap<>(Severity.class);
        after.put(Severity.URGENT, Duration.ofHours(1));
        after.put(Severity.HIGH, Duration.ofHours(4));
        after.put(Severity.MEDIUM, Duration.ofHours(24));
        after.put(Severity.LOW, Duration.ofHours(72));
        return after;
    }

    public Duration after(Severity severity) {
        Duration set = after.get(severity);
        return set != null ? set : defaults().get(severity);
    }

    public Map<Severity, Duration> getAfter() {
        return after;
    }

    public void setAfter(Map<Severity, Duration> after) {
        Map<Severity, Duration> merged = defaults();
        merged.putAll(after);
        this.after = merged;
    }

    /** The escalation chain: step 1 is its first entry. */
    public List<String> getChain() {
        return chain;
    }

    public void setChain(List<String> chain) {
        List<String> steps = chain == null ? List.of() : chain.stream().map(String::strip).toList();
        if (steps.isEmpty() || steps.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("lantern.correlation.escalation.chain: give at least one step, none blank");
        }
        this.chain = steps;
    }

    public Duration getCheckEvery() {
        return checkEvery;
    }

    public void setCheckEvery(Duration checkEvery) {
        this.checkEvery = checkEvery;
    }
}
