package uk.lantern.mace.common.domain;

import java.util.Optional;

/** Exploitation risk category, lowest first: 1 not at risk, 2 mild, 3 moderate, 4 significant. */
public enum RiskCategory {
    NOT_AT_RISK, MILD, MODERATE, SIGNIFICANT;

    /** The category a profile names, empty when the child was never assessed or the name is unknown. */
    public static Optional<RiskCategory> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (RiskCategory c : values()) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public String words() {
        return switch (this) {
            case NOT_AT_RISK -> "1 not at risk";
            case MILD -> "2 mild";
            case MODERATE -> "3 moderate";
            case SIGNIFICANT -> "4 significant";
        };
    }
}
