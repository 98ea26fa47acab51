package uk.lantern.mace.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uk.lantern.mace.child.application.ChildProfiles;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.fuzz.FuzzReport;
import uk.lantern.testsupport.fuzz.HostileRequests;
import uk.lantern.testsupport.fuzz.RestFuzzer;

/**
 * Hostile requests: the size limit, the security headers, problems that name the field and nothing internal, and a
 * bounded fuzz run over every operation of the OpenAPI document, each body started from a valid example (more cases
 * with -Dlantern.fuzz.cases, see tools/fuzz.sh).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTest {

    static final int LIMIT = 64 * 1024;

    static final String MEETING = """
            {"heldOn": "2026-03-03", "chair": {"name": "DI Shah", "agency": "POLICE"}}""";
    static final String NOMINATION = """
            {"childId": "child-hostile", "agency": "EDUCATION", "reason": "Seen getting into cars after school",
             "allocatedWorker": {"name": "Priya Das", "team": "Children in Need 1"}}""";
    static final String OPENING = """
            {"attendees": [{"name": "DI Shah", "agency": "POLICE"}, {"name": "Sam Okafor", "agency": "SOCIAL_CARE"},
                           {"name": "Ms Reid", "agency": "EDUCATION"}],
             "apologies": [{"name": "Dr Rao", "agency": "HEALTH"}]}""";
    static final String DISCUSSION = """
            {"childId": "child-hostile", "agreedCategory": "SIGNIFICANT", "reasonForDifference": "Found with an adult",
             "decision": "Strategy discussion within a week", "allocatedWorker": {"name": "Sam Okafor", "team": "CiC 2"},
             "actions": [{"what": "Strategy discussion", "owner": {"name": "Sam Okafor", "agency": "SOCIAL_CARE"},
                          "dueOn": "2026-03-10"}]}""";
    static final String COMPLETION = """
            {"evidence": "Strategy discussion held; plan in the child's record", "doneOn": "2026-03-09"}""";
    static final String CANCELLATION = """
            {"reason": "The child moved out of the area"}""";
    static final String PERSON = """
            {"names": ["Dean Marsh"], "aliases": ["Deano"], "phones": ["07700 900123"], "vehicles": ["AB12 CDE"]}""";
    static final String PLACE = """
            {"name": "The Bridge Street car park", "postcode": "PE1 1AB"}""";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/mace-hostile");
    }

    @LocalServerPort
    int port;
    @Autowired
    ChildProfiles children;

    /** The child the examples name, known to the projection (as if its profile had been read from the topic). */
    @BeforeEach
    void theChildIsKnown() {
        children.keep(new ChildSeen("child-hostile", 1, "Amelia", "Jones", java.time.LocalDate.of(2011, 4, 1),
                List.of(new ChildSeen.Identifier("LA", "LA-000123")), "PE1 2AB", 80, List.of(), "MODERATE",
                List.of(), List.of()));
    }

    Api mace() {
        return new Api(port).as("mace");
    }

    HostileRequests hostile() {
        return new HostileRequests(mace(), LIMIT);
    }

    String meeting() {
        return mace().post("/meetings", MEETING, "Idempotency-Key", UUID.randomUUID().toString()).body()
                .path("id").asString();
    }

    /** A meeting open with child-hostile on its agenda (nominated), so that discussions of it reach the domain. */
    String openedWithTheChildNominated() {
        String meeting = meeting();
        assertThat(mace().post("/meetings/" + meeting + "/nominations", NOMINATION).status()).isEqualTo(200);
        JsonNode opened = mace().post("/meetings/" + meeting + "/opening", OPENING).body();
        assertThat(opened.path("meeting").path("status").asString()).isEqualTo("OPEN");
        return meeting;
    }

    @Test
    void a_body_over_the_limit_is_refused_413_naming_the_limit_with_or_without_a_length() {
        hostile().bodyOverTheLimitIs413("/meetings");
        hostile().bodyOverTheLimitIs413("/meetings/" + meeting() + "/discussions");
        hostile().bodyAtTheLimitIsRead("/persons-of-concern");
    }

    @Test
    void malformed_bodies_are_400_problems_naming_the_field_and_nothing_internal() {
        hostile().malformedBodiesAreProblemsNamingTheField("/meetings", MEETING, "chair.name", "chair.agency", "heldOn");
        String meeting = meeting();
        hostile().malformedBodiesAreProblemsNamingTheField("/meetings/" + meeting + "/nominations", NOMINATION,
                "reason", "agency", null);
        hostile().malformedBodiesAreProblemsNamingTheField("/meetings/" + meeting + "/discussions", DISCUSSION,
                "decision", "agreedCategory", null);
        hostile().malformedBodiesAreProblemsNamingTheField("/places-of-concern", PLACE, "postcode", null, null);
        hostile().wrongContentTypeAndMethodAreProblems("/meetings", MEETING);
        hostile().wrongContentTypeAndMethodAreProblems("/persons-of-concern", PERSON);
    }

    @Test
    void a_null_in_a_list_is_400_naming_the_list_not_500() {
        var problem = hostile().problem(mace().raw("POST", "/persons-of-concern", "application/json",
                PERSON.replace("\"phones\": [", "\"phones\": [null, ").getBytes(), Api.Framing.LENGTH), 400,
                "a null phone");
        assertThat(problem.path("errors").toString()).contains("phones");
        problem = hostile().problem(mace().raw("POST", "/meetings/" + meeting() + "/opening", "application/json",
                OPENING.replace("\"attendees\": [", "\"attendees\": [null, ").getBytes(), Api.Framing.LENGTH), 400,
                "a null attendee");
        assertThat(problem.path("errors").toString()).contains("attendees");
    }

    /** Found by the fuzzer: a date Mongo cannot store (+999999999-12-31) was taken, and the write failed: 500. */
    @Test
    void a_date_out_of_range_is_a_problem_naming_the_field_not_500() {
        var problem = hostile().problem(mace().raw("POST", "/meetings", "application/json",
                MEETING.replace("2026-03-03", "+999999999-12-31").getBytes(), Api.Framing.LENGTH), 422, "far date");
        assertThat(problem.path("errors").toString()).contains("heldOn");
        String meeting = openedWithTheChildNominated();
        problem = hostile().problem(mace().raw("POST", "/meetings/" + meeting + "/discussions", "application/json",
                DISCUSSION.replace("2026-03-10", "9999-12-31").getBytes(), Api.Framing.LENGTH), 422, "far due date");
        assertThat(problem.path("errors").toString()).contains("dueOn");
    }

    @Test
    void bad_path_variables_and_query_parameters_are_problems() {
        hostile().badParametersAreProblems("/meetings?page=-1", 400, "page");
        hostile().badParametersAreProblems("/meetings?size=x", 400, "size");
        hostile().badParametersAreProblems("/meetings?page=%FF", 400, "page");
        hostile().badParametersAreProblems("/actions", 400, "childId");
        hostile().badParametersAreProblems("/no-such-thing", 403, null);
        hostile().badParametersAreProblems("/meetings/%00", 400, null);
        hostile().badParametersAreProblems("/meetings/%20", 404, null);
        hostile().badParametersAreProblems("/actions/none", 404, null);
        hostile().problem(mace().raw("POST", "/meetings/%20/closure", "application/json", "{}".getBytes(),
                Api.Framing.LENGTH), 404, "blank id");
    }

    @Test
    void a_url_or_header_over_8kb_is_a_problem() {
        hostile().oversizedUrlsAndHeadersAreProblems("/meetings");
    }

    @Test
    void every_answer_carries_the_security_headers() {
        hostile().securityHeadersOnEveryAnswer("/meetings", "/meetings/none", "/actions/none", "/v3/api-docs");
    }

    @Test
    void no_generated_or_hostile_request_gets_a_5xx_or_names_an_internal() {
        String meeting = openedWithTheChildNominated();
        RestFuzzer fuzzer = new RestFuzzer(new Api(port), "mace-service", LIMIT)
                .knownId(meeting)
                .knownId(meeting())
                .example("POST /meetings", MEETING)
                .example("POST /meetings/{id}/nominations", NOMINATION)
                .example("POST /meetings/{id}/opening", OPENING)
                .example("POST /meetings/{id}/discussions", DISCUSSION)
                .example("POST /actions/{id}/completion", COMPLETION)
                .example("POST /actions/{id}/cancellation", CANCELLATION)
                .example("POST /persons-of-concern", PERSON)
                .example("POST /places-of-concern", PLACE);
        assertThat(fuzzer.operationNames()).contains("POST /meetings", "POST /meetings/{id}/discussions",
                "POST /actions/{id}/completion", "POST /persons-of-concern", "POST /places-of-concern");
        FuzzReport report = fuzzer.run(FuzzReport.casesOr(300), FuzzReport.seedOr(20261207L)).print();
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.outcome("5xx")).isZero();
        assertThat(report.outcome("4xx")).isPositive();
        assertThat(report.outcome("2xx")).isPositive();
    }
}
