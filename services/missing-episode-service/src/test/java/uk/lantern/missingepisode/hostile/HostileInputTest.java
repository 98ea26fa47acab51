package uk.lantern.missingepisode.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.missingepisode.support.Reports;
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
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/missing-episodes-hostile");
    }

    @LocalServerPort
    int port;

    HostileRequests hostile() {
        return new HostileRequests(new Api(port).as("recorder"), LIMIT);
    }

    String valid() {
        return new Reports(Clock.systemUTC()).fromHome(Reports.uniqueLaId(), null, "MEDIUM");
    }

    @Test
    void a_body_over_the_limit_is_refused_413_naming_the_limit_with_or_without_a_length() {
        hostile().bodyOverTheLimitIs413("/episodes");
        hostile().bodyAtTheLimitIsRead("/episodes");
    }

    @Test
    void malformed_bodies_are_400_problems_naming_the_field_and_nothing_internal() {
        hostile().malformedBodiesAreProblemsNamingTheField("/episodes", valid(), "subject.givenName", "category",
                "subject.dateOfBirth");
        hostile().malformedBodiesAreProblemsNamingTheField("/episodes", valid(), "subject.givenName",
                "context.type", "lastSeen.at");
        hostile().wrongContentTypeAndMethodAreProblems("/episodes", valid());
    }

    @Test
    void bad_path_variables_and_query_parameters_are_problems() {
        hostile().badParametersAreProblems("/episodes/open?context=NOT_A_CONTEXT", 400, "context");
        hostile().badParametersAreProblems("/episodes/open?page=-1", 400, "page");
        hostile().badParametersAreProblems("/episodes/open?needToKnow=perhaps", 400, "needToKnow");
        hostile().badParametersAreProblems("/no-such-thing", 403, null);
        hostile().badParametersAreProblems("/episodes/%00", 400, null);
    }

    /** Found by the fuzzer on cme-register-service, the same here: a blank id built an EpisodeId: 500. */
    @Test
    void a_blank_path_id_is_404_not_500() {
        hostile().problem(new Api(port).as("recorder").raw("POST", "/episodes/%20/closure", "application/json", "{}".getBytes(),
                Api.Framing.LENGTH), 404, "blank id");
        hostile().badParametersAreProblems("/episodes/%20", 404, null);
    }

    /** Found by the fuzzer: a query parameter that is not UTF-8 once decoded failed in Tomcat: 500. */
    @Test
    void a_query_parameter_that_is_not_utf8_is_400_naming_it() {
        hostile().badParametersAreProblems("/episodes?localAuthorityPersonId=%C3%28", 400, "localAuthorityPersonId");
    }

    /** Found by the fuzzer: a wildcard Content-Type reached Spring's converters, which threw: 500. */
    @Test
    void a_wildcard_or_unparseable_content_type_is_415_not_500() {
        for (String type : new String[] {"application/*", "*/*", "x/y;;", "json"}) {
            hostile().problem(new Api(port).as("recorder").raw("POST", "/episodes/some-episode/closure", type, "{}".getBytes(),
                    Api.Framing.LENGTH), 415, type);
        }
    }

    /** The same as return-interview-service's associates (found there by the long fuzz run): 500 before. */
    @Test
    void a_null_associate_is_400_naming_the_list_not_500() {
        String body = """
                {"returnedAt": "2026-11-22T01:10:00Z", "how": "FOUND_BY_POLICE", "recordedBy": {"name": "PC Patel"},
                 "associates": [null, {"name": "Dean", "phone": "07700 900123"}]}""";
        var problem = hostile().problem(new Api(port).as("recorder").raw("POST", "/episodes/some-episode/return", "application/json",
                body.getBytes(), Api.Framing.LENGTH), 400, "a null associate");
        assertThat(problem.path("errors").toString()).contains("associates");
    }

    @Test
    void a_url_or_header_over_8kb_is_a_problem() {
        hostile().oversizedUrlsAndHeadersAreProblems("/episodes/open");
    }

    @Test
    void every_answer_carries_the_security_headers() {
        hostile().securityHeadersOnEveryAnswer("/episodes/open", "/episodes/none", "/v3/api-docs");
    }

    @Test
    void no_generated_or_hostile_request_gets_a_5xx_or_names_an_internal() {
        RestFuzzer fuzzer = new RestFuzzer(new Api(port), "missing-episode-service", LIMIT)
                .example("POST /episodes", valid());
        FuzzReport report = fuzzer.run(FuzzReport.casesOr(300), FuzzReport.seedOr(20261206L)).print();
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.outcome("4xx")).isPositive();
        assertThat(report.outcome("2xx")).isPositive();
    }
}
