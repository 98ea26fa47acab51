package uk.lantern.correlation.api;

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
 * Who may read a child's joined-up record, work alerts and decide identity reviews: this service's part of {@code shared-schemas/access-matrix.md}. Anything not named here is refused.
 */
@Configuration(proxyBeanMethods = false)
class CorrelationAccess {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .allow(GET, "/children/{childId}", MISSING_COORDINATOR, MACE_MEMBER)
                .breakGlass(GET, "/children/{childId}", POLICE_RECORDER, INTERVIEW_PROVIDER, CME_OFFICER, EXPLOITATION_ASSESSOR)
                .allow(GET, "/children", MISSING_COORDINATOR, MACE_MEMBER)
                .breakGlass(GET, "/children", POLICE_RECORDER, INTERVIEW_PROVIDER, CME_OFFICER, EXPLOITATION_ASSESSOR)
                .allow(GET, "/children/movements", MISSING_COORDINATOR)
                .allow(GET, "/children/{childId}/chronology", MISSING_COORDINATOR, MACE_MEMBER)
                .breakGlass(GET, "/children/{childId}/chronology", POLICE_RECORDER, INTERVIEW_PROVIDER, CME_OFFICER, EXPLOITATION_ASSESSOR)
                .allow(GET, "/children/{childId}/identity", MISSING_COORDINATOR, MACE_MEMBER)
                .breakGlass(GET, "/children/{childId}/identity", POLICE_RECORDER, INTERVIEW_PROVIDER, CME_OFFICER, EXPLOITATION_ASSESSOR)
                .allow(GET, "/children/{childId}/network", MISSING_COORDINATOR, MACE_MEMBER)
                .breakGlass(GET, "/children/{childId}/network", POLICE_RECORDER, INTERVIEW_PROVIDER, CME_OFFICER, EXPLOITATION_ASSESSOR)
                .allow(GET, "/alerts", MISSING_COORDINATOR, MACE_MEMBER)
                .allow(GET, "/alerts/figures", MISSING_COORDINATOR, POLICE_ANALYST, MANAGER)
                .allow(GET, "/alerts/areas", MISSING_COORDINATOR, MACE_MEMBER)
                .allow(GET, "/alerts/{alertId}", MISSING_COORDINATOR, MACE_MEMBER)
                .allow(POST, "/alerts/{alertId}/acknowledge", MISSING_COORDINATOR)
                .allow(POST, "/alerts/{alertId}/assign", MISSING_COORDINATOR)
                .allow(POST, "/alerts/{alertId}/resolve", MISSING_COORDINATOR)
                .allow(GET, "/hotspots", MISSING_COORDINATOR, MACE_MEMBER)
                .allow(GET, "/reviews", MISSING_COORDINATOR)
                .allow(POST, "/reviews/{reviewId}/decision", MISSING_COORDINATOR)
                .allow(POST, "/records/{recordId}/unlink", MISSING_COORDINATOR)
                .build();
    }
}
