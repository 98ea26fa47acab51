package uk.lantern.support.security;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in person acting on a request, taken from the token and never from the request body.
 *
 * @param subject      the token's {@code sub}: the person's user name at the OpenID provider
 * @param name         the person's name as the provider gives it ({@code name}), for records people read
 * @param organisation the organisation the person works for ({@code organisation}), e.g. {@code eastshire-police}
 * @param roles        the person's roles ({@code roles}); unknown role names are dropped
 */
public record Actor(String subject, String name, String organisation, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        name = name == null || name.isBlank() ? subject : name;
        organisation = organisation == null ? "" : organisation;
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
