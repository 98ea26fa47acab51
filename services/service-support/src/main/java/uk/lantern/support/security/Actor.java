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

    /**
     * The person a request body names as acting ({@code by}, {@code reviewer}...), which may be left out but, if
     * given, must be the signed-in person: the record says who acted from the token, never from the body.
     */
    public String confirm(String named, String field) {
        if (named != null && !named.isBlank() && !named.strip().equals(subject)) {
            throw new uk.lantern.support.problems.InvalidRequestParameter(field,
                    "must be left out or be the signed-in person (" + subject + "); who acts comes from the sign-in");
        }
        return subject;
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
