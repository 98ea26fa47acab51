package uk.lantern.mace.common.domain;

/** The domain's own checks, each naming the field. */
public final class Checks {

    public static void present(String field, Object value) {
        if (value == null) {
            throw new MaceRuleViolation(field, "is required");
        }
    }

    public static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new MaceRuleViolation(field, "is required");
        }
        if (value.length() > max) {
            throw new MaceRuleViolation(field, "must be at most " + max + " characters");
        }
    }

    private Checks() {
    }
}
