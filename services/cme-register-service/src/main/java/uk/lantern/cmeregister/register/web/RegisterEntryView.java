package uk.lantern.cmeregister.register.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.lantern.cmeregister.register.application.StoredEntry;
import uk.lantern.cmeregister.register.domain.AlternativeProvision;
import uk.lantern.cmeregister.register.domain.Child;
import uk.lantern.cmeregister.register.domain.Enquiry;
import uk.lantern.cmeregister.register.domain.EntryStatus;
import uk.lantern.cmeregister.register.domain.Notification;
import uk.lantern.cmeregister.register.domain.NotificationGround;
import uk.lantern.cmeregister.register.domain.RegisterEntry;
import uk.lantern.cmeregister.register.domain.RegisterPolicy;
import uk.lantern.cmeregister.register.domain.Removal;

/**
 * An entry as CME officers read it. {@code version} is also sent as the ETag; send it back in If-Match.
 * {@code whereaboutsUnknownRemovalFrom} is the first day the entry may be closed as whereabouts unknown.
 */
record RegisterEntryView(
        String id,
        Long version,
        EntryStatus status,
        Child pupil,
        NotificationGround ground,
        LocalDate onRegisterSince,
        long daysOnRegister,
        List<Notification> notifications,
        List<Enquiry> enquiries,
        LocalDate lastEnquiryOn,
        List<LocalDate> nationalDataChecks,
        LocalDate whereaboutsUnknownRemovalFrom,
        List<AlternativeProvision> alternativeProvision,
        Removal removal) {

    static RegisterEntryView of(StoredEntry stored, RegisterPolicy policy, LocalDate today) {
        return of(stored.entry(), stored.version(), policy, today);
    }

    static RegisterEntryView of(RegisterEntry e, Long version, RegisterPolicy policy, LocalDate today) {
        LocalDate until = e.removal() == null ? today : e.removal().removedOn();
        LocalDate lastEnquiry = e.enquiries().stream().map(Enquiry::madeOn).max(LocalDate::compareTo).orElse(null);
        return new RegisterEntryView(e.id().value(), version, e.status(), e.child(), e.ground(), e.onRegisterSince(),
                Math.max(0, ChronoUnit.DAYS.between(e.onRegisterSince(), until)), e.notifications(), e.enquiries(),
                lastEnquiry, e.nationalDataChecks(), e.whereaboutsUnknownRemovalFrom(policy), e.alternativeProvision(),
                e.removal());
    }
}
