package uk.lantern.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class KafkaSaslSettingsTest {

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new KafkaSaslSettings().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void withoutAUsernameNothingChangesAndClientsStayPlaintext() {
        StandardEnvironment environment = environment(Map.of());
        assertThat(environment.getPropertySources().contains(KafkaSaslSettings.SOURCE)).isFalse();
        assertThat(environment.getProperty("spring.kafka.properties.security.protocol")).isNull();
    }

    @Test
    void aUsernameAndPasswordGiveEveryKindOfClientScramSettings() {
        StandardEnvironment environment = environment(Map.of(
                KafkaSaslSettings.USERNAME, "lantern-missing-episodes",
                KafkaSaslSettings.PASSWORD, "pa\"ss\\word"));
        for (String prefix : KafkaSaslSettings.PREFIXES) {
            assertThat(environment.getProperty(prefix + "security.protocol")).isEqualTo("SASL_PLAINTEXT");
            assertThat(environment.getProperty(prefix + "sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
            assertThat(environment.getProperty(prefix + "sasl.jaas.config")).isEqualTo(
                    "org.apache.kafka.common.security.scram.ScramLoginModule required "
                            + "username=\"lantern-missing-episodes\" password=\"pa\\\"ss\\\\word\";");
        }
    }

    @Test
    void explicitClientPropertiesWinAndTheProtocolCanBeSaslSsl() {
        StandardEnvironment environment = environment(Map.of(
                KafkaSaslSettings.USERNAME, "lantern-correlation",
                KafkaSaslSettings.PASSWORD, "secret",
                KafkaSaslSettings.SECURITY_PROTOCOL, "SASL_SSL",
                "spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-256"));
        assertThat(environment.getProperty("spring.kafka.properties.security.protocol")).isEqualTo("SASL_SSL");
        assertThat(environment.getProperty("spring.kafka.properties.sasl.mechanism")).isEqualTo("SCRAM-SHA-256");
    }

    @Test
    void aUsernameWithoutAPasswordStopsTheStart() {
        assertThatThrownBy(() -> environment(Map.of(KafkaSaslSettings.USERNAME, "lantern-cme-register")))
                .hasMessageContaining("lantern.kafka.password");
    }
}
