package uk.lantern.console.signin;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lantern.console.sign-in.*}: Lantern's OpenID provider as the console signs people in with it.
 *
 * @param issuer   the provider's issuer, as tokens name it and browsers reach it
 * @param clientId the console's client at the provider (public: PKCE, no secret)
 * @param internal where the console itself reaches the provider when that is not the issuer's address (compose:
 *                 {@code http://keycloak:8080/realms/lantern} while browsers use {@code localhost:8180}); the
 *                 provider's endpoints are then the issuer's for the browser and this for the console's own calls.
 *                 Empty: the console reads the provider's metadata from the issuer.
 */
@ConfigurationProperties("lantern.console.sign-in")
public record SignInSettings(URI issuer, String clientId, URI internal) {

    public SignInSettings {
        issuer = issuer == null ? URI.create("http://localhost:9000") : issuer;
        clientId = clientId == null || clientId.isBlank() ? "lantern-console" : clientId;
    }
}
