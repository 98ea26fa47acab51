package uk.lantern.correlation.stream;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.schemas.Subject;

/**
 * What a source holds about a child, as a record for identity resolution. The record id names the source, the
 * source's own key for the child, and a fingerprint of the details: the same details from the same source resolve
 * once; changed details (a corrected name, a new identifier) are a new record, resolved against everything known.
 */
public final class SourceRecords {

    private SourceRecords() {
    }

    public static String recordId(String source, String sourceKey, Subject subject) {
        return source + "|" + (sourceKey == null ? "-" : sourceKey) + "|" + fingerprint(subject);
    }

    static PersonRecord personRecord(String recordId, Subject s) {
        return PersonRecord.builder(recordId)
                .localAuthorityId(s.localAuthorityPersonId())
                .nhsNumber(s.nhsNumber())
                .upn(s.upn())
                .policeId(s.policePersonId())
                .givenName(s.givenName())
                .familyName(s.familyName())
                .dateOfBirth(s.dateOfBirth() == null ? null : s.dateOfBirth().toString())
                .sex(sex(s.sex()))
                .postcode(s.postcode())
                .build();
    }

    private static PersonRecord.Sex sex(Subject.Sex sex) {
        if (sex == null || sex == Subject.Sex.UNKNOWN) {
            return null;
        }
        return PersonRecord.Sex.valueOf(sex.name());
    }

    private static String fingerprint(Subject s) {
        String text = Stream.of(s.localAuthorityPersonId(), s.nhsNumber(), s.upn(), s.policePersonId(),
                        s.givenName(), s.familyName(), s.dateOfBirth(), s.sex(), s.postcode())
                .map(v -> v == null ? "" : Objects.toString(v).strip().toUpperCase())
                .collect(Collectors.joining("\u001f"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
