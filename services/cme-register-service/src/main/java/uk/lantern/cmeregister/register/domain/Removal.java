package uk.lantern.cmeregister.register.domain;

import java.time.LocalDate;

/** How the child left the register: the outcome, the school (on roll elsewhere) or reason (other), when and who. */
public record Removal(Outcome outcome, School school, String reason, LocalDate removedOn, Professional removedBy) {
}
