package uk.lantern.cmeregister.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.cmeregister.support.Notifications;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.fuzz.FuzzReport;
import uk.lantern.testsupport.fuzz.HostileRequests;
import uk.lantern.testsupport.fuzz.RestFuzzer;

/**
 * Hostile requests: the size limit, the security headers, problems that name the field and nothing internal, and a
 * bounded fuzz run over every operation of the OpenAPI document (more cases with -Dlantern.fuzz.cases, see
 * tools/fuzz.sh).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTest {

    static final int LIMIT = 64 * 1024;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/cme-register-hostile");
    }

    @LocalServerPort
    int port;

    HostileRequests hostile() {
        return new HostileRequests(new Api(port).as("cme"), LIMIT);
    }

    String valid() {
        return Notifications.deletedFromRoll(Notifications.uniqueUpn(), "110123", LocalDate.of(2026, 5, 1));
    }

    @Test
    void a_body_over_the_limit_is_refused_413_naming_the_limit_with_or_without_a_length() {
        hostile().bodyOverTheLimitIs413("/notifications");
        hostile().bodyAtTheLimitIsRead("/notifications");
    }

    @Test
    void malformed_bodies_are_400_problems_naming_the_field_and_nothing_internal() {
        hostile().malformedBodiesAreProblemsNamingTheField("/notifications", valid(), "pupil.givenName", "ground",
                "date");
        hostile().wrongContentTypeAndMethodAreProblems("/notifications", valid());
    }

    @Test
    void bad_path_variables_and_query_parameters_are_problems() {
        hostile().badParametersAreProblems("/register-entries?ground=NOT_A_GROUND", 400, "ground");
        hostile().badParametersAreProblems("/register-entries?page=x", 400, "page");
        hostile().badParametersAreProblems("/no-such-thing", 403, null);
        // What Tomcat refuses itself (an encoded NUL) is a problem too, not its HTML page.
        hostile().badParametersAreProblems("/register-entries/%00", 400, null);
    }

    /** Found by the fuzzer: a blank id built an EntryId, which refuses to be blank: 500. */
    @Test
    void a_blank_path_id_is_404_not_500() {
        hostile().problem(new Api(port).as("cme").raw("POST", "/register-entries/%20/alternative-provision", "application/json",
                "{}".getBytes(), Api.Framing.LENGTH), 404, "blank id");
        hostile().badParametersAreProblems("/register-entries/%20", 404, null);
    }

    /** Found by the fuzzer: a query parameter that is not UTF-8 once decoded failed in Tomcat: 500. */
    @Test
    void a_query_parameter_that_is_not_utf8_is_400_naming_it() {
        hostile().badParametersAreProblems("/register-entries?page=%C3%28", 400, "page");
        hostile().badParametersAreProblems("/register-entries/history?upn=%FF", 400, "upn");
    }

    @Test
    void a_url_or_header_over_8kb_is_a_problem() {
        hostile().oversizedUrlsAndHeadersAreProblems("/register-entries");
    }

    @Test
    void every_answer_carries_the_security_headers() {
        hostile().securityHeadersOnEveryAnswer("/register-entries", "/register-entries/none", "/v3/api-docs");
    }

    @Test
    void no_generated_or_hostile_request_gets_a_5xx_or_names_an_internal() {
        RestFuzzer fuzzer = new RestFuzzer(new Api(port), "cme-register-service", LIMIT)
                .example("POST /notifications", valid());
        FuzzReport report = fuzzer.run(FuzzReport.casesOr(300), FuzzReport.seedOr(20261206L)).print();
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.outcome("4xx")).isPositive();
        assertThat(report.outcome("2xx")).isPositive();
    }
}
