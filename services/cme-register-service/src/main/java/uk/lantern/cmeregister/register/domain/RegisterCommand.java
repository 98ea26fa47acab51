package uk.lantern.cmeregister.register.domain;

import java.time.LocalDate;

/** What schools and CME officers ask of the register. */
public sealed interface RegisterCommand {

    record Notify(Child child, School school, NotificationGround ground, DeletionGround deletionGround, LocalDate date,
                  Professional notifiedBy) implements RegisterCommand {
    }

    record LogEnquiry(LocalDate madeOn, EnquiryCheck check, Boolean whereaboutsFound, String notes, Professional madeBy)
            implements RegisterCommand {
    }

    record RecordAlternativeProvision(String provider, Double hoursPerWeek, LocalDate startedOn, Professional recordedBy)
            implements RegisterCommand {
    }

    record RemoveFromRegister(Outcome outcome, School school, String reason, LocalDate removedOn, Professional removedBy)
            implements RegisterCommand {
    }
}
