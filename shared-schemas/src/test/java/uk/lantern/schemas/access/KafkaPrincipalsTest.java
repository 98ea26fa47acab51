package uk.lantern.schemas.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;

class KafkaPrincipalsTest {

    private static List<Topic<?>> registry() {
        return Stream.concat(Topics.all().stream(), Topics.withoutEnvelope().stream()).toList();
    }

    @Test
    void everyRegisteredTopicIsWrittenByItsOwnerAndNobodyElse() {
        for (Topic<?> topic : registry()) {
            List<KafkaPrincipal> writers = KafkaPrincipals.all().stream()
                    .filter(p -> p.writes().contains(topic.name())).toList();
            assertThat(writers).as(topic.name()).hasSize(1);
            assertThat(writers.get(0).service()).as(topic.name()).isEqualTo(topic.owner());
        }
    }

    @Test
    void noTopicHasTwoWriters() {
        List<String> owned = KafkaPrincipals.ownedTopics();
        assertThat(owned).doesNotHaveDuplicates();
    }

    @Test
    void theAnalystReadsOnlyTheAnalystFeedAndWritesNothing() {
        KafkaPrincipal analyst = KafkaPrincipals.ANALYST;
        assertThat(analyst.writes()).isEmpty();
        assertThat(analyst.reads()).containsExactly("lantern.analyst-feed*");
        for (Topic<?> topic : registry()) {
            boolean feed = topic.name().startsWith("lantern.analyst-feed");
            boolean readable = analyst.acls().stream().anyMatch(acl ->
                    acl.resourceType() == KafkaPrincipal.ResourceType.TOPIC
                            && acl.operation() == KafkaPrincipal.Operation.READ
                            && (acl.prefixed() ? topic.name().startsWith(acl.resourceName())
                                    : topic.name().equals(acl.resourceName())));
            assertThat(readable).as(topic.name()).isEqualTo(feed);
        }
    }

    @Test
    void theConsoleReadsTheAlertsAndTheWorkOnThemInItsOwnGroupsAndWritesNothing() {
        KafkaPrincipal console = KafkaPrincipals.CONSOLE;
        assertThat(console.writes()).isEmpty();
        assertThat(console.reads()).containsExactly("lantern.alerts.v1", "lantern.alert-work.v1");
        assertThat(console.groups()).containsExactly("lantern-console*");
        assertThat(KafkaPrincipals.REPORTING.reads()).contains("lantern.alert-work.v1");
    }

    @Test
    void onlyTheCorrelationServiceHasTransactionalIdsOrInternalTopics() {
        for (KafkaPrincipal principal : KafkaPrincipals.all()) {
            boolean correlation = principal == KafkaPrincipals.CORRELATION;
            assertThat(!principal.transactionalIds().isEmpty()).as(principal.name()).isEqualTo(correlation);
            assertThat(!principal.internalTopics().isEmpty()).as(principal.name()).isEqualTo(correlation);
        }
    }

    @Test
    void namesAndPasswordVariablesAreDistinct() {
        assertThat(KafkaPrincipals.names()).doesNotHaveDuplicates().startsWith(KafkaPrincipals.ADMIN);
        List<String> variables = new ArrayList<>();
        KafkaPrincipals.all().forEach(p -> variables.add(p.passwordVariable()));
        assertThat(variables).doesNotHaveDuplicates()
                .contains("LANTERN_KAFKA_PASSWORD_MISSING_EPISODES", "LANTERN_KAFKA_PASSWORD_ANALYST");
    }

    @Test
    void prefixesBecomePrefixedAclsAndEachRuleAppearsOnce() {
        List<KafkaPrincipal.Acl> acls = KafkaPrincipals.CORRELATION.acls();
        assertThat(acls).doesNotHaveDuplicates();
        assertThat(acls).contains(new KafkaPrincipal.Acl("lantern-correlation",
                KafkaPrincipal.ResourceType.TRANSACTIONAL_ID, "correlation-service-", true,
                KafkaPrincipal.Operation.WRITE));
        assertThat(acls).contains(new KafkaPrincipal.Acl("lantern-correlation",
                KafkaPrincipal.ResourceType.GROUP, "correlation-service", true, KafkaPrincipal.Operation.READ));
    }
}
