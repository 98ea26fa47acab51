package uk.lantern.cmeregister.register.domain;

/** NHS number check: 10 digits, the last a modulus-11 check digit (NHS Data Dictionary). */
final class NhsNumber {

    static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (candidate.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == candidate.charAt(9) - '0';
    }

    private NhsNumber() {
    }
}
