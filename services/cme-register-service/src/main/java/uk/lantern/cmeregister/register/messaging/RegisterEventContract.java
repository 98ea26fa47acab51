package uk.lantern.cmeregister.register.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.lantern.cmeregister.register.domain.Child;
import uk.lantern.cmeregister.register.domain.Notification;
import uk.lantern.cmeregister.register.domain.Professional;
import uk.lantern.cmeregister.register.domain.RegisterEntry;
import uk.lantern.cmeregister.register.domain.RegisterEvent;
import uk.lantern.cmeregister.register.domain.School;
import uk.lantern.cmeregister.retention.domain.Erasure;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Ethnicity;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.cmeregister.AlternativeProvisionRecorded;
import uk.lantern.schemas.cmeregister.ChildAddedToRegister;
import uk.lantern.schemas.cmeregister.ChildRemovedFromRegister;
import uk.lantern.schemas.cmeregister.CmeRegisterEventTypes;
import uk.lantern.schemas.cmeregister.CmeRegisterTopics;
import uk.lantern.schemas.cmeregister.DeletionGround;
import uk.lantern.schemas.cmeregister.EnquiryLogged;
import uk.lantern.schemas.cmeregister.NotificationGround;
import uk.lantern.schemas.cmeregister.NotificationRecorded;
import uk.lantern.schemas.cmeregister.RegisterEntryErased;
import uk.lantern.support.outbox.OutboxEntry;

/** Maps the register's events onto the published contract (shared-schemas) and encodes them for the outbox. */
@Component
public class RegisterEventContract {

    public static final String SOURCE = "cme-register-service";

    private final EventCodec codec = new EventCodec();

    public List<OutboxEntry> outboxEntries(RegisterEntry entry, List<RegisterEvent> events, Instant recordedAt) {
        return events.stream().map(event -> outboxEntry(entry, event, recordedAt)).toList();
    }

    /**
     * The erasure, under the key every event of the entry had (so it is read after them, on their partition), with
     * an empty subject: it tells readers to forget the entry and carries nothing of the child.
     */
    public OutboxEntry erasureEntry(RegisterEntry entry, Erasure erasure) {
        Envelope<RegisterEntryErased> envelope = Envelope.of(CmeRegisterEventTypes.REGISTER_ENTRY_ERASED,
                erasure.eventId(), erasure.erasedAt(), erasure.erasedAt(), SOURCE, Subject.empty(),
                new RegisterEntryErased(erasure.entryId().value(), erasure.erasedAt(),
                        RegisterEntryErased.Reason.valueOf(erasure.reason().name())));
        return new OutboxEntry(envelope.eventId().toString(), envelope.eventType(),
                CmeRegisterTopics.CME_REGISTER.name(), key(entry),
                new String(codec.encode(envelope), StandardCharsets.UTF_8), erasure.erasedAt());
    }

    private OutboxEntry outboxEntry(RegisterEntry entry, RegisterEvent event, Instant recordedAt) {
        Envelope<?> envelope = envelope(entry, event, recordedAt);
        return new OutboxEntry(envelope.eventId().toString(), envelope.eventType(), CmeRegisterTopics.CME_REGISTER.name(),
                key(entry), new String(codec.encode(envelope), StandardCharsets.UTF_8), recordedAt);
    }

    /** Every event of one entry has the same key: its child's strongest identifier when the child joined. */
    static String key(RegisterEntry entry) {
        return subject(entry.child()).partitionKey().orElse("cme:" + entry.id().value());
    }

    Envelope<?> envelope(RegisterEntry entry, RegisterEvent event, Instant recordedAt) {
        Subject subject = subject(entry.child());
        String id = event.entryId().value();
        if (event instanceof RegisterEvent.ChildAddedToRegister e) {
            Notification n = e.notification();
            return Envelope.of(CmeRegisterEventTypes.CHILD_ADDED_TO_REGISTER, e.eventId(), e.occurredAt(), recordedAt,
                    SOURCE, subject, new ChildAddedToRegister(id, school(n.school()), ground(n), deletionGround(n),
                            n.date(), professional(n.notifiedBy())));
        }
        if (event instanceof RegisterEvent.NotificationRecorded e) {
            Notification n = e.notification();
            return Envelope.of(CmeRegisterEventTypes.NOTIFICATION_RECORDED, e.eventId(), e.occurredAt(), recordedAt,
                    SOURCE, subject, new NotificationRecorded(id, school(n.school()), ground(n), deletionGround(n),
                            n.date(), professional(n.notifiedBy())));
        }
        if (event instanceof RegisterEvent.EnquiryLogged e) {
            return Envelope.of(CmeRegisterEventTypes.ENQUIRY_LOGGED, e.eventId(), e.occurredAt(), recordedAt, SOURCE,
                    subject, new EnquiryLogged(id, e.enquiry().madeOn(),
                            EnquiryLogged.Check.valueOf(e.enquiry().check().name()), e.enquiry().whereaboutsFound(),
                            null, // the notes stay, encrypted, with the entry: no consumer needs them
                            professional(e.enquiry().madeBy())));
        }
        if (event instanceof RegisterEvent.AlternativeProvisionRecorded e) {
            var p = e.provision();
            return Envelope.of(CmeRegisterEventTypes.ALTERNATIVE_PROVISION_RECORDED, e.eventId(), e.occurredAt(),
                    recordedAt, SOURCE, subject, new AlternativeProvisionRecorded(id, p.provider(), p.hoursPerWeek(),
                            p.startedOn(), p.thresholdHours(), p.belowThreshold(), professional(p.recordedBy())));
        }
        if (event instanceof RegisterEvent.ChildRemovedFromRegister e) {
            var r = e.removal();
            return Envelope.of(CmeRegisterEventTypes.CHILD_REMOVED_FROM_REGISTER, e.eventId(), e.occurredAt(),
                    recordedAt, SOURCE, subject, new ChildRemovedFromRegister(id,
                            ChildRemovedFromRegister.Outcome.valueOf(r.outcome().name()),
                            r.school() == null ? null : school(r.school()),
                            null, // v2: an OTHER outcome's reason stays, encrypted, with the entry; no consumer needs it
                            r.removedOn(), professional(r.removedBy()), e.onRegisterSince()));
        }
        throw new IllegalArgumentException("no contract for " + event.getClass().getSimpleName());
    }

    static Subject subject(Child child) {
        return new Subject(child.localAuthorityPersonId(), child.nhsNumber(), child.upn(), child.policePersonId(),
                child.givenName(), child.familyName(), child.dateOfBirth(),
                child.sex() == null ? null : Subject.Sex.valueOf(child.sex().name()), child.postcode(),
                child.ethnicity() == null ? null : Ethnicity.valueOf(child.ethnicity().name()));
    }

    private static uk.lantern.schemas.cmeregister.School school(School school) {
        return new uk.lantern.schemas.cmeregister.School(school.urn(), school.name());
    }

    private static NotificationGround ground(Notification n) {
        return NotificationGround.valueOf(n.ground().name());
    }

    private static DeletionGround deletionGround(Notification n) {
        return n.deletionGround() == null ? null : DeletionGround.valueOf(n.deletionGround().name());
    }

    private static uk.lantern.schemas.Professional professional(Professional p) {
        return new uk.lantern.schemas.Professional(p.name(), p.role(), p.organisation());
    }
}
