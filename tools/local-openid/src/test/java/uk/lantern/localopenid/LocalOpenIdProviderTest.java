package uk.lantern.localopenid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provider signs demo people in through its login form and issues tokens that say who they are. */
class LocalOpenIdProviderTest {

    static LocalOpenIdProvider provider;

    @BeforeAll
    static void start() {
        provider = LocalOpenIdProvider.start(0, "test-password");
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void every_demo_person_signs_in_and_the_token_carries_their_name_organisation_and_roles() {
        for (DemoPeople.Person person : DemoPeople.load().all()) {
            SignIn.Token token = new SignIn(provider.issuer()).token(person.username(), "test-password");
            JsonNode claims = claims(token.value());
            assertThat(claims.get("iss").asString()).isEqualTo(provider.issuer());
            assertThat(claims.get("sub").asString()).isEqualTo(person.username());
            assertThat(claims.get("name").asString()).isEqualTo(person.name());
            assertThat(claims.get("organisation").asString()).isEqualTo(person.organisation());
            assertThat(claims.get("roles").get(0).asString()).isEqualTo(person.roles().get(0));
            assertThat(token.expiresAt()).isAfter(java.time.Instant.now().plusSeconds(30 * 60));
        }
    }

    @Test
    void a_wrong_password_or_an_unknown_person_gets_no_token() {
        SignIn signIn = new SignIn(provider.issuer());
        assertThatThrownBy(() -> signIn.token("coordinator", "not-the-password"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refused");
        assertThatThrownBy(() -> signIn.token("nobody", "test-password"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonMapper.builder().build().readTree(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
