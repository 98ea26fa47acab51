package uk.lantern.console.backend;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lantern.console.services.*}: where the console finds the services it draws its pages from, and how long it
 * waits for one before saying it is not answering.
 */
@ConfigurationProperties("lantern.console.services")
public record BackendSettings(URI missingEpisodes, URI returnInterviews, URI cmeRegister, URI exploitationRisk,
                              URI correlation, URI reporting, URI mace, Duration timeout) {

    public BackendSettings {
        missingEpisodes = orDefault(missingEpisodes, 8081);
        returnInterviews = orDefault(returnInterviews, 8082);
        cmeRegister = orDefault(cmeRegister, 8083);
        exploitationRisk = orDefault(exploitationRisk, 8084);
        correlation = orDefault(correlation, 8085);
        reporting = orDefault(reporting, 8087);
        mace = orDefault(mace, 8088);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    private static URI orDefault(URI uri, int port) {
        return uri != null ? uri : URI.create("http://localhost:" + port);
    }
}
