package uk.lantern.mace.common.domain;

/** The child's allocated social worker and team: whom the panel's outcome is addressed to. */
public record AllocatedWorker(String name, String team) {

    public AllocatedWorker {
        Checks.text("allocatedWorker.team", team, 200);
        if (name != null && (name.isBlank() || name.length() > 200)) {
            throw new MaceRuleViolation("allocatedWorker.name", "must be 1 to 200 characters when given");
        }
        team = team.strip();
        name = name == null ? null : name.strip();
    }

    public String words() {
        return (name == null ? "the allocated social worker" : name) + ", " + team;
    }
}
