package uk.lantern.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import uk.lantern.localinfra.KafkaBroker;
import uk.lantern.localinfra.MongoStore;
import uk.lantern.localopenid.LocalOpenIdProvider;
import uk.lantern.localopenid.SignIn;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One real KRaft broker, one MongoDB-wire store and one OpenID provider (with the demo people) per test JVM, each
 * started on first use.
 */
public final class EmbeddedInfra {

    private static KafkaBroker broker;
    private static MongoStore mongo;
    private static LocalOpenIdProvider openId;
    private static final Map<String, SignIn.Token> tokens = new ConcurrentHashMap<>();

    /** The demo people's password at the test provider. */
    public static final String PASSWORD = "lantern-test";

    public static synchronized LocalOpenIdProvider openId() {
        if (openId == null) {
            openId = LocalOpenIdProvider.start(0, PASSWORD);
            Runtime.getRuntime().addShutdownHook(new Thread(openId::close));
        }
        return openId;
    }

    /**
     * An access token for a demo person (e.g. {@code recorder}, {@code coordinator}), signed in through the provider's
     * login form once and reused while it has more than a minute to run.
     */
    public static String token(String username) {
        SignIn.Token token = tokens.get(username);
        if (token == null || token.expiresAt().isBefore(Instant.now().plusSeconds(60))) {
            token = new SignIn(openId().issuer()).token(username, PASSWORD);
            tokens.put(username, token);
        }
        return token.value();
    }

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            try {
                broker = new KafkaBroker(Files.createTempDirectory("lantern-kafka"), 0, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop));
        }
        return broker;
    }

    public static synchronized MongoStore mongo() {
        if (mongo == null) {
            mongo = MongoStore.inMemory(0);
            mongo.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::stop));
        }
        return mongo;
    }

    private EmbeddedInfra() {
    }
}
