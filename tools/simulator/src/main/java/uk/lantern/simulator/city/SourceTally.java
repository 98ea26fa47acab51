package uk.lantern.simulator.city;

import java.util.EnumMap;
import java.util.Map;

/** Counts the steps fed to the other three sources, safe to read from a shutdown hook. */
public final class SourceTally {

    private final Map<SourceStepKind, Integer> byKind = new EnumMap<>(SourceStepKind.class);
    private int declined;
    private int belowThreshold;

    public synchronized void record(SourceStep step) {
        byKind.merge(step.kind(), 1, Integer::sum);
        if (step.body() instanceof Map<?, ?> body) {
            if (step.kind() == SourceStepKind.ANSWER && "DECLINED".equals(body.get("outcome"))) {
                declined++;
            }
            if (step.kind() == SourceStepKind.ALTERNATIVE_PROVISION && body.get("hoursPerWeek") instanceof Double hours
                    && hours < Correlations.ALTERNATIVE_PROVISION_MINIMUM_HOURS) {
                belowThreshold++;
            }
        }
    }

    public synchronized int count(SourceStepKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    public synchronized int declined() {
        return declined;
    }

    public synchronized int accepted() {
        return count(SourceStepKind.ANSWER) - declined;
    }

    public synchronized int belowThreshold() {
        return belowThreshold;
    }
}
