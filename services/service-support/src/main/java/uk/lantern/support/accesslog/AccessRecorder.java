package uk.lantern.support.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.support.security.Actor;
import uk.lantern.support.security.BreakGlass;
import uk.lantern.support.security.CurrentActor;

/**
 * Writes the access log entry of every {@link AccessLogged} call before anything leaves the service: a read's entry
 * as its answer is about to be written (so an entry that cannot be written means the answer is never sent), a
 * decision's before the controller runs (so it is never carried out unlogged). The failure is
 * {@link AccessLogUnavailable}, which the service answers with a 503 problem.
 */
@ControllerAdvice
public class AccessRecorder implements ResponseBodyAdvice<Object>, HandlerInterceptor {

    private final AccessLog log;
    private final AccessLogSettings settings;
    private final JsonMapper json;
    private final Set<String> referenceFields;

    public AccessRecorder(AccessLog log, AccessLogSettings settings, JsonMapper json) {
        this.log = log;
        this.settings = settings;
        this.json = json;
        this.referenceFields = Set.copyOf(settings.referenceFields());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            AccessLogged logged = method.getMethodAnnotation(AccessLogged.class);
            if (logged != null && logged.value().loggedBefore()) {
                log.append(draft(request, logged, null));
            }
        }
        return true;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        AccessLogged logged = returnType.getMethodAnnotation(AccessLogged.class);
        return logged != null && !logged.value().loggedBefore();
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        AccessLogged logged = returnType.getMethodAnnotation(AccessLogged.class);
        if (logged != null && request instanceof ServletServerHttpRequest servlet) {
            log.append(draft(servlet.getServletRequest(), logged, body));
        }
        return body;
    }

    /** The entry for a call: the person, the operation, the child references, where from and why. */
    AccessLogEntry.Draft draft(HttpServletRequest request, AccessLogged logged, Object answer) {
        Actor actor = CurrentActor.get();
        Set<String> children = new LinkedHashSet<>();
        List<String> records = new ArrayList<>();
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            map.values().forEach(v -> {
                records.add(String.valueOf(v));
                reference(children, String.valueOf(v));
            });
        }
        for (String parameter : logged.parameters()) {
            String[] values = request.getParameterValues(parameter);
            if (values != null) {
                for (String value : values) {
                    reference(children, value);
                }
            }
        }
        if (answer != null) {
            JsonNode tree = answer instanceof JsonNode node ? node : json.valueToTree(answer);
            collect(tree, true, children);
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String operation = request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
        Optional<String> stated = Optional.ofNullable(request.getHeader(BreakGlass.PURPOSE_HEADER))
                .map(String::strip).filter(p -> !p.isEmpty()).map(p -> p.length() > 500 ? p.substring(0, 500) : p);
        return new AccessLogEntry.Draft(who(actor), logged.value(), operation, records, request.getQueryString(),
                List.copyOf(children), from(request), stated.orElseGet(() -> StandingPurpose.of(actor.roles())),
                stated.isPresent(), BreakGlass.reason(request).orElse(null), null, null);
    }

    static AccessLogEntry.Who who(Actor actor) {
        return new AccessLogEntry.Who(actor.subject(), actor.name(), actor.organisation(),
                actor.roles().stream().sorted().map(r -> r.claim()).toList());
    }

    /** The client's address; the forwarded one (and the proxy's) only when the service is told to trust it. */
    String from(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (settings.trustForwardedFor() && forwarded != null && !forwarded.isBlank()) {
            String client = forwarded.split(",")[0].strip();
            return client + " (via " + remote + ")";
        }
        return remote;
    }

    private void reference(Set<String> children, String value) {
        if (value == null || value.isBlank() || children.size() >= settings.maxReferences()) {
            return;
        }
        String trimmed = value.strip();
        children.add(trimmed);
        int colon = trimmed.indexOf(':');
        if (colon > 0 && colon < trimmed.length() - 1 && children.size() < settings.maxReferences()) {
            children.add(trimmed.substring(colon + 1)); // kind:value, e.g. nhs:9434765919
        }
    }

    /** Values of the reference fields anywhere in the answer, a top-level record's {@code id}, and identifiers. */
    private void collect(JsonNode node, boolean top, Set<String> children) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, top, children);
            }
        } else if (node.isObject()) {
            JsonNode kind = node.get("kind");
            JsonNode value = node.get("value");
            if (kind != null && value != null && kind.isString() && value.isString()
                    && Set.of("la", "nhs", "upn", "police").contains(kind.asString().toLowerCase(Locale.ROOT))) {
                reference(children, kind.asString().toLowerCase(Locale.ROOT) + ":" + value.asString());
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode v = field.getValue();
                boolean named = referenceFields.contains(field.getKey()) || top && field.getKey().equals("id");
                if (named && v.isValueNode() && !v.isNull()) {
                    reference(children, v.asString());
                } else if (named && v.isArray()) {
                    for (JsonNode element : v) {
                        if (element.isValueNode() && !element.isNull()) {
                            reference(children, element.asString());
                        }
                    }
                } else if (v.isContainer()) {
                    collect(v, top && v.isArray(), children); // a page's or a bundle's records are top-level too
                }
            }
        }
    }
}
