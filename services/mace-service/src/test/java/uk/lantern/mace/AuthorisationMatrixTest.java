package uk.lantern.mace;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.AuthorisationMatrixChecks;
import uk.lantern.testsupport.EmbeddedInfra;

/** This service against its part of {@code shared-schemas/access-matrix.md}, every operation as every role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorisationMatrixTest extends AuthorisationMatrixChecks {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/mace-matrix");
    }

    @Override
    protected Api api() {
        return new Api(port);
    }

    @Override
    protected String service() {
        return "mace-service";
    }

    @Override
    protected String person() {
        return "mace";
    }

    @Override
    protected String readPath() {
        return "/meetings";
    }
}
