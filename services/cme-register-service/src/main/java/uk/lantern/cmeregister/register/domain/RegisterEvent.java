package uk.lantern.cmeregister.register.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What happened to an entry. Each event has its own id, fixed when it is decided and kept when it is re-sent. */
public sealed interface RegisterEvent {

    UUID eventId();

    EntryId entryId();

    /** The start of the day it happened, as recorded: schools and officers record dates, not times. */
    Instant occurredAt();

    record ChildAddedToRegister(UUID eventId, EntryId entryId, Instant occurredAt, Notification notification)
            implements RegisterEvent {
    }

    /** A further notification for a child already on the register. */
    record NotificationRecorded(UUID eventId, EntryId entryId, Instant occurredAt, Notification notification)
            implements RegisterEvent {
    }

    record EnquiryLogged(UUID eventId, EntryId entryId, Instant occurredAt, Enquiry enquiry) implements RegisterEvent {
    }

    record AlternativeProvisionRecorded(UUID eventId, EntryId entryId, Instant occurredAt, AlternativeProvision provision)
            implements RegisterEvent {
    }

    record ChildRemovedFromRegister(UUID eventId, EntryId entryId, Instant occurredAt, Removal removal,
                                    LocalDate onRegisterSince) implements RegisterEvent {
    }
}
