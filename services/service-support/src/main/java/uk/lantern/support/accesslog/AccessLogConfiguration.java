package uk.lantern.support.accesslog;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.support.security.AccessRules;
import uk.lantern.support.security.Role;

/** Every service's access log, the recorder that writes it and the manager's API over it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessLogSettings.class)
public class AccessLogConfiguration {

    /**
     * The access log's own operations, the same in every service: a manager's only
     * ({@code shared-schemas/access-matrix.md}). {@link uk.lantern.support.security.LanternSecurity} adds them to
     * each service's rules.
     */
    public static final AccessRules RULES = AccessRules.builder()
            .allow(GET, "/access-log", Role.MANAGER)
            .allow(GET, "/access-log/break-glass", Role.MANAGER)
            .allow(POST, "/access-log/break-glass/{sequence}/review", Role.MANAGER)
            .build();

    @Bean
    AccessLog accessLog(MongoTemplate mongo, Clock clock, AccessLogSettings settings, MeterRegistry meters) {
        AccessLog log = new AccessLog(mongo.getCollection(AccessLog.COLLECTION), clock, settings, meters);
        log.prepare();
        return log;
    }

    @Bean
    AccessRecorder accessRecorder(AccessLog log, AccessLogSettings settings, ObjectProvider<JsonMapper> json) {
        return new AccessRecorder(log, settings, json.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    @Bean
    WebMvcConfigurer accessLogBeforeDecisions(AccessRecorder recorder) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(recorder);
            }
        };
    }

    @Bean
    AccessLogController accessLogController(AccessLog log, AccessRecorder recorder) {
        return new AccessLogController(log, recorder);
    }
}
