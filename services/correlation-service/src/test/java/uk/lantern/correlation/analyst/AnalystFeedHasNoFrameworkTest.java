package uk.lantern.correlation.analyst;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AnalystFeedHasNoFrameworkTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.lantern.correlation.analyst");

    @Test
    void the_analyst_feed_imports_no_spring_kafka_or_mongo() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
                .check(classes);
    }

    @Test
    void the_analyst_feed_knows_nothing_of_the_profile_or_the_topology() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("uk.lantern.correlation.profile..", "uk.lantern.correlation.stream..")
                .check(classes);
    }
}
