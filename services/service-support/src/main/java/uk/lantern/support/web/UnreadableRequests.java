package uk.lantern.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests refused as problems before Spring MVC sees them: a Content-Type that is not one media type
 * ({@code application/*}, {@code x/y;;}, garbage) is 415 (Spring's converters take a wildcard type for a programming
 * error: 500); TRACE is 405 (the servlet container's own refusal is not a problem and carries no security headers).
 */
public class UnreadableRequests extends OncePerRequestFilter {

    /**
     * What the servlet container refuses itself (TRACE, which Tomcat refuses before the application and forwards to
     * the error page as a GET) reaches the error page: it is answered here as a problem, saying no more than its
     * status, instead of Spring Boot's error JSON.
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("TRACE".equalsIgnoreCase(request.getMethod())) {
            response.setHeader("Allow", "GET, POST");
            Problems.write(response, 405, "method-not-allowed", "Method not allowed", "TRACE is not supported.",
                    Map.of());
            return;
        }
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
            containerError(request, response);
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && !contentType.isBlank()) {
            String reason = null;
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    reason = "a Content-Type cannot be a wildcard";
                }
            } catch (InvalidMediaTypeException e) {
                reason = "the Content-Type is not a media type";
            }
            if (reason != null) {
                Problems.write(response, 415, "unsupported-media-type", "Unsupported media type",
                        reason + ": send application/json.", Map.of());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void containerError(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 && c < 600 ? c : 500;
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        String title = known == null ? "Refused" : known.getReasonPhrase();
        if (status >= 500) {
            Problems.write(response, status, "internal", "Something went wrong on our side",
                    "The request was not completed.", Map.of());
        } else {
            if (status == 405 && response.getHeader("Allow") == null) {
                response.setHeader("Allow", "GET, POST");
            }
            Problems.write(response, status, "refused", title, "The request was refused: " + title + ".", Map.of());
        }
    }
}
