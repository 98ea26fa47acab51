package uk.lantern.cmeregister.register.domain;

/** Who recorded or decided something. */
public record Professional(String name, String role, String organisation) {

    public Professional {
        if (name == null || name.isBlank()) {
            throw new RegisterRuleViolation("name", "required: who recorded this");
        }
    }
}
