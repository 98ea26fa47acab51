package uk.lantern.returninterview.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.returninterview.interview.messaging.MissingEpisodeEvents;
import uk.lantern.returninterview.support.MissingEpisodeFeed;
import uk.lantern.returninterview.support.Requests;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.RawTopicReader;
import uk.lantern.testsupport.fuzz.EventCases;
import uk.lantern.testsupport.fuzz.FuzzReport;
import uk.lantern.testsupport.fuzz.HostileRequests;
import uk.lantern.testsupport.fuzz.Mutations;
import uk.lantern.testsupport.fuzz.RestFuzzer;

/**
 * Hostile requests and hostile events. Requests: the size limit, the security headers, problems that name the field
 * and nothing internal, a bounded fuzz run over every operation of the OpenAPI document. Events: generated and
 * mutated missing-episode messages, straight into the consumer for volume and onto the real topic end to end (the
 * bad ones dead-lettered, the partition moving on to a good one after them). More cases with -Dlantern.fuzz.cases
 * (tools/fuzz.sh).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTest {

    static final int LIMIT = 64 * 1024;
    static final String DLT = "lantern.missing-episodes.v1.dlt";
    static MissingEpisodeFeed feed;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/return-interviews-hostile");
    }

    @LocalServerPort
    int port;
    @Autowired
    MissingEpisodeEvents consumer;

    @AfterAll
    static void close() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    static MissingEpisodeFeed feed() {
        if (feed == null) {
            feed = new MissingEpisodeFeed(EmbeddedInfra.broker().bootstrapServers());
        }
        return feed;
    }

    HostileRequests hostile() {
        return new HostileRequests(new Api(port).as("provider"), LIMIT);
    }

    static Envelope<ChildReturned> aReturn() {
        return MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(),
                MissingEpisodeFeed.child(MissingEpisodeFeed.uniqueLaId()), MissingEpisodeFeed.HOME,
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    }

    /** A case opened the way cases are: by a ChildReturned on the topic. */
    String openCase() {
        Envelope<ChildReturned> event = aReturn();
        feed().send(event);
        String id = event.data().episodeId();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> new Api(port).as("coordinator").get("/cases/" + id).status() == 200);
        return id;
    }

    String offer() {
        return Requests.offer(Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void a_body_over_the_limit_is_refused_413_naming_the_limit_with_or_without_a_length() {
        hostile().bodyOverTheLimitIs413("/cases/some-case/offers");
        hostile().bodyAtTheLimitIsRead("/cases/some-case/offers");
    }

    @Test
    void malformed_bodies_are_400_problems_naming_the_field_and_nothing_internal() {
        hostile().malformedBodiesAreProblemsNamingTheField("/cases/some-case/offers", offer(), "offeredBy.name",
                "method", "offeredAt");
        hostile().wrongContentTypeAndMethodAreProblems("/cases/some-case/offers", offer());
    }

    @Test
    void bad_path_variables_and_query_parameters_are_problems() {
        hostile().badParametersAreProblems("/worklist?provider=brightpath&urgency=SOMETIME", 400,
                "urgency");
        hostile().badParametersAreProblems("/worklist", 400, "provider");
        HostileRequests coordinator = new HostileRequests(new Api(port).as("coordinator"), LIMIT);
        coordinator.badParametersAreProblems("/reports/timeliness?from=2026-13&to=2026-12", 400, "from");
        coordinator.badParametersAreProblems("/reports/themes?from=2026-01&to=yesterday", 400, "to");
        hostile().badParametersAreProblems("/no-such-thing", 403, null);
        hostile().badParametersAreProblems("/cases/%00", 400, null);
    }

    /** Found by the fuzzer on cme-register-service, the same here: a blank id built a CaseId: 500. */
    @Test
    void a_blank_path_id_is_404_not_500() {
        hostile().problem(new Api(port).as("provider").raw("POST", "/cases/%20/offers", "application/json",
                offer().getBytes(), Api.Framing.LENGTH), 404, "blank id");
        hostile().badParametersAreProblems("/cases/%20", 404, null);
    }

    /** Found by the fuzzer: a query parameter that is not UTF-8 once decoded failed in Tomcat: 500. */
    @Test
    void a_query_parameter_that_is_not_utf8_is_400_naming_it() {
        hostile().badParametersAreProblems("/cases?localAuthorityPersonId=%FF", 400, "localAuthorityPersonId");
    }

    /** Found by the long fuzz run: a null in the interview's associates reached the mapping: 500. */
    @Test
    void a_null_associate_is_400_naming_the_list_not_500() {
        String body = Requests.interview(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS))
                .replaceFirst("\"associates\": \\[", "\"associates\": [null, ");
        assertThat(body).contains("[null, ");
        var problem = hostile().problem(new Api(port).as("provider").raw("POST", "/cases/" + openCase() + "/interview",
                "application/json", body.getBytes(), Api.Framing.LENGTH), 400, "a null associate");
        assertThat(problem.path("errors").toString()).contains("associates");
    }

    @Test
    void a_url_or_header_over_8kb_is_a_problem() {
        hostile().oversizedUrlsAndHeadersAreProblems("/worklist?provider=x");
    }

    @Test
    void every_answer_carries_the_security_headers() {
        hostile().securityHeadersOnEveryAnswer("/worklist?provider=x", "/cases/none", "/v3/api-docs");
    }

    @Test
    void no_generated_or_hostile_request_gets_a_5xx_or_names_an_internal() {
        RestFuzzer fuzzer = new RestFuzzer(new Api(port), "return-interview-service", LIMIT)
                .example("POST /cases/{id}/offers", offer());
        for (int i = 0; i < 3; i++) {
            fuzzer.knownId(openCase());
        }
        FuzzReport report = fuzzer.run(FuzzReport.casesOr(300), FuzzReport.seedOr(20261206L)).print();
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.outcome("4xx")).isPositive();
        assertThat(report.outcome("2xx")).isPositive();
    }

    /** The consumer the binding calls, with every generated and hostile message: taken or refused, never a crash. */
    @Test
    void the_missing_episode_consumer_takes_or_refuses_every_generated_and_hostile_message() {
        FuzzReport report = new EventCases(Topics.MISSING_EPISODES).feed("return-interview-service consumer",
                FuzzReport.casesOr(300), FuzzReport.seedOr(20261206L), consumer::accept,
                UndecodableEventException.class).print();
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.outcome("accepted")).isPositive();
        assertThat(report.outcome("rejected")).isPositive();
    }

    /**
     * End to end on the real broker: hostile messages on the topic, all under one key (one partition, in order),
     * then a good ChildReturned. The consumer does not stop: every message the codec refuses is on the dead-letter
     * topic (and nothing else is: a failure other than "undecodable" would be retried and dead-lettered too, so
     * extra dead letters are crashes), and the good one after them opens its case.
     */
    @Test
    void hostile_messages_on_the_topic_are_dead_lettered_and_the_partition_moves_on_to_a_good_one() {
        int cases = Math.max(40, FuzzReport.casesOr(300) / 5);
        long seed = FuzzReport.seedOr(20261206L) + 1;
        String key = "fuzz-" + UUID.randomUUID();
        EventCases events = new EventCases(Topics.MISSING_EPISODES);
        EventCodec codec = new EventCodec();
        FuzzReport report = new FuzzReport("return-interview-service on the broker", seed);
        int refused = 0;
        for (long i = 0; i < cases; i++) {
            Mutations.Case c = events.next(seed, i);
            try {
                codec.decode(Topics.MISSING_EPISODES, c.body());
                report.count("accepted");
            } catch (UndecodableEventException e) {
                refused++;
                report.count("rejected");
            }
            feed().send(key, c.body());
            report.caseDone();
        }
        Envelope<ChildReturned> good = aReturn();
        feed().send(key, feed().encode(good));
        String id = good.data().episodeId();
        Awaitility.await().atMost(Duration.ofSeconds(120))
                .until(() -> new Api(port).as("coordinator").get("/cases/" + id).status() == 200);

        int expected = refused;
        try (RawTopicReader dlt = new RawTopicReader(EmbeddedInfra.broker().bootstrapServers(), DLT)) {
            List<RawTopicReader.Raw> dead = dlt.readUntil(
                    all -> all.stream().filter(r -> key.equals(r.key())).count() >= expected, Duration.ofSeconds(60))
                    .stream().filter(r -> key.equals(r.key())).toList();
            dead.forEach(r -> report.count("dead-lettered"));
            report.count("good-record-after-them-processed");
            report.finish().print();
            assertThat(dead).as(report.summary()).hasSize(expected);
            assertThat(dead).allSatisfy(r -> assertThat(r.headers().get("x-exception-message")).isNotBlank());
        }
    }
}
