package uk.lantern.simulator.city;

/** Police risk grade, lowest first. */
public enum RiskGrade {
    NO_APPARENT_RISK, LOW, MEDIUM, HIGH;

    public RiskGrade higher() {
        return this == HIGH ? HIGH : values()[ordinal() + 1];
    }

    public RiskGrade lower() {
        return this == NO_APPARENT_RISK ? NO_APPARENT_RISK : values()[ordinal() - 1];
    }
}
