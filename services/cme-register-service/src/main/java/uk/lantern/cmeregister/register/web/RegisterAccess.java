package uk.lantern.cmeregister.register.web;

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
 * Who may keep and read the children missing education register: this service's part of {@code shared-schemas/access-matrix.md}. Anything not named here is refused.
 */
@Configuration(proxyBeanMethods = false)
class RegisterAccess {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .allow(POST, "/notifications", CME_OFFICER)
                .allow(POST, "/register-entries/{id}/enquiries", CME_OFFICER)
                .allow(POST, "/register-entries/{id}/alternative-provision", CME_OFFICER)
                .allow(POST, "/register-entries/{id}/removal", CME_OFFICER)
                .allow(POST, "/register-entries/{id}/erasure", CME_OFFICER)
                .allow(GET, "/register-entries/{id}", CME_OFFICER, MISSING_COORDINATOR)
                .breakGlass(GET, "/register-entries/{id}", POLICE_RECORDER, INTERVIEW_PROVIDER, EXPLOITATION_ASSESSOR, MACE_MEMBER)
                .allow(GET, "/register-entries", CME_OFFICER, MISSING_COORDINATOR)
                .allow(GET, "/register-entries/history", CME_OFFICER, MISSING_COORDINATOR)
                .breakGlass(GET, "/register-entries/history", POLICE_RECORDER, INTERVIEW_PROVIDER, EXPLOITATION_ASSESSOR, MACE_MEMBER)
                .build();
    }
}
