package uk.lantern.schemas.links;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The link keys of {@code ChildProfile.linkKeys} ({@code lantern.child-profiles.v2}) and of the MACE panel's persons
 * and places of concern: {@code KIND:normal form}, e.g. {@code PHONE:07700900123}, {@code PERSON_NAME:dean marsh},
 * {@code POSTCODE:PE14LZ}. Two associates or places are the same when their keys are equal, so every producer and
 * reader of keys normalises here, and only here.
 *
 * <p>A normal form is empty when a value is blank, or too little to compare safely (a phone of fewer than 10 digits,
 * a person's name of one word).
 */
public final class LinkKeys {

    /** What a key links by; its name is the key's prefix. */
    public enum Kind { PHONE, VEHICLE, PERSON_NAME, POSTCODE, PLACE_NAME }

    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern APOSTROPHE = Pattern.compile("['\u2019`]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_UPPER_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]");

    private LinkKeys() {
    }

    /** The key of a value as written: {@code KIND:normal form}, empty when the value has no normal form. */
    public static Optional<String> of(Kind kind, String raw) {
        return normalise(kind, raw).map(normal -> key(kind, normal));
    }

    /** The key of a value already in its normal form. */
    public static String key(Kind kind, String normal) {
        return kind.name() + ":" + normal;
    }

    /** The normal form of a value of this kind. */
    public static Optional<String> normalise(Kind kind, String raw) {
        return switch (kind) {
            case PHONE -> phone(raw);
            case VEHICLE -> vehicleRegistration(raw);
            case PERSON_NAME -> personName(raw);
            case POSTCODE -> postcode(raw);
            case PLACE_NAME -> placeName(raw);
        };
    }

    /** UK numbers to national form: 07700 900123, +447700900123, 0044 7700 900123 and 07700900123 are equal. */
    public static Optional<String> phone(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        var trimmed = raw.strip();
        var digits = NOT_DIGIT.matcher(trimmed).replaceAll("");
        if (trimmed.startsWith("+44") || digits.startsWith("0044")) {
            digits = "0" + digits.substring(digits.startsWith("0044") ? 4 : 2).replaceFirst("^0", "");
        } else if (digits.startsWith("44") && digits.length() == 12) {
            digits = "0" + digits.substring(2);
        }
        return digits.length() >= 10 ? Optional.of(digits) : Optional.empty();
    }

    /** Upper case, letters and digits only: "ab12 cde" and "AB12CDE" are equal. */
    public static Optional<String> vehicleRegistration(String raw) {
        return alphanumericUpper(raw);
    }

    /** Upper case, letters and digits only: "pe1 4lz" and "PE14LZ" are equal. */
    public static Optional<String> postcode(String raw) {
        return alphanumericUpper(raw);
    }

    /**
     * Lower case, apostrophes dropped, other punctuation as spaces, the word "the" dropped, single spaces:
     * "The Queensgate Centre" and "queensgate  centre." are equal, as are "St. John's Park" and "St Johns park".
     */
    public static Optional<String> placeName(String raw) {
        return words(raw, 1);
    }

    /** As a place name, but at least two words (a given name alone links too many people). */
    public static Optional<String> personName(String raw) {
        return words(raw, 2);
    }

    private static Optional<String> words(String raw, int minWords) {
        if (raw == null) {
            return Optional.empty();
        }
        var cleaned = NOT_LETTER_OR_DIGIT.matcher(
                APOSTROPHE.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll("").replace("&", " and "))
                .replaceAll(" ");
        var words = Arrays.stream(cleaned.strip().split(" "))
                .filter(word -> !word.isEmpty() && !word.equals("the"))
                .toList();
        return words.size() >= minWords ? Optional.of(words.stream().collect(Collectors.joining(" "))) : Optional.empty();
    }

    private static Optional<String> alphanumericUpper(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        var value = NOT_UPPER_ALPHANUMERIC.matcher(raw.toUpperCase(Locale.ROOT)).replaceAll("");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
