package uk.lantern.simulator.city;

/**
 * NHS numbers: nine digits and a modulus 11 check digit. The simulator only issues numbers
 * starting 999, the range the NHS sets aside for testing, so no real patient can be hit.
 */
public final class NhsNumbers {

    private NhsNumbers() {
    }

    public static boolean isValid(String nhsNumber) {
        if (nhsNumber == null || !nhsNumber.matches("\\d{10}")) {
            return false;
        }
        int check = checkDigit(nhsNumber.substring(0, 9));
        return check < 10 && check == nhsNumber.charAt(9) - '0';
    }

    /** A valid test-range NHS number; nine-digit stems whose check digit would be 10 are skipped. */
    static String issue(Pick pick) {
        while (true) {
            String stem = "999" + pick.digits(6);
            int check = checkDigit(stem);
            if (check < 10) {
                return stem + check;
            }
        }
    }

    /** 0-9, or 10 when no valid number has this stem. */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
