package uk.lantern.correlation.identity;

import java.util.Locale;

/** Strong identifier schemes and their normalisation and validity rules. */
public final class StrongIds {
    public static final String LOCAL_AUTHORITY = "LA";
    public static final String NHS = "NHS";
    public static final String UPN = "UPN";
    public static final String POLICE = "POLICE";

    private StrongIds() {
    }

    /**
     * The value as compared, or null when missing or invalid. An NHS number whose modulus-11 check digit fails is
     * treated as missing: it was mistyped, so it can neither link nor conflict.
     */
    public static String normalise(String scheme, String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            return null;
        }
        if (NHS.equals(scheme) && !validNhsNumber(v)) {
            return null;
        }
        return v;
    }

    /** NHS number check digit (modulus 11, weights 10..2). */
    public static boolean validNhsNumber(String v) {
        if (v.length() != 10 || !v.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (v.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == v.charAt(9) - '0';
    }
}
