package uk.lantern.correlation.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One source's view of a person, as it arrived. Every field except {@code recordId} may be null. The record id names
 * the source record (for explanations and decisions); it is never used to decide a match.
 *
 * @param otherIds strong identifiers of other schemes (e.g. FEBRL's {@code soc_sec_id}), keyed by scheme name
 */
public record PersonRecord(
        String recordId,
        String localAuthorityId,
        String nhsNumber,
        String upn,
        String policeId,
        Map<String, String> otherIds,
        String givenName,
        String familyName,
        DateOfBirth dateOfBirth,
        Sex sex,
        String postcode,
        String addressLine) {

    public enum Sex { FEMALE, MALE, OTHER }

    public PersonRecord {
        Objects.requireNonNull(recordId, "recordId");
        otherIds = otherIds == null ? Map.of() : Map.copyOf(otherIds);
    }

    /** The strong identifiers this record carries, keyed by scheme (LA, NHS, UPN, POLICE, or an other-id name). */
    public Map<String, String> strongIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        put(ids, StrongIds.LOCAL_AUTHORITY, localAuthorityId);
        put(ids, StrongIds.NHS, nhsNumber);
        put(ids, StrongIds.UPN, upn);
        put(ids, StrongIds.POLICE, policeId);
        otherIds.forEach((scheme, value) -> put(ids, scheme, value));
        return ids;
    }

    private static void put(Map<String, String> ids, String scheme, String value) {
        String v = StrongIds.normalise(scheme, value);
        if (v != null) {
            ids.put(scheme, v);
        }
    }

    /** A copy without any strong identifier, as most Lantern sources would send it. */
    public PersonRecord withoutStrongIds() {
        return new PersonRecord(recordId, null, null, null, null, Map.of(), givenName, familyName, dateOfBirth, sex,
                postcode, addressLine);
    }

    public static Builder builder(String recordId) {
        return new Builder(recordId);
    }

    /** Test and adapter convenience. */
    public static final class Builder {
        private final String recordId;
        private String la, nhs, upn, police, given, family, postcode, address;
        private final Map<String, String> other = new LinkedHashMap<>();
        private DateOfBirth dob;
        private Sex sex;

        private Builder(String recordId) { this.recordId = recordId; }

        public Builder localAuthorityId(String v) { la = v; return this; }
        public Builder nhsNumber(String v) { nhs = v; return this; }
        public Builder upn(String v) { upn = v; return this; }
        public Builder policeId(String v) { police = v; return this; }
        public Builder otherId(String scheme, String v) { other.put(scheme, v); return this; }
        public Builder givenName(String v) { given = v; return this; }
        public Builder familyName(String v) { family = v; return this; }
        public Builder dateOfBirth(String v) { dob = DateOfBirth.parse(v); return this; }
        public Builder sex(Sex v) { sex = v; return this; }
        public Builder postcode(String v) { postcode = v; return this; }
        public Builder addressLine(String v) { address = v; return this; }

        public PersonRecord build() {
            return new PersonRecord(recordId, la, nhs, upn, police, other, given, family, dob, sex, postcode, address);
        }
    }
}
