package uk.lantern.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix test every service runs: every operation of its OpenAPI document, called without a
 * sign-in and as every role with tokens from the test JVM's OpenID provider, answers as
 * {@code shared-schemas/access-matrix.md} says (an operation the matrix does not name fails); and a token altered
 * after it was signed is refused. A service's test extends this and says how to reach the running service.
 */
public abstract class AuthorisationMatrixChecks {

    /** The running service, nobody signed in. */
    protected abstract Api api();

    /** The service's section of the matrix, e.g. {@code missing-episode-service}. */
    protected abstract String service();

    /** A demo person with a standing reason to call {@link #readPath()}. */
    protected abstract String person();

    /** A read that {@link #person()} may make. */
    protected abstract String readPath();

    @Test
    void every_operation_answers_every_role_as_the_matrix_says() {
        AuthorisationMatrix.Findings findings = AuthorisationMatrix.check(service(), api());
        assertThat(findings.wrong()).isEmpty();
        assertThat(findings.calls()).isGreaterThanOrEqualTo(AuthorisationMatrix.rows(service()).size() * 10);
    }

    @Test
    void a_token_altered_after_it_was_signed_is_refused() {
        String token = EmbeddedInfra.token(person());
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        Api.Response refused = api().withHeaders("Authorization", "Bearer " + forged).get(readPath());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().as(person()).get(readPath()).status()).isNotIn(401, 403);
    }
}
