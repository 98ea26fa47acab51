package uk.lantern.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule that main code takes the time from the application's {@code Clock} bean, so that a test can fix it: no
 * {@code Instant.now()}, {@code LocalDate.now()}, {@code LocalDateTime.now()}, {@code ZonedDateTime.now()},
 * {@code OffsetDateTime.now()} (or the other {@code java.time} {@code now}s) without a {@code Clock} argument, no
 * {@code now(zone)}, no {@code Clock.systemUTC()} or {@code System.currentTimeMillis()}, by call or by method
 * reference. Places that may are listed, each with its reason.
 */
public final class TimeFromTheClock {

    /** The one place in service-support that reads the system clock, for every service. */
    public static final Map<String, String> SERVICE_SUPPORT_EXCEPTIONS = Map.of(
            "uk.lantern.support.LanternServiceSupport",
            "declares the one Clock bean (Clock.systemUTC()) that every other class is given and a test replaces");

    private static final Set<String> TIME_TYPES = Set.of(
            "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
            "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.Year",
            "java.time.YearMonth", "java.time.MonthDay");
    private static final Set<String> SYSTEM_CLOCKS = Set.of("systemUTC", "systemDefaultZone", "system");

    /** The rule with service-support's one exception. */
    public static ArchRule rule() {
        return rule(Map.of());
    }

    /**
     * The rule with service-support's exception and {@code more}: fully qualified class name to the reason it may
     * read the wall clock (nested classes and lambdas of a listed class are covered by it).
     */
    public static ArchRule rule(Map<String, String> more) {
        Map<String, String> allowed = new LinkedHashMap<>(SERVICE_SUPPORT_EXCEPTIONS);
        allowed.putAll(more);
        DescribedPredicate<JavaClass> notListed = DescribedPredicate.describe(
                "are not listed with a reason " + allowed.keySet(), c -> !allowed.containsKey(topLevelName(c)));
        return noClasses().that(notListed)
                .should().accessTargetWhere(readsTheWallClock())
                .because("the time comes from the Clock bean, so that a test can fix it (issue 15 item 10)");
    }

    static DescribedPredicate<JavaAccess<?>> readsTheWallClock() {
        return DescribedPredicate.describe("read the wall clock (a java.time now() without a Clock argument, "
                + "Clock.systemUTC() or System.currentTimeMillis())", TimeFromTheClock::readsTheWallClock);
    }

    private static boolean readsTheWallClock(JavaAccess<?> access) {
        if (!(access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target)) {
            return false;
        }
        String owner = target.getOwner().getName();
        String name = target.getName();
        if (TIME_TYPES.contains(owner) && name.equals("now")) {
            List<JavaClass> parameters = target.getRawParameterTypes();
            return !(parameters.size() == 1 && parameters.get(0).getName().equals("java.time.Clock"));
        }
        return (owner.equals("java.time.Clock") && SYSTEM_CLOCKS.contains(name))
                || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"));
    }

    private static String topLevelName(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private TimeFromTheClock() {
    }
}
