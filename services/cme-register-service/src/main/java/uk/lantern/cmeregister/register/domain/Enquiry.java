package uk.lantern.cmeregister.register.domain;

import java.time.LocalDate;

/** An enquiry the authority made about where the child is. */
public record Enquiry(LocalDate madeOn, EnquiryCheck check, boolean whereaboutsFound, String notes, Professional madeBy) {
}
