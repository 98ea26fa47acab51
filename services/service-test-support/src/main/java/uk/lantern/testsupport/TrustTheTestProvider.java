package uk.lantern.testsupport;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import uk.lantern.localopenid.LocalOpenIdProvider;

/**
 * Points a service started in a test JVM at the test JVM's own OpenID provider ({@link EmbeddedInfra#openId()}),
 * unless the test names an issuer itself (a command-line argument or a system property). The provider starts when a
 * service first asks for its issuer. Security stays on: tests sign people in for real ({@link Api#as}).
 */
public class TrustTheTestProvider implements EnvironmentPostProcessor {

    static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(LocalOpenIdProvider.MARKER)) {
            return;
        }
        var sources = environment.getPropertySources();
        for (String named : new String[] {"commandLineArgs", "systemProperties"}) {
            PropertySource<?> source = sources.get(named);
            if (source != null && source.containsProperty(ISSUER)) {
                return;
            }
        }
        PropertySource<Object> testIssuer = new PropertySource<>("lanternTestIssuer", new Object()) {
            @Override
            public Object getProperty(String name) {
                return ISSUER.equals(name) ? EmbeddedInfra.openId().issuer() : null;
            }

            @Override
            public boolean containsProperty(String name) {
                return ISSUER.equals(name);
            }
        };
        if (sources.contains("systemProperties")) {
            sources.addAfter("systemProperties", testIssuer);
        } else {
            sources.addFirst(testIssuer);
        }
    }
}
