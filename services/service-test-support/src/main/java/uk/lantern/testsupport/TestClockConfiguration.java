package uk.lantern.testsupport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the service's {@code Clock} with a {@link MutableClock} the test sets. Import it in a
 * {@code @SpringBootTest} ({@code @Import(TestClockConfiguration.class)}) and autowire the {@link MutableClock}; it
 * starts at {@link AwkwardMoments#JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER}.
 */
@Configuration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(AwkwardMoments.JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER);
    }
}
