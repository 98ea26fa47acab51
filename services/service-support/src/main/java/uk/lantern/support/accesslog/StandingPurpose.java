package uk.lantern.support.accesslog;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.lantern.support.security.Role;

/**
 * Why a person of a role reads children's records when they state no purpose of their own ({@code Lantern-Purpose}):
 * the reason the role is given access in {@code shared-schemas/access-matrix.md}.
 */
final class StandingPurpose {

    private static final Map<Role, String> PURPOSES = new EnumMap<>(Map.of(
            Role.POLICE_RECORDER, "Recording and managing missing person episodes (police)",
            Role.INTERVIEW_PROVIDER, "Offering and holding return home interviews",
            Role.CME_OFFICER, "Finding and tracking children missing education",
            Role.EXPLOITATION_ASSESSOR, "Assessing the risk of child exploitation",
            Role.MISSING_COORDINATOR, "Coordinating the response to children missing from home and care",
            Role.MACE_MEMBER, "Multi-agency child exploitation (MACE) panel work",
            Role.POLICE_ANALYST, "Pseudonymised analysis of patterns and figures",
            Role.MANAGER, "Oversight of access to children's records",
            Role.ADMINISTRATOR, "Administering the service"));

    static String of(Set<Role> roles) {
        String purposes = roles.stream().sorted().map(PURPOSES::get).collect(Collectors.joining("; "));
        return purposes.isEmpty() ? "No standing purpose (no role)" : purposes;
    }

    private StandingPurpose() {
    }
}
