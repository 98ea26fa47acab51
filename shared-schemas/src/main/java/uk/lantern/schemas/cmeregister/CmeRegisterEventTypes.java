package uk.lantern.schemas.cmeregister;

import java.util.List;
import uk.lantern.schemas.EventType;

/** Every event type on the CME register topic, at every schema version still published or readable. */
public final class CmeRegisterEventTypes {

    private static final String SCHEMAS = "schemas/cme-register/";

    public static final EventType<ChildAddedToRegister> CHILD_ADDED_TO_REGISTER = new EventType<>(
            "ChildAddedToRegister", 1, ChildAddedToRegister.class, SCHEMAS + "child-added-to-register.v1.json");
    public static final EventType<NotificationRecorded> NOTIFICATION_RECORDED = new EventType<>(
            "NotificationRecorded", 1, NotificationRecorded.class, SCHEMAS + "notification-recorded.v1.json");
    public static final EventType<EnquiryLogged> ENQUIRY_LOGGED = new EventType<>(
            "EnquiryLogged", 1, EnquiryLogged.class, SCHEMAS + "enquiry-logged.v1.json");
    public static final EventType<AlternativeProvisionRecorded> ALTERNATIVE_PROVISION_RECORDED = new EventType<>(
            "AlternativeProvisionRecorded", 1, AlternativeProvisionRecorded.class,
            SCHEMAS + "alternative-provision-recorded.v1.json");
    /** Published from cme-register-service 0.4: an OTHER outcome without its reason (kept encrypted with the entry). */
    public static final EventType<ChildRemovedFromRegister> CHILD_REMOVED_FROM_REGISTER = new EventType<>(
            "ChildRemovedFromRegister", 2, ChildRemovedFromRegister.class, SCHEMAS + "child-removed-from-register.v2.json");
    /** Published before 0.4, with an OTHER outcome's reason; still on the topic, so still read. */
    public static final EventType<ChildRemovedFromRegister> CHILD_REMOVED_FROM_REGISTER_V1 = new EventType<>(
            "ChildRemovedFromRegister", 1, ChildRemovedFromRegister.class, SCHEMAS + "child-removed-from-register.v1.json");
    public static final EventType<RegisterEntryErased> REGISTER_ENTRY_ERASED = new EventType<>(
            "RegisterEntryErased", 1, RegisterEntryErased.class, SCHEMAS + "register-entry-erased.v1.json");

    public static final List<EventType<? extends CmeRegisterEvent>> ALL = List.of(CHILD_ADDED_TO_REGISTER,
            NOTIFICATION_RECORDED, ENQUIRY_LOGGED, ALTERNATIVE_PROVISION_RECORDED, CHILD_REMOVED_FROM_REGISTER,
            CHILD_REMOVED_FROM_REGISTER_V1, REGISTER_ENTRY_ERASED);

    private CmeRegisterEventTypes() {
    }
}
