package uk.lantern.missingepisode.episode.persistence;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.support.crypto.FieldCipher;
import uk.lantern.support.crypto.SensitiveFields;

/**
 * The free text an episode document holds, sealed field by field before it is stored: why a risk grade changed,
 * and the recorder's own words for where the child was last seen. Nothing queries by them.
 */
@Configuration(proxyBeanMethods = false)
class EpisodeSensitiveText {

    static final List<String> PATHS = List.of(
            "episode.riskHistory[].reason",
            "episode.lastSeen.place");

    @Bean
    SensitiveFields episodeSensitiveFields(FieldCipher cipher) {
        return new SensitiveFields("episodes", PATHS, cipher);
    }
}
