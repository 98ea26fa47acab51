package uk.lantern.correlation.identity;

/**
 * Fellegi–Sunter probabilities of one field. {@code m*} is the probability of the level among pairs of records of
 * the same person, {@code u*} among pairs of different people. The disagreement probabilities are what is left
 * ({@code 1 - mExact - mClose - mPartial}). A level's weight is {@code log2(m/u)}; a missing value weighs 0.
 */
public record FieldModel(double mExact, double uExact, double mClose, double uClose, double mPartial,
                         double uPartial) {

    public FieldModel {
        if (mExact + mClose + mPartial >= 1 || uExact + uClose + uPartial >= 1) {
            throw new IllegalArgumentException("level probabilities must leave room for disagreement");
        }
    }

    public double weight(Level level) {
        return switch (level) {
            case EXACT -> log2(mExact / uExact);
            case CLOSE -> log2(mClose / uClose);
            case PARTIAL -> log2(mPartial / uPartial);
            case DISAGREE -> log2((1 - mExact - mClose - mPartial) / (1 - uExact - uClose - uPartial));
            case MISSING -> 0;
        };
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Agreement levels, best first. */
    public enum Level { EXACT, CLOSE, PARTIAL, DISAGREE, MISSING }
}
