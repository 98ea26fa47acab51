package uk.lantern.correlation.profile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ProfileHasNoFrameworkTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.lantern.correlation.profile");

    @Test
    void the_profile_imports_no_spring_kafka_or_mongo() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
                .check(classes);
    }

    @Test
    void the_profile_does_not_reach_into_the_topology() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("uk.lantern.correlation.stream..")
                .check(classes);
    }
}
