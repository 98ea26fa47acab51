package uk.lantern.support.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles a signed-in person holds, as the OpenID provider puts them in the token's {@code roles} claim. What each
 * may do is in {@code shared-schemas/access-matrix.md}; each service enforces its part and a test holds the two
 * together.
 */
public enum Role {
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

    Role(String claim, String description) {
        this.claim = claim;
        this.description = description;
    }

    /** The value in the token's {@code roles} claim, e.g. {@code police-recorder}. */
    public String claim() {
        return claim;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority for the role: {@code ROLE_police-recorder}. */
    public String authority() {
        return "ROLE_" + claim;
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}
