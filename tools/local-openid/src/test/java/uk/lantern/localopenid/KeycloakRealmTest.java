package uk.lantern.localopenid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose's Keycloak imports {@code deploy/keycloak/lantern-realm.json}: the same people, organisations and
 * roles as the local provider, and tokens carrying the same claims (name, organisation, roles).
 */
class KeycloakRealmTest {

    static final JsonNode REALM = JsonMapper.builder().build()
            .readTree(Path.of("../../deploy/keycloak/lantern-realm.json").toFile());

    @Test
    void the_realm_holds_every_demo_person_with_their_organisation_and_roles() {
        List<String> people = new ArrayList<>();
        for (JsonNode user : REALM.get("users")) {
            List<String> roles = new ArrayList<>();
            user.get("realmRoles").forEach(r -> roles.add(r.asString()));
            people.add(user.get("username").asString() + " " + user.get("firstName").asString() + " "
                    + user.get("lastName").asString() + " " + user.at("/attributes/organisation/0").asString() + " "
                    + roles);
        }
        assertThat(people).containsExactlyInAnyOrderElementsOf(DemoPeople.load().all().stream()
                .map(p -> p.username() + " " + p.name() + " " + p.organisation() + " " + p.roles()).toList());
    }

    @Test
    void both_clients_put_name_organisation_and_roles_in_the_token() {
        for (JsonNode client : REALM.get("clients")) {
            List<String> claims = new ArrayList<>();
            client.get("protocolMappers").forEach(m -> claims.add(m.get("name").asString()));
            assertThat(claims).as(client.get("clientId").asString()).contains("name", "organisation", "roles");
            assertThat(client.at("/attributes/pkce.code.challenge.method").asString()).isEqualTo("S256");
        }
    }
}
