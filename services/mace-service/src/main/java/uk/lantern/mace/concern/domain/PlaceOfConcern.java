package uk.lantern.mace.concern.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.lantern.mace.common.domain.MaceRuleViolation;
import uk.lantern.schemas.links.LinkKeys;
import uk.lantern.schemas.links.LinkKeys.Kind;

/** A place the panel is concerned about: a name, a postcode, or both, and the link keys they normalise to. */
public record PlaceOfConcern(String id, String name, String postcode, List<String> linkKeys, String recordedBy,
                             Instant recordedAt) {

    public PlaceOfConcern {
        linkKeys = linkKeys == null ? List.of() : List.copyOf(linkKeys);
    }

    public static PlaceOfConcern record(String id, String name, String postcode, String recordedBy, Instant now) {
        List<String> keys = new ArrayList<>();
        if (name != null && name.length() > 200) {
            throw new MaceRuleViolation("name", "must be at most 200 characters");
        }
        if (postcode != null && postcode.length() > 10) {
            throw new MaceRuleViolation("postcode", "must be at most 10 characters");
        }
        LinkKeys.of(Kind.PLACE_NAME, name).ifPresent(keys::add);
        LinkKeys.of(Kind.POSTCODE, postcode).ifPresent(keys::add);
        if (keys.isEmpty()) {
            throw new MaceRuleViolation("name", "a name or a postcode is required");
        }
        return new PlaceOfConcern(id, name == null || name.isBlank() ? null : name.strip(),
                postcode == null || postcode.isBlank() ? null : postcode.strip().toUpperCase(java.util.Locale.ROOT),
                keys, recordedBy, now);
    }
}
