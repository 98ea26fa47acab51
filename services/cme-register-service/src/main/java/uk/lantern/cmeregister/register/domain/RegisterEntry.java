package uk.lantern.cmeregister.register.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.lantern.cmeregister.register.domain.RegisterCommand.LogEnquiry;
import uk.lantern.cmeregister.register.domain.RegisterCommand.Notify;
import uk.lantern.cmeregister.register.domain.RegisterCommand.RecordAlternativeProvision;
import uk.lantern.cmeregister.register.domain.RegisterCommand.RemoveFromRegister;

/**
 * One child's time on the children-missing-education register: joined on a school's notification, enquiries logged,
 * left only with an outcome. Immutable: each command returns the entry after it and the events it caused, which the
 * application stores together.
 */
public record RegisterEntry(
        EntryId id,
        Child child,
        EntryStatus status,
        LocalDate onRegisterSince,
        List<Notification> notifications,
        List<Enquiry> enquiries,
        List<AlternativeProvision> alternativeProvision,
        Removal removal) {

    public RegisterEntry {
        notifications = List.copyOf(notifications);
        enquiries = List.copyOf(enquiries);
        alternativeProvision = List.copyOf(alternativeProvision);
    }

    /** The entry after a command, and what the command caused. */
    public record Change(RegisterEntry entry, List<RegisterEvent> events) {
        public Change {
            events = List.copyOf(events);
        }
    }

    /** A child joins the register on a notification; the register counts their time from its date. */
    public static Change add(EntryId id, Notify command, LocalDate today, EventIds ids) {
        require(command.child(), "pupil");
        Notification notification = checked(command, today);
        RegisterEntry entry = new RegisterEntry(id, command.child(), EntryStatus.ON_REGISTER, notification.date(),
                List.of(notification), List.of(), List.of(), null);
        return new Change(entry, List.of(
                new RegisterEvent.ChildAddedToRegister(ids.next(), id, startOf(notification.date()), notification)));
    }

    /** A further notification for a child already on the register is kept on this entry, not a second one. */
    public Change recordNotification(Notify command, LocalDate today, EventIds ids) {
        Notification notification = checked(command, today);
        mustBeOnRegister("the child has left the register: a new notification starts a new entry");
        if (notifications.stream().anyMatch(n -> sameNotification(n, notification))) {
            return new Change(this, List.of());
        }
        List<Notification> all = new ArrayList<>(notifications);
        all.add(notification);
        RegisterEntry after = new RegisterEntry(id, child, status, onRegisterSince, all, enquiries,
                alternativeProvision, removal);
        return new Change(after, List.of(
                new RegisterEvent.NotificationRecorded(ids.next(), id, startOf(notification.date()), notification)));
    }

    public Change logEnquiry(LogEnquiry command, LocalDate today, EventIds ids) {
        require(command.madeOn(), "madeOn");
        require(command.check(), "check");
        require(command.whereaboutsFound(), "whereaboutsFound");
        require(command.madeBy(), "madeBy");
        notInFuture(command.madeOn(), today, "madeOn");
        mustBeOnRegister("the child has left the register: enquiries are logged only while on it");
        Enquiry enquiry = new Enquiry(command.madeOn(), command.check(), command.whereaboutsFound(),
                blankToNull(command.notes()), command.madeBy());
        List<Enquiry> all = new ArrayList<>(enquiries);
        all.add(enquiry);
        RegisterEntry after = new RegisterEntry(id, child, status, onRegisterSince, notifications, all,
                alternativeProvision, removal);
        return new Change(after, List.of(new RegisterEvent.EnquiryLogged(ids.next(), id, startOf(enquiry.madeOn()), enquiry)));
    }

    /** Hours a week below the policy's minimum are flagged on the event, with the minimum that was applied. */
    public Change recordAlternativeProvision(RecordAlternativeProvision command, RegisterPolicy policy, EventIds ids) {
        if (command.provider() == null || command.provider().isBlank()) {
            throw new RegisterRuleViolation("provider", "required: who provides the alternative provision");
        }
        require(command.hoursPerWeek(), "hoursPerWeek");
        require(command.startedOn(), "startedOn");
        require(command.recordedBy(), "recordedBy");
        if (command.hoursPerWeek() < 0 || command.hoursPerWeek() > 168 || command.hoursPerWeek().isNaN()) {
            throw new RegisterRuleViolation("hoursPerWeek", "must be between 0 and 168");
        }
        mustBeOnRegister("the child has left the register");
        double threshold = policy.alternativeProvisionMinimumHours();
        AlternativeProvision provision = new AlternativeProvision(command.provider().trim(), command.hoursPerWeek(),
                command.startedOn(), threshold, command.hoursPerWeek() < threshold, command.recordedBy());
        List<AlternativeProvision> all = new ArrayList<>(alternativeProvision);
        all.add(provision);
        RegisterEntry after = new RegisterEntry(id, child, status, onRegisterSince, notifications, enquiries, all,
                removal);
        return new Change(after, List.of(new RegisterEvent.AlternativeProvisionRecorded(ids.next(), id,
                startOf(provision.startedOn()), provision)));
    }

    /**
     * A child leaves only with an outcome: on roll elsewhere names the school, other gives a reason, and whereabouts
     * unknown needs a national-data check and the full retention period on the register.
     */
    public Change remove(RemoveFromRegister command, RegisterPolicy policy, LocalDate today, EventIds ids) {
        require(command.outcome(), "outcome");
        require(command.removedBy(), "removedBy");
        LocalDate removedOn = command.removedOn() == null ? today : command.removedOn();
        notInFuture(removedOn, today, "removedOn");
        if (removedOn.isBefore(onRegisterSince)) {
            throw new RegisterRuleViolation("removedOn", "is before the child joined the register (" + onRegisterSince + ")");
        }
        Outcome outcome = command.outcome();
        if (outcome == Outcome.ON_ROLL_ELSEWHERE && command.school() == null) {
            throw new RegisterRuleViolation("school", "required when the child is on roll elsewhere: which school");
        }
        if (outcome != Outcome.ON_ROLL_ELSEWHERE && command.school() != null) {
            throw new RegisterRuleViolation("school", "only for ON_ROLL_ELSEWHERE");
        }
        String reason = blankToNull(command.reason());
        if (outcome == Outcome.OTHER && reason == null) {
            throw new RegisterRuleViolation("reason", "required when the outcome is OTHER");
        }
        mustBeOnRegister("the child has already left the register");
        if (outcome == Outcome.WHEREABOUTS_UNKNOWN_RETENTION_ENDED) {
            if (nationalDataChecks().isEmpty()) {
                throw new RegisterRuleViolation("outcome",
                        "whereabouts unknown: check national data (a NATIONAL_DATA enquiry) before closing");
            }
            LocalDate from = whereaboutsUnknownRemovalFrom(policy);
            if (removedOn.isBefore(from)) {
                throw new RegisterRuleViolation("outcome", "whereabouts unknown: the child stays on the register until "
                        + from + " (" + policy.whereaboutsUnknownRetention() + " after joining)");
            }
        }
        Removal done = new Removal(outcome, command.school(), reason, removedOn, command.removedBy());
        RegisterEntry after = new RegisterEntry(id, child, EntryStatus.REMOVED, onRegisterSince, notifications,
                enquiries, alternativeProvision, done);
        return new Change(after, List.of(
                new RegisterEvent.ChildRemovedFromRegister(ids.next(), id, startOf(removedOn), done, onRegisterSince)));
    }

    /** The ground the child joined on. */
    public NotificationGround ground() {
        return notifications.get(0).ground();
    }

    /** The dates national data (lost pupils, school to school) was checked. */
    public List<LocalDate> nationalDataChecks() {
        return enquiries.stream().filter(e -> e.check() == EnquiryCheck.NATIONAL_DATA).map(Enquiry::madeOn).sorted().toList();
    }

    /** The first day the entry may be closed as whereabouts unknown: the retention period after joining. */
    public LocalDate whereaboutsUnknownRemovalFrom(RegisterPolicy policy) {
        return onRegisterSince.plus(policy.whereaboutsUnknownRetention());
    }

    private static Notification checked(Notify command, LocalDate today) {
        require(command.school(), "school");
        require(command.ground(), "ground");
        require(command.date(), "date");
        require(command.notifiedBy(), "notifiedBy");
        if (command.ground() == NotificationGround.DELETED_FROM_ROLL && command.deletionGround() == null) {
            throw new RegisterRuleViolation("deletionGround", "required when the pupil was deleted from the roll");
        }
        if (command.ground() != NotificationGround.DELETED_FROM_ROLL && command.deletionGround() != null) {
            throw new RegisterRuleViolation("deletionGround", "only for DELETED_FROM_ROLL");
        }
        notInFuture(command.date(), today, "date");
        return new Notification(command.school(), command.ground(), command.deletionGround(), command.date(),
                command.notifiedBy());
    }

    /** The same school notifying the same ground on the same date is one notification, sent twice. */
    private static boolean sameNotification(Notification a, Notification b) {
        return a.school().urn().equals(b.school().urn()) && a.ground() == b.ground() && a.date().equals(b.date());
    }

    private void mustBeOnRegister(String otherwise) {
        if (status != EntryStatus.ON_REGISTER) {
            throw new RegisterStateConflict(otherwise);
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new RegisterRuleViolation(field, "required");
        }
    }

    private static void notInFuture(LocalDate date, LocalDate today, String field) {
        if (date.isAfter(today)) {
            throw new RegisterRuleViolation(field, "is in the future");
        }
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
