package uk.lantern.schemas.cmeregister;

import uk.lantern.schemas.EventData;

/** The payloads published on {@code lantern.cme-register.v1}. */
public sealed interface CmeRegisterEvent extends EventData
        permits ChildAddedToRegister, NotificationRecorded, EnquiryLogged, AlternativeProvisionRecorded,
        ChildRemovedFromRegister, RegisterEntryErased {

    String entryId();
}
