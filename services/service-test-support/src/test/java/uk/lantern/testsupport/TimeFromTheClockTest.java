package uk.lantern.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TimeFromTheClockTest {

    static class AsksInstantNow {
        Instant now() {
            return Instant.now();
        }
    }

    static class AsksTodayInLondon {
        LocalDate today() {
            return LocalDate.now(ZoneId.of("Europe/London"));
        }
    }

    static class RefersToOffsetDateTimeNow {
        Supplier<OffsetDateTime> now = OffsetDateTime::now;
    }

    static class MakesItsOwnClock {
        Clock clock = Clock.systemUTC();
    }

    static class TakesTheTimeFromItsClock {
        private final Clock clock = Clock.fixed(Instant.EPOCH, ZoneId.of("UTC"));

        LocalDate today() {
            return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        }

        ZonedDateTime now() {
            return ZonedDateTime.now(clock);
        }

        Instant instant() {
            return Instant.now(clock);
        }
    }

    @Test
    void a_now_without_a_clock_by_call_or_reference_and_a_system_clock_break_the_rule() {
        for (Class<?> offender : new Class<?>[] {AsksInstantNow.class, AsksTodayInLondon.class,
                RefersToOffsetDateTimeNow.class, MakesItsOwnClock.class}) {
            EvaluationResult result = TimeFromTheClock.rule().evaluate(classes(offender));

            assertThat(result.hasViolation()).as(offender.getSimpleName()).isTrue();
        }
    }

    @Test
    void time_taken_from_a_clock_keeps_it() {
        assertThat(TimeFromTheClock.rule().evaluate(classes(TakesTheTimeFromItsClock.class)).hasViolation()).isFalse();
    }

    @Test
    void a_listed_class_may_read_the_wall_clock_and_the_violation_names_the_call() {
        JavaClasses offender = classes(AsksInstantNow.class);

        assertThat(TimeFromTheClock.rule(Map.of(TimeFromTheClockTest.class.getName(), "a test"))
                .allowEmptyShould(true).evaluate(offender).hasViolation()).isFalse();
        assertThat(TimeFromTheClock.rule().evaluate(offender).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("Instant.now()"));
    }

    private static JavaClasses classes(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }
}
