package uk.lantern.localopenid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a person in as a browser would: the authorization code flow with PKCE against any OpenID provider's login
 * form (the local provider's or Keycloak's), then the code exchanged for an access token. Used by the tests, the demo
 * city and {@code tools/sign-in}'s Java twin; nothing here is trusted by a service, which checks the token itself.
 */
public final class SignIn {

    /** An access token and when it stops being accepted. */
    public record Token(String value, java.time.Instant expiresAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FORM = Pattern.compile("<form[^>]*\\baction=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String issuer;
    private final String clientId;
    private final String redirectUri;

    public SignIn(String issuer) {
        this(issuer, "lantern-cli", ProviderConfiguration.CLI_REDIRECT);
    }

    public SignIn(String issuer, String clientId, String redirectUri) {
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    public Token token(String username, String password) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode discovery = JSON.readTree(send(http, get(issuer + "/.well-known/openid-configuration")).body());
        String verifier = random(48);
        String state = random(16);
        String authorize = discovery.get("authorization_endpoint").asString() + "?" + form(Map.of(
                "response_type", "code", "client_id", clientId, "redirect_uri", redirectUri,
                "scope", "openid profile", "state", state,
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));

        HttpResponse<String> response = follow(http, send(http, get(authorize)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the provider showed no sign-in page (HTTP " + response.statusCode() + ")");
        }
        Matcher action = FORM.matcher(response.body());
        if (!action.find()) {
            throw new IllegalStateException("the provider's sign-in page has no form");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(response.body());
        while (input.find()) {
            String tag = input.group();
            Matcher name = NAME.matcher(tag);
            Matcher value = VALUE.matcher(tag);
            if (tag.toLowerCase().contains("type=\"hidden\"") && name.find()) {
                fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
            }
        }
        fields.put("username", username);
        fields.put("password", password);
        URI formUri = response.uri().resolve(unescape(action.group(1)));
        response = follow(http, send(http, HttpRequest.newBuilder(formUri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build()));
        String location = response.headers().firstValue("Location").orElse("");
        if (!location.startsWith(redirectUri)) {
            throw new IllegalArgumentException("sign-in refused for " + username + " (HTTP " + response.statusCode() + ")");
        }
        Map<String, String> answer = query(URI.create(location).getRawQuery());
        if (!state.equals(answer.get("state")) || answer.get("code") == null) {
            throw new IllegalStateException("the provider answered without a code for this sign-in");
        }
        HttpResponse<String> tokens = send(http, HttpRequest.newBuilder(
                        URI.create(discovery.get("token_endpoint").asString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", answer.get("code"), "redirect_uri", redirectUri, "client_id", clientId,
                        "code_verifier", verifier)))).build());
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("the token endpoint refused the code (HTTP " + tokens.statusCode() + ")");
        }
        JsonNode body = JSON.readTree(tokens.body());
        return new Token(body.get("access_token").asString(),
                java.time.Instant.now().plusSeconds(body.path("expires_in").asLong(300)));
    }

    /** Follows redirects within the provider, stopping at the one that leaves for the client's redirect URI. */
    private HttpResponse<String> follow(HttpClient http, HttpResponse<String> response) {
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            if (location.startsWith(redirectUri)) {
                return response;
            }
            response = send(http, get(response.uri().resolve(location).toString()));
        }
        return response;
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the OpenID provider at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#x3d;", "=").replace("&#61;", "=");
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
