package uk.lantern.simulator.feed;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import uk.lantern.localopenid.SignIn;

/** The demo people the city's systems act as, signed in at the OpenID provider and signed in again before expiry. */
public final class People {

    private final SignIn signIn;
    private final String password;
    private final Map<String, SignIn.Token> tokens = new ConcurrentHashMap<>();

    public People(URI issuer, String password) {
        this.signIn = new SignIn(issuer.toString());
        this.password = password;
    }

    /** Each person's token, in the order given. */
    public List<Supplier<String>> as(String... usernames) {
        return Arrays.stream(usernames).map(username -> (Supplier<String>) () -> token(username)).toList();
    }

    private String token(String username) {
        return tokens.compute(username, (name, token) -> token == null
                || token.expiresAt().isBefore(Instant.now().plusSeconds(60))
                ? signIn.token(name, password) : token).value();
    }
}
