package uk.lantern.returninterview.interview.domain;

/** Who offered, interviewed, decided or closed. */
public record Professional(String name, String role, String organisation) {

    public Professional {
        if (name == null || name.isBlank()) {
            throw new CaseRuleViolation("name", "required: who did this");
        }
    }
}
