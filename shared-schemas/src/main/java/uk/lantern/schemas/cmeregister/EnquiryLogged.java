package uk.lantern.schemas.cmeregister;

import java.time.LocalDate;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/cme-register/enquiry-logged.v1.json}. */
public record EnquiryLogged(String entryId, LocalDate madeOn, Check check, boolean whereaboutsFound, String notes,
                            Professional madeBy) implements CmeRegisterEvent {

    /** What was checked. NATIONAL_DATA: the DfE lost-pupils / school-to-school database. */
    public enum Check { SCHOOL_CONTACT, HOME_VISIT, HEALTH, POLICE, NATIONAL_DATA, OTHER }
}
