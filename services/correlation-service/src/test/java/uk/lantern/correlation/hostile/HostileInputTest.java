package uk.lantern.correlation.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.correlation.support.EmbeddedInfraProperties;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.fuzz.FuzzReport;
import uk.lantern.testsupport.fuzz.HostileRequests;
import uk.lantern.testsupport.fuzz.RestFuzzer;

/**
 * Hostile requests to the query, review and alert API: the size limit, the security headers, problems that name the
 * field and nothing internal, and a bounded fuzz run over every operation of the OpenAPI document (more cases with
 * -Dlantern.fuzz.cases, see tools/fuzz.sh). The topology's own hostile input is {@code HostileEventsTest}.
 */
@WithoutTopology
class HostileInputTest {

    static final int LIMIT = 64 * 1024;
    static final String ACKNOWLEDGE = "{\"by\": \"coordinator\"}";
    static final String RESOLVE = "{\"outcome\": \"ACTION_TAKEN\", \"note\": \"Found safe at her aunt's\"}";
    static final String DECISION = "{\"decision\": \"CONFIRM\", \"reviewer\": \"coordinator\", \"reason\": \"Same school\"}";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    HostileRequests hostile() {
        return new HostileRequests(new Api(port).as("coordinator"), LIMIT);
    }

    @Test
    void a_body_over_the_limit_is_refused_413_naming_the_limit_with_or_without_a_length() {
        hostile().bodyOverTheLimitIs413("/alerts/some-alert/acknowledge");
        hostile().bodyAtTheLimitIsRead("/alerts/some-alert/acknowledge");
    }

    @Test
    void malformed_bodies_are_400_problems_naming_the_field_and_nothing_internal() {
        // (acknowledge takes an empty body: who acknowledges is the signed-in person)
        hostile().malformedBodiesAreProblemsNamingTheField("/alerts/some-alert/resolve", RESOLVE, "note", null,
                null);
        hostile().malformedBodiesAreProblemsNamingTheField("/reviews/some-review/decision", DECISION, "reviewer",
                null, null);
        hostile().wrongContentTypeAndMethodAreProblems("/alerts/some-alert/acknowledge", ACKNOWLEDGE);
    }

    @Test
    void bad_path_variables_and_query_parameters_are_problems() {
        hostile().badParametersAreProblems("/alerts?status=SOMETIMES", 400, "status");
        hostile().badParametersAreProblems("/alerts?size=501", 400, "size");
        hostile().badParametersAreProblems("/alerts?page=%C3%28", 400, "page");
        hostile().badParametersAreProblems("/no-such-thing", 403, null);
        hostile().badParametersAreProblems("/children/%00", 400, null);
        hostile().badParametersAreProblems("/alerts/%20", 404, null);
    }

    @Test
    void a_url_or_header_over_8kb_is_a_problem() {
        hostile().oversizedUrlsAndHeadersAreProblems("/alerts");
    }

    @Test
    void every_answer_carries_the_security_headers() {
        hostile().securityHeadersOnEveryAnswer("/alerts", "/children/none", "/v3/api-docs");
    }

    @Test
    void no_generated_or_hostile_request_gets_a_5xx_or_names_an_internal() {
        RestFuzzer fuzzer = new RestFuzzer(new Api(port), "correlation-service", LIMIT)
                .example("POST /alerts/{alertId}/acknowledge", ACKNOWLEDGE)
                .example("POST /reviews/{reviewId}/decision", DECISION);
        FuzzReport report = fuzzer.run(FuzzReport.casesOr(300), FuzzReport.seedOr(20261206L)).print();
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.outcome("4xx")).isPositive();
        assertThat(report.outcome("2xx")).isPositive();
    }
}
