package uk.lantern.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The response headers a JSON API should carry that Spring Security's header writer does not add by default (it adds
 * X-Content-Type-Options, X-Frame-Options, HSTS on HTTPS and its own Cache-Control once a service has it): a Content
 * Security Policy that lets an answer load nothing and be framed by no one, no Referer leaving the browser, no
 * powerful browser features, and no caching of answers that carry children's details. The API documentation pages
 * ({@code /swagger-ui}) get all but the Content Security Policy, which would stop them running.
 */
public class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String REFERRER_POLICY = "no-referrer";
    static final String PERMISSIONS_POLICY =
            "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /** Error pages too: what the container answers after a sendError carries the same headers. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (path == null || !(path.startsWith("/swagger-ui") || path.startsWith("/webjars"))) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
