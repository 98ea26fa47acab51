package uk.lantern.schemas;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whatever identifiers and demographics a source holds for a child (schema: {@code schemas/common/subject.v1.json}).
 * Any field may be null: sources do not share one identifier. {@code ethnicity} (DfE codes) was added after the first
 * release: messages written before it, and sources that do not know it, leave it out.
 */
public record Subject(
        String localAuthorityPersonId,
        String nhsNumber,
        String upn,
        String policePersonId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Sex sex,
        String postcode,
        Ethnicity ethnicity) {

    public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }

    /** Without ethnicity (as every source wrote before it was added). */
    public Subject(String localAuthorityPersonId, String nhsNumber, String upn, String policePersonId, String givenName,
                   String familyName, LocalDate dateOfBirth, Sex sex, String postcode) {
        this(localAuthorityPersonId, nhsNumber, upn, policePersonId, givenName, familyName, dateOfBirth, sex, postcode,
                null);
    }

    /** No identifier and no demographics: for an event that must carry nothing of the child (an erasure). */
    public static Subject empty() {
        return new Subject(null, null, null, null, null, null, null, null, null);
    }

    public boolean hasStrongIdentifier() {
        return partitionKey().isPresent();
    }

    /**
     * The Kafka record key a source uses for this subject: its strongest identifier, in a fixed order
     * (local authority id, NHS number, UPN, police id), prefixed with its kind. Empty when the source holds
     * none; the source then keys by its own record id. It orders one child's events as the source knows them;
     * the correlation service re-keys by Lantern child id.
     */
    public Optional<String> partitionKey() {
        return Stream.of(
                        prefixed("la", localAuthorityPersonId),
                        prefixed("nhs", nhsNumber),
                        prefixed("upn", upn),
                        prefixed("police", policePersonId))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> prefixed(String kind, String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(kind + ":" + value.trim());
    }
}
