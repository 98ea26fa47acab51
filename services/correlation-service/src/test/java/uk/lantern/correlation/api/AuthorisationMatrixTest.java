package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.correlation.support.EmbeddedInfraProperties;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.AuthorisationMatrix;
import uk.lantern.testsupport.EmbeddedInfra;

/**
 * Every operation of this service's OpenAPI document, called without a sign-in and as every role with tokens from the
 * test JVM's OpenID provider, answers as {@code shared-schemas/access-matrix.md} says; an operation the matrix does
 * not name fails here.
 */
@WithoutTopology
class AuthorisationMatrixTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfraProperties.register(registry);
    }

    @Test
    void every_operation_answers_every_role_as_the_matrix_says() {
        AuthorisationMatrix.Findings findings = AuthorisationMatrix.check("correlation-service", new Api(port));
        assertThat(findings.wrong()).isEmpty();
        assertThat(findings.calls()).isGreaterThanOrEqualTo(AuthorisationMatrix.rows("correlation-service").size() * 10);
    }

    @Test
    void who_acts_on_an_alert_is_the_signed_in_person_and_nobody_is_refused() {
        Api.Response nobody = new Api(port).get("/children?identifier=nhs:9434765919");
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(nobody.header("WWW-Authenticate")).startsWith("Bearer");
        Api.Response analyst = new Api(port).as("analyst").get("/children?identifier=nhs:9434765919");
        assertThat(analyst.status()).isEqualTo(403);
        assertThat(analyst.body().path("detail").asString()).contains("no reason");
        Api.Response assessorWithoutReason = new Api(port).as("assessor").get("/children?identifier=nhs:9434765919");
        assertThat(assessorWithoutReason.status()).isEqualTo(403);
        assertThat(assessorWithoutReason.body().path("detail").asString()).contains("Lantern-Break-Glass");
        assertThat(EmbeddedInfra.token("coordinator")).isNotBlank();
    }
}
