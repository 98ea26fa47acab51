package uk.lantern.correlation.patterns;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PatternsHaveNoFrameworkTest {

    private final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.lantern.correlation.patterns");

    @Test
    void the_pattern_rules_import_no_spring_kafka_or_mongo() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
                .check(classes);
    }

    /**
     * The link-key format ({@code uk.lantern.schemas.links.LinkKeys}: plain functions over strings, no wire type) is
     * shared with the services that read the profiles' link keys, so the normaliser may use it.
     */
    @Test
    void only_the_contract_mapping_knows_the_wire_contracts() {
        noClasses().that().doNotHaveSimpleName("ContractFacts")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("uk.lantern.schemas..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("uk.lantern.schemas.links.."))))
                .check(classes);
    }
}
