package uk.lantern.correlation.identity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The blocking keys of a record: a record is compared only with records sharing at least one. Every key is
 * symmetric under the errors the comparison tolerates in the fields it does not use, and the name keys are built
 * from either name, so swapped given/family names still meet. Each key joins a name (or an initial) to a second,
 * independent field, so that no key is shared by a large part of the population (see IDENTITY.md, "Blocking").
 *
 * <ul>
 *   <li>{@code id:SCHEME:value} for each strong identifier;</li>
 *   <li>{@code ym:PHONETIC(name):year:month} each name with the year and month of birth (a typo in the day);</li>
 *   <li>{@code dm:PHONETIC(name):lo:hi} each name with the day and month of birth, sorted, in any year (a typo in
 *       the year, a day/month swap);</li>
 *   <li>{@code dob:year:lo:hi:initial} the date of birth (day and month sorted) with each name's initial (both
 *       names misspelt beyond their phonetic codes);</li>
 *   <li>{@code dp:year:lo:hi:postcode-sector} the date of birth with the postcode less its last two characters (both
 *       names different: a child recorded under another name at home);</li>
 *   <li>{@code pc:POSTCODE:initial} for the initial of each name;</li>
 *   <li>{@code nn:PHONETIC(a):PHONETIC(b)} both names' codes, sorted (a date of birth wrong or missing);</li>
 *   <li>{@code pa:PHONETIC(name):postcode-sector} each name with the postcode less its last two characters (a
 *       postcode typo);</li>
 *   <li>{@code ad:PHONETIC(name):house-number:longest-address-word} each name with the house and the street (no date
 *       of birth, no postcode).</li>
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

    private static String houseNumbers(String address) {
        String normalised = RecordComparator.normaliseAddress(address);
        return normalised == null ? null : RecordComparator.houseNumbers(normalised);
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
            String dayMonth = Math.min(dob.month(), dob.day()) + ":" + Math.max(dob.month(), dob.day());
            for (String p : new String[] {pg, pf}) {
                if (p != null) {
                    keys.add("ym:" + p + ":" + dob.year() + ":" + dob.month());
                    keys.add("dm:" + p + ":" + dayMonth);
                }
            }
            for (String n : new String[] {given, family}) {
                if (n != null) {
                    keys.add("dob:" + dob.year() + ":" + dayMonth + ":" + n.charAt(0));
                }
            }
        }
        String postcode = RecordComparator.normalisePostcode(r.postcode());
        String sector = postcode != null && postcode.length() >= 4 ? postcode.substring(0, postcode.length() - 2) : null;
        if (dob != null && sector != null) {
            keys.add("dp:" + dob.year() + ":" + Math.min(dob.month(), dob.day()) + ":" + Math.max(dob.month(), dob.day())
                    + ":" + sector);
        }
        if (postcode != null) {
            if (given != null) {
                keys.add("pc:" + postcode + ":" + given.charAt(0));
            }
            if (family != null) {
                keys.add("pc:" + postcode + ":" + family.charAt(0));
            }
        }
        String addressToken = longestToken(r.addressLine());
        String house = houseNumbers(r.addressLine());
        for (String p : new String[] {pg, pf}) {
            if (p == null) {
                continue;
            }
            if (sector != null) {
                keys.add("pa:" + p + ":" + sector);
            }
            if (addressToken != null) {
                keys.add("ad:" + p + ":" + (house == null ? "" : house) + ":" + addressToken);
            }
        }
        if (pg != null && pf != null) {
            keys.add("nn:" + (pg.compareTo(pf) < 0 ? pg + ":" + pf : pf + ":" + pg));
        }
        return keys;
    }
}
