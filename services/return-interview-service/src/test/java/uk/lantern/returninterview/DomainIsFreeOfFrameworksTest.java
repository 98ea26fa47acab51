package uk.lantern.returninterview;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "uk.lantern.returninterview", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsFreeOfFrameworksTest {

    @ArchTest
    static final ArchRule the_domain_imports_no_spring_kafka_mongo_or_wire_contracts_only_plain_problem_types = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "org.bson..", "com.mongodb..",
                    "tools.jackson..", "com.fasterxml..", "jakarta..", "uk.lantern.schemas..",
                    "uk.lantern.support.outbox..", "uk.lantern.support.web..", "uk.lantern.support.idempotency..",
                    "..application..", "..web..", "..persistence..", "..messaging..");
}
