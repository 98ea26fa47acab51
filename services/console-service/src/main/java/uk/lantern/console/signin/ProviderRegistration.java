package uk.lantern.console.signin;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The console's one client registration, {@code lantern}. Usually read from the provider's OpenID metadata at the
 * issuer; where the console cannot reach the issuer's own address (a container network), the endpoints are the
 * provider's standard paths (Keycloak's), the browser's at the issuer and the console's at the internal address.
 */
@Configuration
class ProviderRegistration {

    static final String ID = "lantern";

    @Bean
    ClientRegistrationRepository clientRegistrations(SignInSettings settings) {
        ClientRegistration.Builder builder;
        if (settings.internal() == null) {
            builder = ClientRegistrations.fromIssuerLocation(settings.issuer().toString()).registrationId(ID);
        } else {
            String browser = settings.issuer().toString();
            String internal = settings.internal().toString();
            builder = ClientRegistration.withRegistrationId(ID)
                    .issuerUri(browser)
                    .authorizationUri(browser + "/protocol/openid-connect/auth")
                    .tokenUri(internal + "/protocol/openid-connect/token")
                    .jwkSetUri(internal + "/protocol/openid-connect/certs")
                    .userInfoUri(internal + "/protocol/openid-connect/userinfo")
                    .userNameAttributeName("preferred_username")
                    .providerConfigurationMetadata(Map.of(
                            "end_session_endpoint", browser + "/protocol/openid-connect/logout"));
        }
        return new InMemoryClientRegistrationRepository(builder
                .clientId(settings.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .clientName("Lantern")
                .build());
    }
}
