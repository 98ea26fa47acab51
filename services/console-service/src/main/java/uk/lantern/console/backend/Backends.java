package uk.lantern.console.backend;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * A {@link RestClient} for each service, sending the signed-in person's own access token (refreshed or re-obtained by
 * the authorized-client manager) so that each service decides what that person may see and logs it in their name.
 * The console never calls a service as itself.
 *
 * <p>A page that shows a child says why in {@value #PURPOSE}; the service writes it into the access log.
 */
@Component
public class Backends {

    /** The header the services read the stated purpose of a read from (service-support's access log). */
    public static final String PURPOSE = "Lantern-Purpose";

    private final Map<Service, RestClient> clients = new EnumMap<>(Service.class);

    Backends(BackendSettings settings, OAuth2AuthorizedClientManager authorizedClients, RestClient.Builder builder) {
        OAuth2ClientHttpRequestInterceptor asThePerson = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        asThePerson.setClientRegistrationIdResolver(request -> "lantern");
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(settings.timeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.timeout());
        Map<Service, URI> where = Map.of(
                Service.MISSING_EPISODES, settings.missingEpisodes(),
                Service.RETURN_INTERVIEWS, settings.returnInterviews(),
                Service.CME_REGISTER, settings.cmeRegister(),
                Service.EXPLOITATION_RISK, settings.exploitationRisk(),
                Service.CORRELATION, settings.correlation(),
                Service.REPORTING, settings.reporting(),
                Service.MACE, settings.mace());
        where.forEach((service, uri) -> clients.put(service, builder.clone()
                .baseUrl(uri.toString())
                .requestFactory(requests)
                .requestInterceptor(asThePerson)
                .requestInterceptor((request, body, execution) -> {
                    try {
                        return execution.execute(request, body);
                    } catch (java.io.IOException notAnswering) {
                        throw new BackendUnavailable(service, notAnswering);
                    }
                })
                .defaultStatusHandler(status -> status.isError(), (request, response) -> {
                    throw BackendProblem.from(service, response);
                })
                .build()));
    }

    public RestClient correlation() {
        return clients.get(Service.CORRELATION);
    }

    public RestClient reporting() {
        return clients.get(Service.REPORTING);
    }

    public RestClient mace() {
        return clients.get(Service.MACE);
    }

    public RestClient of(Service service) {
        return clients.get(service);
    }
}
