package uk.lantern.mace.common.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static uk.lantern.support.security.Role.MACE_MEMBER;
import static uk.lantern.support.security.Role.MANAGER;
import static uk.lantern.support.security.Role.MISSING_COORDINATOR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.support.security.AccessRules;

/**
 * The panel's work is MACE members'; coordinators and managers may read the record (managers oversee it, coordinators
 * act on its outcomes); the documents naming children are for MACE members only. This service's part of
 * {@code shared-schemas/access-matrix.md}; anything not named here is refused.
 */
@Configuration(proxyBeanMethods = false)
class MaceAccess {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .allow(POST, "/meetings", MACE_MEMBER)
                .allow(GET, "/meetings", MACE_MEMBER, MISSING_COORDINATOR, MANAGER)
                .allow(GET, "/meetings/{id}", MACE_MEMBER, MISSING_COORDINATOR, MANAGER)
                .allow(POST, "/meetings/{id}/nominations", MACE_MEMBER)
                .allow(GET, "/meetings/{id}/agenda", MACE_MEMBER)
                .allow(GET, "/meetings/{id}/agenda/{childId}", MACE_MEMBER)
                .allow(POST, "/meetings/{id}/opening", MACE_MEMBER)
                .allow(POST, "/meetings/{id}/discussions", MACE_MEMBER)
                .allow(POST, "/meetings/{id}/closure", MACE_MEMBER)
                .allow(GET, "/meetings/{id}/agenda.pdf", MACE_MEMBER)
                .allow(GET, "/meetings/{id}/minutes.pdf", MACE_MEMBER)
                .allow(GET, "/actions/{id}", MACE_MEMBER, MISSING_COORDINATOR, MANAGER)
                .allow(GET, "/actions", MACE_MEMBER, MISSING_COORDINATOR, MANAGER)
                .allow(POST, "/actions/{id}/completion", MACE_MEMBER)
                .allow(POST, "/actions/{id}/cancellation", MACE_MEMBER)
                .allow(POST, "/persons-of-concern", MACE_MEMBER)
                .allow(GET, "/persons-of-concern/{id}", MACE_MEMBER, MISSING_COORDINATOR, MANAGER)
                .allow(POST, "/places-of-concern", MACE_MEMBER)
                .allow(GET, "/places-of-concern/{id}", MACE_MEMBER, MISSING_COORDINATOR, MANAGER)
                .build();
    }
}
