package uk.lantern.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import uk.lantern.support.problems.NotFound;

/**
 * A path variable that is blank ({@code /entries/%20/removal}) names no record: 404, as for any id not found, before
 * a controller builds an id from it (ids refuse to be blank, which would otherwise be a 500).
 */
public class BlankPathVariables implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() instanceof String value && value.isBlank()) {
                    throw new NotFound("record has a blank " + entry.getKey());
                }
            }
        }
        return true;
    }
}
