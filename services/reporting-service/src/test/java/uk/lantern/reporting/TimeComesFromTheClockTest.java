package uk.lantern.reporting;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import uk.lantern.testsupport.TimeFromTheClock;

/** "Now" (the default as-at date, today) comes from the Clock bean, so a test can fix it. */
@AnalyzeClasses(packages = {"uk.lantern.reporting", "uk.lantern.support"}, importOptions = ImportOption.DoNotIncludeTests.class)
class TimeComesFromTheClockTest {

    @ArchTest
    static final ArchRule main_code_never_reads_the_wall_clock_it_asks_the_clock_bean = TimeFromTheClock.rule();
}
