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

    /**
     * Whether this value carries a check digit that holds, so that two such values of the scheme cannot differ by a
     * keying error: every (normalised) NHS number, and a UPN whose check letter is right.
     */
    public static boolean checked(String scheme, String normalised) {
        return NHS.equals(scheme) || UPN.equals(scheme) && validUpn(normalised);
    }

    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /**
     * DfE Unique Pupil Number: a check letter then 12 digits, or 11 digits and a letter for a temporary UPN. The
     * check letter is the sum of characters 2–13 weighted 2–13 (a final letter counted by its place in the same alphabet),
     * modulo 23, as a letter of A–Z without I, O and S (Government Data Standards Catalogue, UPN 2.0).
     */
    public static boolean validUpn(String v) {
        if (v == null || v.length() != 13) {
            return false;
        }
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = v.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (i == 12 && UPN_LETTERS.indexOf(c) >= 0) {
                value = UPN_LETTERS.indexOf(c);
            } else {
                return false;
            }
            sum += value * (i + 1);
        }
        return UPN_LETTERS.charAt(sum % 23) == v.charAt(0);
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
