package uk.lantern.correlation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import uk.lantern.testsupport.TimeFromTheClock;

/**
 * The correlation service's main code takes the time from the Clock bean (the API, the projections) or from Kafka
 * Streams' own clock (the topology's wall-clock punctuation, which TopologyTestDriver drives), so that tests can fix
 * it; it never reads the machine's clock itself.
 */
@AnalyzeClasses(packages = {"uk.lantern.correlation", "uk.lantern.support"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class TimeComesFromTheClockTest {

    @ArchTest
    static final ArchRule main_code_never_reads_the_wall_clock_it_asks_the_clock_bean = TimeFromTheClock.rule();
}
