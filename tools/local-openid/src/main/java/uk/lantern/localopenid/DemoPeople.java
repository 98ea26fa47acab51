package uk.lantern.localopenid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo people of {@code demo-people.json}: one (or two) for every role, each in an organisation. */
public final class DemoPeople {

    /** A person who can sign in to the local stack. */
    public record Person(String username, String name, String organisation, String organisationName,
                         List<String> roles) {
    }

    private final Map<String, Person> people;

    private DemoPeople(Map<String, Person> people) {
        this.people = people;
    }

    public static DemoPeople load() {
        try (InputStream in = DemoPeople.class.getResourceAsStream("/demo-people.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, Person> people = new LinkedHashMap<>();
            for (JsonNode p : root.get("people")) {
                List<String> roles = new ArrayList<>();
                p.get("roles").forEach(r -> roles.add(r.asString()));
                String organisation = p.get("organisation").asString();
                people.put(p.get("username").asString(), new Person(p.get("username").asString(),
                        p.get("name").asString(), organisation,
                        root.get("organisations").get(organisation).asString(), List.copyOf(roles)));
            }
            return new DemoPeople(Map.copyOf(people));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Person> find(String username) {
        return Optional.ofNullable(people.get(username));
    }

    public List<Person> all() {
        return people.values().stream().sorted(java.util.Comparator.comparing(Person::username)).toList();
    }
}
