package uk.lantern.reporting.ledger.domain;

import java.time.LocalDate;

/**
 * What an event said about the child that the statutory lists need: the local authority person id (the lists' child
 * id), sex, date of birth and ethnicity (a DfE code), and the key the source files the child under (its strongest
 * identifier, e.g. {@code la:123}), which stands for the child until the correlation service resolves the record.
 * Any of them may be unknown (null).
 */
public record ChildDetails(String localAuthorityPersonId, String sex, LocalDate dateOfBirth, String ethnicity,
                           String sourceKey) {

    public static final ChildDetails NONE = new ChildDetails(null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
