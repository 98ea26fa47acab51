package uk.lantern.support.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The signed-in person of the current request, from the verified token. */
public final class CurrentActor {

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(from(token.getToken()));
        }
        return Optional.empty();
    }

    /** The actor, for code that only runs behind the access rules. */
    public static Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in person on this request"));
    }

    static Actor from(Jwt jwt) {
        return new Actor(jwt.getSubject(), jwt.getClaimAsString("name"), jwt.getClaimAsString("organisation"),
                roles(jwt));
    }

    static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object claim = jwt.getClaims().get("roles");
        if (claim instanceof List<?> list) {
            for (Object value : list) {
                Role.fromClaim(String.valueOf(value)).ifPresent(roles::add);
            }
        }
        // Keycloak puts realm roles under realm_access.roles
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof java.util.Map<?, ?> map && map.get("roles") instanceof List<?> list) {
            for (Object value : list) {
                Role.fromClaim(String.valueOf(value)).ifPresent(roles::add);
            }
        }
        return roles;
    }

    private CurrentActor() {
    }
}
