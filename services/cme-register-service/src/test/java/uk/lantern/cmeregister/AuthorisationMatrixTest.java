package uk.lantern.cmeregister;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.AuthorisationMatrix;
import uk.lantern.testsupport.EmbeddedInfra;

/**
 * Every operation of this service's OpenAPI document, called without a sign-in and as every role with tokens from the
 * test JVM's OpenID provider, answers as {@code shared-schemas/access-matrix.md} says; an operation the matrix does
 * not name fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorisationMatrixTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/cme-register-matrix");
    }

    @Test
    void every_operation_answers_every_role_as_the_matrix_says() {
        AuthorisationMatrix.Findings findings = AuthorisationMatrix.check("cme-register-service", new Api(port));
        assertThat(findings.wrong()).isEmpty();
        assertThat(findings.calls()).isGreaterThanOrEqualTo(
                AuthorisationMatrix.rows("cme-register-service").size() * 10);
    }

    @Test
    void a_token_altered_after_it_was_signed_is_refused() {
        String token = EmbeddedInfra.token("cme");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        Api.Response refused = new Api(port).withHeaders("Authorization", "Bearer " + forged).get("/register-entries");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(new Api(port).as("cme").get("/register-entries").status()).isNotIn(401, 403);
    }
}
