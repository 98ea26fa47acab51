package uk.lantern.console.signin;

import java.util.List;
import java.util.Set;

/**
 * The signed-in person as the console shows them: name, organisation and roles, all from the OpenID provider's ID
 * token, never from anything the browser sends.
 */
public record Person(String username, String name, String organisationName, Set<ConsoleRole> roles) {

    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean has(ConsoleRole role) {
        return roles.contains(role);
    }

    public boolean hasAny(ConsoleRole... any) {
        return List.of(any).stream().anyMatch(roles::contains);
    }

    /** "Missing from home and care coordinator", or several joined, for the page header. */
    public String roleNames() {
        return String.join(", ", roles.stream().sorted().map(ConsoleRole::description).toList());
    }
}
