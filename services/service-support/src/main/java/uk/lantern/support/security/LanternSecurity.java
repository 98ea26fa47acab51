package uk.lantern.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server that denies by default: a request needs a valid token from the
 * configured issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) and a rule of the service's
 * {@link AccessRules} that gives one of the person's roles a reason to call the operation. Refusals are RFC 9457
 * problems: 401 without a valid token, 403 with one that gives no reason. The acting person is the token's subject,
 * available to controllers as an {@link Actor} parameter.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class LanternSecurity {

    private static final String REFUSAL = LanternSecurity.class.getName() + ".refusal";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPES = "https://lantern.example/problems/";

    @Bean
    SecurityFilterChain lanternAccess(HttpSecurity http, AccessRules rules) throws Exception {
        List<AccessRules.Operation> operations = java.util.stream.Stream.concat(rules.operations().stream(),
                        uk.lantern.support.accesslog.AccessLogConfiguration.RULES.operations().stream())
                .sorted(Comparator.comparing((AccessRules.Operation o) -> PathPatternParser.defaultInstance.parse(o.path()),
                        PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(LanternSecurity::authentication))
                        .authenticationEntryPoint(LanternSecurity::unauthenticated))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(LanternSecurity::unauthenticated)
                        .accessDeniedHandler((request, response, denied) -> refused(request, response)))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                            "/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus").permitAll();
                    requests.requestMatchers("/actuator/**").hasAuthority(Role.ADMINISTRATOR.authority());
                    for (AccessRules.Operation operation : operations) {
                        requests.requestMatchers(operation.method(), operation.path()).access(decide(operation));
                    }
                    requests.anyRequest().denyAll();
                });
        return http.build();
    }

    /** The operation's grant for the person's roles; breaking the glass only with a reason a manager could review. */
    private static AuthorizationManager<RequestAuthorizationContext> decide(AccessRules.Operation operation) {
        return (authentication, context) -> {
            if (!(authentication.get() instanceof JwtAuthenticationToken token)) {
                return new AuthorizationDecision(false);
            }
            Actor actor = CurrentActor.from(token.getToken());
            AccessRules.Grant grant = operation.grantTo(actor);
            HttpServletRequest request = context.getRequest();
            if (grant == null) {
                request.setAttribute(REFUSAL, "Your role gives no reason to " + describe(operation) + ".");
                return new AuthorizationDecision(false);
            }
            if (grant == AccessRules.Grant.BREAK_GLASS) {
                Optional<String> reason = BreakGlass.stated(request);
                if (reason.isEmpty()) {
                    request.setAttribute(REFUSAL, "Your role gives no standing reason to see this child's record. "
                            + "In an emergency, state why in the " + BreakGlass.HEADER + " header (10 to 500 "
                            + "characters): the access is logged and a manager reviews it.");
                    return new AuthorizationDecision(false);
                }
                request.setAttribute(BreakGlass.ATTRIBUTE, reason.get());
            }
            return new AuthorizationDecision(true);
        };
    }

    private static String describe(AccessRules.Operation operation) {
        return "call " + operation.method().name() + " " + operation.path();
    }

    static JwtAuthenticationToken authentication(Jwt jwt) {
        List<GrantedAuthority> authorities = CurrentActor.roles(jwt).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    private static void unauthenticated(HttpServletRequest request, HttpServletResponse response,
                                        org.springframework.security.core.AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"lantern\"");
        write(response, HttpStatus.UNAUTHORIZED, "sign-in-required", "Sign in first",
                "This service answers only signed-in people: send an access token from Lantern's OpenID provider "
                        + "in the Authorization header (Bearer).", request);
    }

    private static void refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object refusal = request.getAttribute(REFUSAL);
        write(response, HttpStatus.FORBIDDEN, "not-allowed", "Not allowed",
                refusal != null ? refusal.toString() : "Your role gives no reason to do this.", request);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String title,
                              String detail, HttpServletRequest request) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPES + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /** Lets a controller take the acting person as an {@link Actor} parameter. */
    @Bean
    WebMvcConfigurer actorArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new HandlerMethodArgumentResolver() {
                    @Override
                    public boolean supportsParameter(MethodParameter parameter) {
                        return parameter.getParameterType() == Actor.class;
                    }

                    @Override
                    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                                  NativeWebRequest request, WebDataBinderFactory binders) {
                        return CurrentActor.get();
                    }
                });
            }
        };
    }
}
