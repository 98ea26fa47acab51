package uk.lantern.support.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;

/**
 * Who may call which operation of a service: deny by default, so an operation no rule names is refused to everyone.
 * Each service declares its own rules in the words of {@code shared-schemas/access-matrix.md}, and its authorisation
 * matrix test calls every operation as every role to hold the two together.
 *
 * <ul>
 *   <li>{@link Grant#ALLOWED}: the role always has a reason to.</li>
 *   <li>{@link Grant#OWN_ORGANISATION}: the role may, but only for records of its own organisation; the service
 *       narrows (an interview provider sees the cases assigned to it).</li>
 *   <li>{@link Grant#BREAK_GLASS}: the role has no standing reason, but in an emergency may read a child's record by
 *       stating why in the {@value BreakGlass#HEADER} header; the access is logged and flagged for a manager.</li>
 * </ul>
 */
public final class AccessRules {

    public enum Grant { ALLOWED, OWN_ORGANISATION, BREAK_GLASS }

    /** One operation and what each role has on it. */
    public record Operation(HttpMethod method, String path, Map<Role, Grant> grants) {

        public Grant grantTo(Actor actor) {
            Grant best = null;
            for (Role role : actor.roles()) {
                Grant grant = grants.get(role);
                if (grant != null && (best == null || grant.ordinal() < best.ordinal())) {
                    best = grant;
                }
            }
            return best;
        }
    }

    private final List<Operation> operations;

    private AccessRules(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    public List<Operation> operations() {
        return operations;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {

        private final Map<String, Operation> operations = new LinkedHashMap<>();

        /** The roles always have a reason to call {@code method path}. */
        public Builder allow(HttpMethod method, String path, Role... roles) {
            return grant(method, path, Grant.ALLOWED, roles);
        }

        /** The roles may call {@code method path} for their own organisation's records; the service narrows. */
        public Builder ownOrganisation(HttpMethod method, String path, Role... roles) {
            return grant(method, path, Grant.OWN_ORGANISATION, roles);
        }

        /** The roles may read {@code method path} only by breaking the glass, with a stated reason. */
        public Builder breakGlass(HttpMethod method, String path, Role... roles) {
            return grant(method, path, Grant.BREAK_GLASS, roles);
        }

        private Builder grant(HttpMethod method, String path, Grant grant, Role... roles) {
            Objects.requireNonNull(method);
            String key = method.name() + " " + path;
            Operation existing = operations.get(key);
            Map<Role, Grant> grants = new EnumMap<>(Role.class);
            if (existing != null) {
                grants.putAll(existing.grants());
            }
            for (Role role : roles) {
                if (grants.containsKey(role)) {
                    throw new IllegalArgumentException(role + " is given " + key + " twice");
                }
                grants.put(role, grant);
            }
            operations.put(key, new Operation(method, path, Map.copyOf(grants)));
            return this;
        }

        public AccessRules build() {
            return new AccessRules(new ArrayList<>(operations.values()));
        }
    }
}
