package uk.lantern.mace.concern.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.lantern.mace.common.domain.Checks;
import uk.lantern.mace.common.domain.MaceRuleViolation;
import uk.lantern.schemas.links.LinkKeys;
import uk.lantern.schemas.links.LinkKeys.Kind;

/**
 * An adult the panel is concerned about: names and aliases, phones, vehicles, and the link keys they normalise to
 * (by the contract's {@link LinkKeys}, as the profiles' {@code linkKeys} are), by which the children whose profiles touch them are found.
 */
public record PersonOfConcern(String id, List<String> names, List<String> aliases, List<String> phones,
                              List<String> vehicles, List<String> linkKeys, String recordedBy, Instant recordedAt) {

    public PersonOfConcern {
        names = names == null ? List.of() : List.copyOf(names);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        phones = phones == null ? List.of() : List.copyOf(phones);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        linkKeys = linkKeys == null ? List.of() : List.copyOf(linkKeys);
    }

    public static PersonOfConcern record(String id, List<String> names, List<String> aliases, List<String> phones,
                                         List<String> vehicles, String recordedBy, Instant now) {
        if (names == null || names.isEmpty()) {
            throw new MaceRuleViolation("names", "at least one name is required");
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Checks.text("names[" + i + "]", names.get(i), 200);
            LinkKeys.of(Kind.PERSON_NAME, names.get(i)).ifPresent(keys::add);
        }
        List<String> as = aliases == null ? List.of() : aliases;
        for (int i = 0; i < as.size(); i++) {
            Checks.text("aliases[" + i + "]", as.get(i), 200);
            LinkKeys.of(Kind.PERSON_NAME, as.get(i)).ifPresent(keys::add);
        }
        List<String> ps = phones == null ? List.of() : phones;
        for (int i = 0; i < ps.size(); i++) {
            final int at = i;
            Checks.text("phones[" + i + "]", ps.get(i), 40);
            keys.add(LinkKeys.of(Kind.PHONE, ps.get(i)).orElseThrow(() ->
                    new MaceRuleViolation("phones[" + at + "]", "must be a phone number of at least 10 digits")));
        }
        List<String> vs = vehicles == null ? List.of() : vehicles;
        for (int i = 0; i < vs.size(); i++) {
            final int at = i;
            Checks.text("vehicles[" + i + "]", vs.get(i), 20);
            keys.add(LinkKeys.of(Kind.VEHICLE, vs.get(i)).orElseThrow(() ->
                    new MaceRuleViolation("vehicles[" + at + "]", "must be a registration of letters and digits")));
        }
        return new PersonOfConcern(id, names.stream().map(String::strip).toList(), as.stream().map(String::strip).toList(),
                ps.stream().map(String::strip).toList(), vs.stream().map(String::strip).toList(), List.copyOf(keys),
                recordedBy, now);
    }
}
