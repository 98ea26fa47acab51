package uk.lantern.correlation.support;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.correlation.AlertRaised;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;

/**
 * A test of the API with the topology not running: the test plays the topology's part, publishing on its topics what
 * it would (through one {@link Feed}, opened when first used and closed after the class), waits until the projections
 * have stored it, and reads the API as a coordinator. The service runs on the embedded broker and store; annotate the
 * test class {@link WithoutTopology}, which starts it on a random port with a clock the test moves.
 *
 * <p>A base class rather than a JUnit extension: the tests call {@code api()}, {@code feed()} and
 * {@code raisedAlert(...)} as their own, and Spring injects the port into it and finds its
 * {@code @DynamicPropertySource}, where an extension would hand each test an extra object to go through.
 */
public abstract class ApiWithoutTopology {

    /** How long a projection may take to store what the test published. */
    protected static final Duration WAIT = Duration.ofSeconds(30);

    private static Feed feed;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void embeddedBrokerAndStore(DynamicPropertyRegistry registry) {
        EmbeddedInfraProperties.register(registry);
    }

    @AfterAll
    static void closeTheFeed() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    /** Publishes as the topology's other writers would; opened on first use, once the broker is up. */
    protected static Feed feed() {
        if (feed == null) {
            feed = new Feed(EmbeddedInfra.broker().bootstrapServers());
        }
        return feed;
    }

    /** The API as a coordinator, the role that may read and act on everything these tests touch. */
    protected Api api() {
        return new Api(port).as("coordinator");
    }

    /** Publishes the profiles, then waits until the API serves each at its version. */
    protected void published(ChildProfile... profiles) {
        for (ChildProfile profile : profiles) {
            feed().send(CorrelationTopics.CHILD_PROFILES.name(), profile);
        }
        for (ChildProfile profile : profiles) {
            Awaitility.await().atMost(WAIT).until(() -> {
                Api.Response read = api().get("/children/" + profile.childId());
                return read.status() == 200 && read.body().path("version").asLong() == profile.version();
            });
        }
    }

    /** Publishes the alert as the topology raises it, keyed by its child; returns its id once the API serves it. */
    protected String raisedAlert(Envelope<AlertRaised> raised) {
        String alertId = raised.data().alertId();
        feed().send(CorrelationTopics.ALERTS.name(), raised.data().childId(), raised);
        Awaitility.await().atMost(WAIT).until(() -> api().get("/alerts/" + alertId).status() == 200);
        return alertId;
    }
}
