package uk.lantern.returninterview.interview.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.lantern.returninterview.interview.domain.Ethnicity;
import uk.lantern.schemas.Subject;

/** Every code missing-episode-service can publish is read, kept and published again unchanged. */
class EthnicityCodesTest {

    @Test
    void each_code_of_the_contract_passes_from_the_episodes_subject_to_the_cases_subject_unchanged() {
        assertThat(Arrays.stream(Ethnicity.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(uk.lantern.schemas.Ethnicity.values()).map(Enum::name).toList());
        for (uk.lantern.schemas.Ethnicity code : uk.lantern.schemas.Ethnicity.values()) {
            Subject in = new Subject("LA-1", null, null, null, null, null, null, null, null, code);
            assertThat(CaseEventContract.subject(MissingEpisodeEvents.child(in)).ethnicity()).isEqualTo(code);
        }
        Subject old = new Subject("LA-1", null, null, null, null, null, null, null, null);
        assertThat(CaseEventContract.subject(MissingEpisodeEvents.child(old)).ethnicity()).isNull();
    }
}
