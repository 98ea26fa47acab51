package uk.lantern.reporting;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The ledger, the figures and the lists are plain Java: no framework, no store, no wire contract (the messaging
 * adapter maps the events to ledger entries).
 */
@AnalyzeClasses(packages = "uk.lantern.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsFreeOfFrameworksTest {

    @ArchTest
    static final ArchRule the_domain_imports_no_spring_kafka_mongo_or_wire_contracts = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "org.bson..", "com.mongodb..",
                    "tools.jackson..", "com.fasterxml..", "jakarta..", "io.micrometer..", "uk.lantern.support..",
                    "uk.lantern.schemas..", "..application..", "..web..", "..persistence..", "..messaging..")
                    .and(not(resideInAPackage("uk.lantern.support.problems.."))));
}
