package uk.lantern.correlation.identity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The blocking keys of a record: a record is compared only with records sharing at least one. Every key is
 * symmetric under the errors the comparison tolerates in the fields it does not use, and the name keys are built
 * from either name, so swapped given/family names still meet.
 *
 * <ul>
 *   <li>{@code id:SCHEME:value} for each strong identifier;</li>
 *   <li>{@code ny:PHONETIC(name):year} for each of given and family name with the birth year;</li>
 *   <li>{@code dob:yyyy:lo:hi} the date of birth with day and month sorted, so a day/month swap meets;</li>
 *   <li>{@code pc:POSTCODE:initial} for the initial of each name;</li>
 *   <li>{@code nn:PHONETIC(a):PHONETIC(b)} both names' codes, sorted;</li>
 *   <li>{@code pa:PHONETIC(name):postcode-area} each name with the postcode less its last two characters;</li>
 *   <li>{@code ad:PHONETIC(name):longest-address-word} each name with the longest word of the address.</li>
 * </ul>
 */
public final class BlockingKeys {
    private BlockingKeys() {
    }

    private static String longestToken(String address) {
        if (address == null) {
            return null;
        }
        String best = null;
        for (String t : address.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (t.length() >= 4 && (best == null || t.length() > best.length())) {
                best = t;
            }
        }
        return best;
    }

    public static Set<String> of(PersonRecord r) {
        Set<String> keys = new LinkedHashSet<>();
        r.strongIds().forEach((scheme, value) -> keys.add("id:" + scheme + ":" + value));
        String given = RecordComparator.normaliseName(r.givenName());
        String family = RecordComparator.normaliseName(r.familyName());
        String pg = RecordComparator.phoneticKey(given);
        String pf = RecordComparator.phoneticKey(family);
        DateOfBirth dob = r.dateOfBirth();
        if (dob != null) {
            if (pg != null) {
                keys.add("ny:" + pg + ":" + dob.year());
            }
            if (pf != null) {
                keys.add("ny:" + pf + ":" + dob.year());
            }
            keys.add("dob:" + dob.year() + ":" + Math.min(dob.month(), dob.day()) + ":"
                    + Math.max(dob.month(), dob.day()));
        }
        String postcode = RecordComparator.normalisePostcode(r.postcode());
        if (postcode != null) {
            if (given != null) {
                keys.add("pc:" + postcode + ":" + given.charAt(0));
            }
            if (family != null) {
                keys.add("pc:" + postcode + ":" + family.charAt(0));
            }
        }
        String addressToken = longestToken(r.addressLine());
        for (String p : new String[] {pg, pf}) {
            if (p == null) {
                continue;
            }
            if (postcode != null && postcode.length() >= 4) {
                keys.add("pa:" + p + ":" + postcode.substring(0, postcode.length() - 2));
            }
            if (addressToken != null) {
                keys.add("ad:" + p + ":" + addressToken);
            }
        }
        if (pg != null && pf != null) {
            keys.add("nn:" + (pg.compareTo(pf) < 0 ? pg + ":" + pf : pf + ":" + pg));
        }
        return keys;
    }
}
