package uk.lantern.correlation.identity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import uk.lantern.correlation.identity.FieldModel.Level;

/**
 * The comparison of two person records: each field's agreement level and weight, the total score in bits, what
 * their strong identifiers say, and two facts the household guard reads beside the levels:
 * {@code bornTooCloseForSiblings} (the dates of birth are one keying error apart, both calendar dates, more than
 * {@link #TWIN_BIRTHS_MAX_DAYS_APART} and fewer than {@link #SIBLING_BIRTHS_MIN_DAYS_APART} days apart) and
 * {@code sameHouseNumber} (the address agrees and both lines carry house numbers, the same ones), and
 * {@code givenNamesSpelledAlikeFromAnotherInitial} (the given names agree only by spelling, a keying error, sounding
 * alike or similar, and begin with different letters: Mason / Jason); see {@link #passes}.
 */
public record Comparison(String recordA, String recordB, List<FieldComparison> fields, double score,
                         StrongIdOutcome strongIds, List<String> conflictingSchemes,
                         List<String> differingSchemes, boolean bornTooCloseForSiblings,
                         boolean sameHouseNumber, boolean givenNamesSpelledAlikeFromAnotherInitial) {

    /**
     * Two children of one mother are born at least this many days apart: a second pregnancy starts at the earliest
     * some weeks after a birth and lasts at least about 22 weeks to a live birth, so about six months; brothers and
     * sisters are usually more than a year apart (the benchmark generator: 300 days or more). Twins are born on one
     * day, or on two days either side of midnight. Two dates of birth from 2 to 179 days apart are therefore neither
     * a sibling's nor a twin's.
     */
    public static final int SIBLING_BIRTHS_MIN_DAYS_APART = 180;
    /** Twins born either side of midnight have dates of birth one day apart. */
    public static final int TWIN_BIRTHS_MAX_DAYS_APART = 1;

    public enum Field { STRONG_ID, GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH, SEX, POSTCODE, ADDRESS }

    /**
     * EXACT: a shared strong identifier; CONFLICT: two different values of one scheme that never link (a scheme with a
     * check digit, or any scheme under {@link MatchSettings.StrongIdDifference#CONFLICT}); DIFFERS: two different
     * values of a scheme without a check digit, and no conflict: evidence against, see {@link #identityAgreesInFull};
     * NONE: none of these (no shared scheme, or only a typo apart).
     */
    public enum StrongIdOutcome { EXACT, CONFLICT, DIFFERS, NONE }

    /** One field: its level, its weight, and how it was reached (e.g. "nickname", "swapped", "day/month swap"). */
    public record FieldComparison(Field field, Level level, double weight, String how) {
        @Override
        public String toString() {
            return field + "=" + level + (how.isEmpty() ? "" : "(" + how + ")") + ":" + fixed(weight, 1, true);
        }
    }

    public Comparison {
        fields = List.copyOf(fields);
        conflictingSchemes = List.copyOf(conflictingSchemes);
        differingSchemes = List.copyOf(differingSchemes);
    }

    /** The score of the demographic fields alone: what the names, date of birth, sex and address say. */
    public double scoreWithoutStrongIds() {
        return fields.stream().filter(f -> f.field() != Field.STRONG_ID).mapToDouble(FieldComparison::weight).sum();
    }

    /** The level reached by one field (MISSING when it was not compared). */
    public Level level(Field field) {
        return fields.stream().filter(f -> f.field() == field).map(FieldComparison::level).findFirst()
                .orElse(Level.MISSING);
    }

    /**
     * Whether the household guard lets this pair link on its score (see {@link MatchSettings.HouseholdGuard}). A
     * household shares family name, postcode and address; namesakes share names, and at a million children a date of
     * birth one keying error away as well. Beyond OFF, a probabilistic link therefore needs:
     * <ul>
     *   <li>where the postcode or the address agrees: the date of birth exactly, or the given name together with the
     *       postcode or with a date of birth one keying error away. Two narrower cases stand in for the given name
     *       or the date of birth where one record lacks it (missing is no evidence either way, a different value
     *       is): without a given name, the family name with a date of birth one keying error away that is
     *       {@linkplain #bornTooCloseForSiblings neither a sibling's nor a twin's}; without a date of birth, both
     *       names with the {@linkplain #sameHouseNumber same house number} in an agreeing address;</li>
     *   <li>where neither agrees (different, or missing): given name, family name and date of birth, the date
     *       exactly.</li>
     * </ul>
     */
    public boolean passes(MatchSettings.HouseholdGuard guard) {
        Level given = level(Field.GIVEN_NAME);
        Level dob = level(Field.DATE_OF_BIRTH);
        Level postcode = level(Field.POSTCODE);
        boolean family = agrees(level(Field.FAMILY_NAME));
        boolean located = agrees(postcode) || agrees(level(Field.ADDRESS));
        boolean personal = located
                ? dob == Level.EXACT || agrees(given) && (dob == Level.CLOSE || agrees(postcode))
                        || given == Level.MISSING && family && bornTooCloseForSiblings
                        || dob == Level.MISSING && agrees(given) && family && sameHouseNumber
                : dob == Level.EXACT && agrees(given) && family;
        return switch (guard) {
            case OFF -> true;
            case SIBLINGS -> personal;
            case TWINS -> personal && given != Level.DISAGREE && !(located && namedAsTwinsAreNamed(given));
        };
    }

    /**
     * Under TWINS, where the postcode or the address agrees: given names that only a household would explain.
     * Parents give twins and siblings names that rhyme or differ by a letter (Mason / Jason, Ella / Bella: agreeing
     * by spelling, another initial), and boy-and-girl twins the two forms of one name (Louis / Louise, Daniel /
     * Danielle: agreeing by spelling, the sexes recorded differently). A keying error seldom changes the first letter
     * (none of the 1,374 true pairs in FEBRL 1-3 that pass the guard with a given-name typo does), and seldom both
     * the sex and the name.
     */
    private boolean namedAsTwinsAreNamed(Level given) {
        boolean spelledAlike = given == Level.CLOSE || given == Level.PARTIAL;
        return givenNamesSpelledAlikeFromAnotherInitial
                || spelledAlike && level(Field.SEX) == Level.DISAGREE;
    }

    /**
     * Whether the child's own identity agrees in full, which a pair whose strong identifiers differ
     * ({@link StrongIdOutcome#DIFFERS}) needs to link: given name and family name exactly or closely (a nickname, a
     * typo, swapped), date of birth exactly or closely, and the postcode or the address exactly or closely. Twins
     * (other given name) and namesakes living elsewhere therefore never link across a differing identifier.
     */
    public boolean identityAgreesInFull() {
        return agrees(level(Field.GIVEN_NAME)) && agrees(level(Field.FAMILY_NAME)) && agrees(level(Field.DATE_OF_BIRTH))
                && (agrees(level(Field.POSTCODE)) || agrees(level(Field.ADDRESS)));
    }

    private static boolean agrees(Level level) {
        return level == Level.EXACT || level == Level.CLOSE;
    }

    /** The fields that agreed exactly or closely, e.g. {@code FAMILY_NAME DATE_OF_BIRTH POSTCODE}. */
    public List<Field> agreeingFields() {
        return fields.stream().filter(f -> f.level() == Level.EXACT || f.level() == Level.CLOSE)
                .map(FieldComparison::field).toList();
    }

    public String agreeingFieldsText() {
        return agreeingFields().stream().map(Enum::name).collect(Collectors.joining(" "));
    }

    public String explanation() {
        return fields.stream().map(FieldComparison::toString).collect(Collectors.joining(", "))
                + "; score " + fixed(score, 2, false)
                + (strongIds == StrongIdOutcome.CONFLICT ? "; strong id conflict " + conflictingSchemes : "")
                + (strongIds == StrongIdOutcome.DIFFERS ? "; strong id differs (no check digit) " + differingSchemes
                        : "");
    }

    /**
     * As {@code String.format(Locale.ROOT, "%.Nf")} (or {@code "%+.Nf"} with {@code plusSign}): half up from the
     * shortest decimal form, -0.0 as "-0.0". Without the formatter, since this runs for every link made and was a
     * visible part of the stream thread's time.
     */
    static String fixed(double value, int places, boolean plusSign) {
        boolean negative = value < 0 || value == 0 && 1 / value < 0;
        return (negative ? "-" : plusSign ? "+" : "")
                + BigDecimal.valueOf(Math.abs(value)).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
