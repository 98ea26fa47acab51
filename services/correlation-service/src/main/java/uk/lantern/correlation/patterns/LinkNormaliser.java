package uk.lantern.correlation.patterns;

import java.util.Optional;
import uk.lantern.schemas.links.LinkKeys;

/**
 * Normal forms for comparing associates and places across records: two values are the same when their normal forms
 * are equal. Empty when a value is blank, or too little to compare safely (a phone of fewer than 10 digits, a
 * name of one word). The normalisation is the contract's ({@link LinkKeys} in shared-schemas: the profiles'
 * {@code linkKeys} are read by other services, which must normalise alike); this class only names it here.
 */
public final class LinkNormaliser {

    private LinkNormaliser() {
    }

    /** UK numbers to national form: 07700 900123, +447700900123, 0044 7700 900123 and 07700900123 are equal. */
    public static Optional<String> phone(String raw) {
        return LinkKeys.phone(raw);
    }

    /** Upper case, letters and digits only: "ab12 cde" and "AB12CDE" are equal. */
    public static Optional<String> vehicleRegistration(String raw) {
        return LinkKeys.vehicleRegistration(raw);
    }

    /** Upper case, letters and digits only: "pe1 4lz" and "PE14LZ" are equal. */
    public static Optional<String> postcode(String raw) {
        return LinkKeys.postcode(raw);
    }

    /** Lower case, punctuation and "the" dropped, single spaces (see {@link LinkKeys#placeName}). */
    public static Optional<String> placeName(String raw) {
        return LinkKeys.placeName(raw);
    }

    /** As a place name, but at least two words (a given name alone links too many people). */
    public static Optional<String> personName(String raw) {
        return LinkKeys.personName(raw);
    }
}
