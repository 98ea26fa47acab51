package uk.lantern.reporting.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.fuzz.FuzzReport;
import uk.lantern.testsupport.fuzz.HostileRequests;
import uk.lantern.testsupport.fuzz.RestFuzzer;

/**
 * Bad parameters are 400 problems naming the parameter (a month that is no month, a date in the future, a collection
 * year whose years do not follow, a format that is neither), an unknown figure is 404, and a bounded fuzz run over every
 * operation never gets a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/reporting-hostile");
        registry.add("lantern.reporting.consumer-group", () -> "reporting-hostile");
    }

    @LocalServerPort
    int port;

    HostileRequests hostile() {
        return new HostileRequests(new Api(port).as("manager"), 64 * 1024);
    }

    @Test
    void bad_parameters_are_400_problems_naming_the_parameter() {
        hostile().badParametersAreProblems("/figures?month=2026-13", 400, "month");
        hostile().badParametersAreProblems("/figures?month=2026-11&from=2026-11-01", 400, "month");
        hostile().badParametersAreProblems("/figures?from=2026-11-01", 400, "to");
        hostile().badParametersAreProblems("/figures?from=2026-11-30&to=2026-11-01", 400, "to");
        hostile().badParametersAreProblems("/figures?from=2000-01-01&to=2026-11-01", 400, "to");
        hostile().badParametersAreProblems("/figures?asAt=2999-01-01T00:00:00Z", 400, "asAt");
        hostile().badParametersAreProblems("/figures?asAt=yesterday", 400, "asAt");
        hostile().badParametersAreProblems("/figures/missing-episodes?compareAsAt=2026-02-30", 400, "compareAsAt");
        hostile().badParametersAreProblems("/figures?format=xml", 400, "format");
        hostile().badParametersAreProblems("/lists/ssda903-missing?year=2026-28", 400, "year");
        hostile().badParametersAreProblems("/lists/ssda903-missing?year=26-27", 400, "year");
        hostile().badParametersAreProblems("/lists/ofsted-missing-episodes?to=30/11/2026", 400, "to");
        hostile().badParametersAreProblems("/lists/ofsted-missing-episodes?format=csv&asAt=2999-01-01", 400, "asAt");
        hostile().badParametersAreProblems("/figures/no-such-figure", 404, null);
    }

    @Test
    void csv_is_given_for_format_csv_or_accept_text_csv_and_json_otherwise() {
        Api manager = new Api(port).as("manager");
        assertThat(manager.raw("GET", "/figures?format=csv", null, null, Api.Framing.LENGTH).header("Content-Type"))
                .startsWith("text/csv");
        assertThat(manager.raw("GET", "/figures", null, null, Api.Framing.LENGTH, "Accept", "text/csv")
                .header("Content-Type")).startsWith("text/csv");
        assertThat(manager.raw("GET", "/figures", null, null, Api.Framing.LENGTH, "Accept", "application/json")
                .header("Content-Type")).startsWith("application/json");
        assertThat(manager.raw("GET", "/lists/ssda903-missing?format=json", null, null, Api.Framing.LENGTH)
                .header("Content-Type")).startsWith("application/json");
    }

    @Test
    void every_answer_carries_the_security_headers() {
        hostile().securityHeadersOnEveryAnswer("/figures", "/lists/ssda903-missing", "/v3/api-docs");
    }

    @Test
    void no_generated_or_hostile_request_gets_a_5xx_or_names_an_internal() {
        RestFuzzer fuzzer = new RestFuzzer(new Api(port), "reporting-service", 64 * 1024);
        FuzzReport report = fuzzer.run(FuzzReport.casesOr(200), FuzzReport.seedOr(20261206L)).print();
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.outcome("4xx")).isPositive();
    }
}
