package uk.lantern.missingepisode.episode.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static uk.lantern.support.security.Role.CME_OFFICER;
import static uk.lantern.support.security.Role.EXPLOITATION_ASSESSOR;
import static uk.lantern.support.security.Role.INTERVIEW_PROVIDER;
import static uk.lantern.support.security.Role.MACE_MEMBER;
import static uk.lantern.support.security.Role.MISSING_COORDINATOR;
import static uk.lantern.support.security.Role.POLICE_RECORDER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.support.security.AccessRules;

/**
 * Who may record and read missing episodes: this service's part of {@code shared-schemas/access-matrix.md}. Anything not named here is refused.
 */
@Configuration(proxyBeanMethods = false)
class EpisodeAccess {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .allow(POST, "/episodes", POLICE_RECORDER)
                .allow(POST, "/episodes/{id}/risk-regrades", POLICE_RECORDER)
                .allow(POST, "/episodes/{id}/return", POLICE_RECORDER)
                .allow(POST, "/episodes/{id}/closure", POLICE_RECORDER)
                .allow(POST, "/episodes/{id}/erasure", POLICE_RECORDER)
                .allow(GET, "/episodes/{id}", POLICE_RECORDER, MISSING_COORDINATOR)
                .breakGlass(GET, "/episodes/{id}", INTERVIEW_PROVIDER, CME_OFFICER, EXPLOITATION_ASSESSOR, MACE_MEMBER)
                .allow(GET, "/episodes", POLICE_RECORDER, MISSING_COORDINATOR)
                .breakGlass(GET, "/episodes", INTERVIEW_PROVIDER, CME_OFFICER, EXPLOITATION_ASSESSOR, MACE_MEMBER)
                .allow(GET, "/episodes/open", POLICE_RECORDER, MISSING_COORDINATOR)
                .build();
    }
}
