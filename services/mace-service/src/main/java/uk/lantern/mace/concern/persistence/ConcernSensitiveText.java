package uk.lantern.mace.concern.persistence;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.support.crypto.FieldCipher;
import uk.lantern.support.crypto.SensitiveFields;

/**
 * What identifies an adult of concern, sealed before it is stored: each name, alias, phone and vehicle, and the link
 * keys they normalise to (which spell them out). The children who touch the adult are found by the keys' blind
 * indexes ({@code linkIndex}, kept beside), never by these.
 */
@Configuration(proxyBeanMethods = false)
class ConcernSensitiveText {

    static final List<String> PATHS = List.of(
            "person.names[].text",
            "person.aliases[].text",
            "person.phones[].text",
            "person.vehicles[].text",
            "person.linkKeys[].text");

    @Bean
    SensitiveFields personOfConcernSensitiveFields(FieldCipher cipher) {
        return new SensitiveFields("persons_of_concern", PATHS, cipher);
    }
}
