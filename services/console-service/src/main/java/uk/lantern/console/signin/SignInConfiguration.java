package uk.lantern.console.signin;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in through Lantern's OpenID provider (authorization code with PKCE, the {@code lantern-console} public client).
 * Deny by default: every page needs a signed-in person; only the styles, scripts and health are open. The person's
 * roles come from the ID token's {@code roles} claim. Signing out ends the provider's session too.
 */
@Configuration
@EnableWebSecurity
class SignInConfiguration {

    @Bean
    SecurityFilterChain console(HttpSecurity http, ClientRegistrationRepository registrations,
                                SignInSettings settings)
            throws Exception {
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/signed-out");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/assets/**", "/favicon.ico", "/signed-out", "/error",
                                "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(ConsoleRole.ADMINISTRATOR.authority())
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.userInfoEndpoint(info -> info.userAuthoritiesMapper(rolesFromToken())))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signIn()))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessHandler(signedOut))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' "
                                        + settings.issuer()))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Somebody not signed in is sent to the provider. A part of a page (an htmx request) asked for after the session
     * ended cannot follow that redirect inside the page, so it gets 401 and htmx reloads the whole page, which signs
     * in again and comes back.
     */
    static AuthenticationEntryPoint signIn() {
        AuthenticationEntryPoint provider = new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + ProviderRegistration.ID);
        return (request, response, refused) -> {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Refresh", "true");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                provider.commence(request, response, refused);
            }
        };
    }

    /** ROLE_ authorities from the ID token's {@code roles} claim, as the services read the access token's. */
    static GrantedAuthoritiesMapper rolesFromToken() {
        return (Collection<? extends GrantedAuthority> authorities) -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Object roles = oidc.getIdToken().getClaims().get("roles");
                    if (roles instanceof List<?> list) {
                        list.stream().map(String::valueOf).map(ConsoleRole::fromClaim)
                                .flatMap(java.util.Optional::stream)
                                .forEach(role -> mapped.add(new SimpleGrantedAuthority(role.authority())));
                    }
                }
            }
            return mapped;
        };
    }
}
