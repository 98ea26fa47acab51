package uk.lantern.correlation.analyst;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import uk.lantern.schemas.Ethnicity;
import uk.lantern.schemas.Subject;

/** A child as a source holds it, with every direct identifier the analyst feed must never carry. */
public record Child(String localAuthorityId, String nhsNumber, String upn, String policeId, String givenName,
             String familyName, LocalDate dateOfBirth, Subject.Sex sex, String postcode) {

    public static Child jade() {
        return new Child("PCC-4471823", "9434765919", "H801200001001", "PN-20-55123", "Jade", "Whitlock",
                LocalDate.parse("2011-05-14"), Subject.Sex.FEMALE, "PE1 4LZ");
    }

    /** The ethnicity every sample subject states (DfE code): never on the analyst feed. */
    public static final Ethnicity ETHNICITY = Ethnicity.MWBC;

    public Subject subject() {
        return new Subject(localAuthorityId, nhsNumber, upn, policeId, givenName, familyName, dateOfBirth, sex,
                postcode, ETHNICITY);
    }

    String fullName() {
        return givenName + " " + familyName;
    }

    String nhsNumberSpaced() {
        return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }

    String dateOfBirthWritten() {
        return dateOfBirth.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** Everything about the child in one line, as a professional might type it into a free-text field. */
    String everything() {
        return fullName() + " (" + givenName + "'s DOB " + dateOfBirth + ", " + dateOfBirthWritten() + "), NHS "
                + nhsNumberSpaced() + ", UPN " + upn + ", LA " + localAuthorityId + ", police " + policeId
                + ", of 14 Elm Road " + postcode;
    }

    /** What must not appear anywhere in the feed, in every form looked for (compared case-insensitively). */
    List<String> directIdentifiers() {
        return List.of(givenName, familyName, nhsNumber, nhsNumberSpaced(), upn, localAuthorityId, policeId,
                postcode, postcode.replace(" ", ""), dateOfBirth.toString(), dateOfBirthWritten());
    }
}
