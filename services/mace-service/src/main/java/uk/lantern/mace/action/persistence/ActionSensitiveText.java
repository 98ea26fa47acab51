package uk.lantern.mace.action.persistence;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.support.crypto.FieldCipher;
import uk.lantern.support.crypto.SensitiveFields;

/**
 * The free text about a child an action document holds, sealed before it is stored: what is to be done, the evidence
 * that it was, the reason it was cancelled. Nothing queries by them.
 */
@Configuration(proxyBeanMethods = false)
class ActionSensitiveText {

    static final List<String> PATHS = List.of(
            "action.what",
            "action.evidence",
            "action.cancelReason");

    @Bean
    SensitiveFields actionSensitiveFields(FieldCipher cipher) {
        return new SensitiveFields("actions", PATHS, cipher);
    }
}
