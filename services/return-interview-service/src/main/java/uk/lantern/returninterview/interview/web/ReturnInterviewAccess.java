package uk.lantern.returninterview.interview.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static uk.lantern.support.security.Role.CME_OFFICER;
import static uk.lantern.support.security.Role.EXPLOITATION_ASSESSOR;
import static uk.lantern.support.security.Role.INTERVIEW_PROVIDER;
import static uk.lantern.support.security.Role.MACE_MEMBER;
import static uk.lantern.support.security.Role.MANAGER;
import static uk.lantern.support.security.Role.MISSING_COORDINATOR;
import static uk.lantern.support.security.Role.POLICE_ANALYST;
import static uk.lantern.support.security.Role.POLICE_RECORDER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.support.security.AccessRules;

/**
 * Who may record and read return interview cases; an interview provider only its own organisation's cases (the case controller narrows): this service's part of {@code shared-schemas/access-matrix.md}. Anything not named here is refused.
 */
@Configuration(proxyBeanMethods = false)
class ReturnInterviewAccess {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .ownOrganisation(POST, "/cases/{id}/offers", INTERVIEW_PROVIDER)
                .ownOrganisation(POST, "/cases/{id}/answer", INTERVIEW_PROVIDER)
                .ownOrganisation(POST, "/cases/{id}/interview", INTERVIEW_PROVIDER)
                .allow(POST, "/cases/{id}/decision-not-to-offer", MISSING_COORDINATOR)
                .ownOrganisation(POST, "/cases/{id}/decision-not-to-offer", INTERVIEW_PROVIDER)
                .allow(POST, "/cases/{id}/closure", MISSING_COORDINATOR)
                .ownOrganisation(POST, "/cases/{id}/closure", INTERVIEW_PROVIDER)
                .allow(POST, "/cases/{id}/erasure", MISSING_COORDINATOR)
                .allow(GET, "/cases/{id}", MISSING_COORDINATOR)
                .ownOrganisation(GET, "/cases/{id}", INTERVIEW_PROVIDER)
                .breakGlass(GET, "/cases/{id}", POLICE_RECORDER, CME_OFFICER, EXPLOITATION_ASSESSOR, MACE_MEMBER)
                .allow(GET, "/cases", MISSING_COORDINATOR)
                .ownOrganisation(GET, "/cases", INTERVIEW_PROVIDER)
                .breakGlass(GET, "/cases", POLICE_RECORDER, CME_OFFICER, EXPLOITATION_ASSESSOR, MACE_MEMBER)
                .allow(GET, "/worklist", MISSING_COORDINATOR)
                .ownOrganisation(GET, "/worklist", INTERVIEW_PROVIDER)
                .allow(GET, "/reports/timeliness", MISSING_COORDINATOR, POLICE_ANALYST, MANAGER)
                .allow(GET, "/reports/themes", MISSING_COORDINATOR, POLICE_ANALYST, MANAGER)
                .build();
    }
}
