package uk.lantern.mace.meeting.persistence;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.support.crypto.FieldCipher;
import uk.lantern.support.crypto.SensitiveFields;

/**
 * The free text about children a meeting document holds, sealed before it is stored: the agencies' reasons for
 * nominating, the agenda's reasons and drift in words (they quote the nominations and the actions), the open actions'
 * words, and each discussion's decision and reason for differing from the assessment. Nothing queries by them.
 */
@Configuration(proxyBeanMethods = false)
class MeetingSensitiveText {

    static final List<String> PATHS = List.of(
            "meeting.nominations[].reason",
            "meeting.agenda[].why[].words",
            "meeting.agenda[].drift[].words",
            "meeting.agenda[].actions[].what",
            "meeting.discussions[].reasonForDifference",
            "meeting.discussions[].decision");

    @Bean
    SensitiveFields meetingSensitiveFields(FieldCipher cipher) {
        return new SensitiveFields("meetings", PATHS, cipher);
    }
}
