package uk.lantern.console.signin;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the token's {@code roles} claim, as the console uses them to choose what to offer. The console only
 * offers; each service behind it decides (shared-schemas/access-matrix.md).
 */
public enum ConsoleRole {
    POLICE_RECORDER("police-recorder", "Police recorder"),
    INTERVIEW_PROVIDER("interview-provider", "Return interview provider"),
    CME_OFFICER("cme-officer", "Children missing education officer"),
    EXPLOITATION_ASSESSOR("exploitation-assessor", "Exploitation assessor"),
    MISSING_COORDINATOR("missing-coordinator", "Missing from home and care coordinator"),
    MACE_MEMBER("mace-member", "MACE panel member"),
    POLICE_ANALYST("police-analyst", "Police analyst"),
    MANAGER("manager", "Manager"),
    ADMINISTRATOR("administrator", "Administrator");

    private final String claim;
    private final String description;

    ConsoleRole(String claim, String description) {
        this.claim = claim;
        this.description = description;
    }

    public String claim() {
        return claim;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority, {@code ROLE_missing-coordinator}, as the services name it too. */
    public String authority() {
        return "ROLE_" + claim;
    }

    public static Optional<ConsoleRole> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }

    public static Optional<ConsoleRole> fromAuthority(String authority) {
        return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst();
    }
}
