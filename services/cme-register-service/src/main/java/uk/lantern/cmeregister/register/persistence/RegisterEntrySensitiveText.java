package uk.lantern.cmeregister.register.persistence;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.support.crypto.FieldCipher;
import uk.lantern.support.crypto.SensitiveFields;

/**
 * The free text a register entry holds, sealed field by field before it is stored: the notes of each enquiry into
 * the child's whereabouts, and why the child was taken off the register. Nothing queries by them.
 */
@Configuration(proxyBeanMethods = false)
class RegisterEntrySensitiveText {

    static final List<String> PATHS = List.of(
            "entry.enquiries[].notes",
            "entry.removal.reason");

    @Bean
    SensitiveFields entrySensitiveFields(FieldCipher cipher) {
        return new SensitiveFields("register_entries", PATHS, cipher);
    }
}
