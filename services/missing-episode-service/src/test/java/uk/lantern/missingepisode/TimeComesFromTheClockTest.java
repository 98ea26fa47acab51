package uk.lantern.missingepisode;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import uk.lantern.testsupport.TimeFromTheClock;

/**
 * The service's main code, and the service-support it runs on, take the time from the Clock bean, so that a test can
 * fix it; the one exception is the bean itself ({@link TimeFromTheClock#SERVICE_SUPPORT_EXCEPTIONS}).
 */
@AnalyzeClasses(packages = {"uk.lantern.missingepisode", "uk.lantern.support"}, importOptions = ImportOption.DoNotIncludeTests.class)
class TimeComesFromTheClockTest {

    @ArchTest
    static final ArchRule main_code_never_reads_the_wall_clock_it_asks_the_clock_bean = TimeFromTheClock.rule();
}
