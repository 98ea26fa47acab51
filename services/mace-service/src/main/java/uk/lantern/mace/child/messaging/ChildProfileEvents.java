package uk.lantern.mace.child.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.mace.child.application.ChildProfiles;
import uk.lantern.mace.child.application.LinkIndex;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.mace.common.domain.AllocatedWorker;
import uk.lantern.schemas.EventSchemas;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.CorrelationEventTypes;

/**
 * A child's profile from {@code lantern.child-profiles.v2} into the service's own projection: what the panel sees
 * comes from events, never from the correlation service's database. A tombstone (the child was merged into another)
 * forgets the child. A message that is not a valid profile throws {@link UndecodableEventException}, which the
 * binding sends to the dead-letter topic with its reasons.
 */
public class ChildProfileEvents {

    static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final EventSchemas SCHEMAS = new EventSchemas();
    private final ChildProfiles children;
    private final LinkIndex index;
    private final MeterRegistry meters;

    public ChildProfileEvents(ChildProfiles children, LinkIndex index, MeterRegistry meters) {
        this.children = children;
        this.index = index;
        this.meters = meters;
    }

    /** @param value the profile's JSON, or null for a tombstone */
    public ChildProfiles.Outcome accept(String key, byte[] value) {
        ChildProfiles.Outcome outcome;
        if (value == null || value.length == 0) {
            if (key == null || key.isBlank()) {
                throw new UndecodableEventException("a tombstone without a key names no child");
            }
            outcome = children.forget(key);
        } else {
            outcome = children.keep(seen(decode(value), index));
        }
        Counter.builder("lantern.mace.profiles.consumed").tag("outcome", outcome.name().toLowerCase())
                .description("Child profiles read into the MACE projection").register(meters).increment();
        return outcome;
    }

    /** The profile's allocation, when it names a worker or a team the panel can address (else none). */
    static AllocatedWorker worker(ChildProfile.Allocation a) {
        if (a == null || (blank(a.name()) && blank(a.team()))) {
            return null;
        }
        try {
            return new AllocatedWorker(blank(a.name()) ? null : a.name().strip(), blank(a.team()) ? null : a.team().strip());
        } catch (RuntimeException unusable) { // too long to address: the panel names the worker itself
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static ChildProfile decode(byte[] value) {
        JsonNode tree;
        try {
            tree = JSON.readTree(value);
        } catch (JacksonException e) {
            throw new UndecodableEventException(List.of("not JSON: " + e.getOriginalMessage()), e);
        }
        List<String> violations = SCHEMAS.violations(CorrelationEventTypes.CHILD_PROFILE, tree);
        if (!violations.isEmpty()) {
            throw new UndecodableEventException(violations, null);
        }
        try {
            return JSON.treeToValue(tree, ChildProfile.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UndecodableEventException(List.of("cannot read ChildProfile: " + e.getMessage()), e);
        }
    }

    /** The child as the panel sees it; the profile's link keys only as their blind indexes. */
    static ChildSeen seen(ChildProfile p, LinkIndex index) {
        ChildProfile.Name name = p.names().isEmpty() ? null : p.names().get(0);
        return new ChildSeen(p.childId(), p.version(), name == null ? null : name.givenName(),
                name == null ? null : name.familyName(), p.dateOfBirth(),
                p.identifiers().stream().map(i -> new ChildSeen.Identifier(i.kind(), i.value())).distinct().toList(),
                p.postcodes().isEmpty() ? null : p.postcodes().get(0), p.maceScore(),
                p.openFlags().stream().map(ChildProfile.OpenFlag::code).distinct().sorted().toList(),
                p.exploitation() == null ? null : p.exploitation().category(),
                p.episodes().stream().map(ChildProfile.EpisodeSummary::episodeId).toList(),
                index.of(p.linkKeys()),
                p.episodes().stream().map(e -> new ChildSeen.Episode(e.episodeId(), e.context(), e.start(),
                        e.returnedAt(), e.riskGrade(), e.interviewStatus())).toList(),
                p.cme() == null ? null : p.cme().status(),
                p.exploitation() == null ? null : p.exploitation().assessmentStatus(),
                worker(p.allocatedWorker()));
    }
}
