package uk.lantern.correlation.support;

import uk.lantern.testsupport.MutableClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The service without its Kafka Streams topology (lantern.correlation.stream.enabled=false): the projections, the API
 * and the scheduled jobs, on the embedded broker and store, with a clock the test moves. The context is closed after
 * the class, so its projection consumers never compete with another context's for the same consumer groups.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lantern.correlation.stream.enabled=false",
        "spring.cloud.function.definition=profiles;alerts;hotspots;identity;chronology",
        "lantern.correlation.escalation.check-every=1h"})
@Import(WithoutTopology.TestClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface WithoutTopology {

    Instant START = Instant.parse("2026-11-23T09:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }
}
