package uk.lantern.support.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own answer to what it refuses before the application sees it (a URL it cannot decode, a header too large,
 * a request line it cannot parse): an RFC 9457 problem with the security headers, instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String title = status >= 500 ? "Something went wrong on our side" : "The request could not be read";
        String detail = status >= 500 ? "The request was not completed." : "The server refused the request as sent: "
                + "check the URL's encoding, the headers' size and the request's framing.";
        String type = status >= 500 ? "internal" : "unreadable-request";
        String body = "{\"type\":\"" + Problems.TYPES + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
            response.setHeader("Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
            response.setHeader("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
            response.setHeader("Cache-Control", "no-store");
            response.getReporter().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client went away; nothing more to say.
        }
    }
}
