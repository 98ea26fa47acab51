package uk.lantern.returninterview.interview.persistence;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.support.crypto.FieldCipher;
import uk.lantern.support.crypto.SensitiveFields;

/**
 * The free text a case document holds, sealed field by field before it is stored: what the child disclosed, the
 * push and pull factors in the child's words, and why an interview was not offered. Nothing queries by them.
 */
@Configuration(proxyBeanMethods = false)
class CaseSensitiveText {

    static final List<String> PATHS = List.of(
            "interviewCase.interview.disclosures",
            "interviewCase.interview.factorsInChildsWords",
            "interviewCase.decisionNotToOffer.reason");

    @Bean
    SensitiveFields caseSensitiveFields(FieldCipher cipher) {
        return new SensitiveFields("cases", PATHS, cipher);
    }
}
