package uk.lantern.missingepisode.episode.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.lantern.missingepisode.episode.domain.Child;
import uk.lantern.missingepisode.episode.domain.Ethnicity;

/** The service takes exactly the DfE codes the subject contract carries, so every code it accepts can be published. */
class EthnicityCodesTest {

    @Test
    void the_codes_taken_are_exactly_the_codes_of_the_contract_and_each_is_published_as_given() {
        assertThat(Arrays.stream(Ethnicity.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(uk.lantern.schemas.Ethnicity.values()).map(Enum::name).toList());
        for (Ethnicity code : Ethnicity.values()) {
            Child child = new Child("LA-1", null, null, null, null, null, null, null, null, code);
            assertThat(EpisodeEventContract.subject(child).ethnicity().name()).isEqualTo(code.name());
        }
        assertThat(EpisodeEventContract.subject(new Child("LA-1", null, null, null, null, null, null, null, null, null))
                .ethnicity()).isNull();
    }
}
