package uk.lantern.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lantern.schemas.access.KafkaPrincipals;

class ServicePrincipalsTest {

    @Test
    void everyServiceTheStackStartsHasItsOwnKafkaPrincipal() {
        assertThat(LanternService.ALL).allSatisfy(service ->
                assertThat(KafkaPrincipals.ofService(service.name())).as(service.name()).isPresent());
        assertThat(LanternService.ALL.stream().map(s -> KafkaPrincipals.ofService(s.name()).orElseThrow().name()))
                .doesNotHaveDuplicates();
    }
}
