package uk.lantern.reporting.common.web;

import static org.springframework.http.HttpMethod.GET;
import static uk.lantern.support.security.Role.MANAGER;
import static uk.lantern.support.security.Role.MISSING_COORDINATOR;
import static uk.lantern.support.security.Role.POLICE_ANALYST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.support.security.AccessRules;

/**
 * Who may ask for the figures and the lists: this service's part of {@code shared-schemas/access-matrix.md}. Managers
 * and the missing coordinator get both; police analysts the figures only (the lists name children). Anything not
 * named here is refused.
 */
@Configuration(proxyBeanMethods = false)
class ReportingAccess {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .allow(GET, "/figures", MANAGER, MISSING_COORDINATOR, POLICE_ANALYST)
                .allow(GET, "/figures/{figure}", MANAGER, MISSING_COORDINATOR, POLICE_ANALYST)
                .allow(GET, "/lists/ofsted-missing-episodes", MANAGER, MISSING_COORDINATOR)
                .allow(GET, "/lists/ofsted-looked-after-children", MANAGER, MISSING_COORDINATOR)
                .allow(GET, "/lists/ssda903-missing", MANAGER, MISSING_COORDINATOR)
                .allow(GET, "/lists/ssda903-missing/validation", MANAGER, MISSING_COORDINATOR)
                .build();
    }
}
