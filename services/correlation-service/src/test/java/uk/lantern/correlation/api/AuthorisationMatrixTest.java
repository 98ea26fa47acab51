package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.correlation.support.EmbeddedInfraProperties;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.AuthorisationMatrixChecks;
import uk.lantern.testsupport.EmbeddedInfra;

/**
 * This service against its part of {@code shared-schemas/access-matrix.md}, every operation as every role; and who
 * acts is the signed-in person, with a reason.
 */
@WithoutTopology
class AuthorisationMatrixTest extends AuthorisationMatrixChecks {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfraProperties.register(registry);
    }

    @Override
    protected Api api() {
        return new Api(port);
    }

    @Override
    protected String service() {
        return "correlation-service";
    }

    @Override
    protected String person() {
        return "coordinator";
    }

    @Override
    protected String readPath() {
        return "/hotspots";
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
