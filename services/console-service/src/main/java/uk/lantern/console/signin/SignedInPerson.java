package uk.lantern.console.signin;

import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in {@link Person} on every page's model as {@code person} (absent when nobody is signed in). */
@ControllerAdvice
class SignedInPerson {

    @ModelAttribute("person")
    Person person(Authentication authentication) {
        return of(authentication);
    }

    static Person of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
        String organisation = user.getClaimAsString("organisation_name");
        return new Person(user.getPreferredUsername(), name, organisation == null ? "" : organisation,
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .map(ConsoleRole::fromAuthority).flatMap(java.util.Optional::stream)
                        .collect(Collectors.toSet()));
    }
}
