package uk.lantern.simulator.city;

/**
 * Unique pupil numbers: a check letter, the local authority code (874 is Peterborough),
 * a four-digit establishment number, a two-digit year and a three-digit serial. The check
 * letter follows the DfE rule: characters 2 to 13 weighted by their position, modulo 23.
 */
public final class Upns {

    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final String PETERBOROUGH = "874";

    private Upns() {
    }

    public static boolean isValid(String upn) {
        return upn != null && upn.matches("[A-Z]\\d{12}") && upn.charAt(0) == checkLetter(upn.substring(1));
    }

    static String issue(Pick pick, int yearAllocated) {
        String body = PETERBOROUGH + pick.digits(4) + String.format("%02d", yearAllocated % 100) + pick.digits(3);
        return checkLetter(body) + body;
    }

    private static char checkLetter(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i + 2);
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }
}
