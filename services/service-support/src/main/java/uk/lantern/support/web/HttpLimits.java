package uk.lantern.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request may be. {@code lantern.http.max-request-body} (64KB unless set) bounds every request body,
 * whether it comes with a Content-Length or chunked; a larger one is refused with 413 before anything reads it.
 * Header and URL sizes are Tomcat's ({@code server.max-http-request-header-size}).
 */
@ConfigurationProperties("lantern.http")
public record HttpLimits(DataSize maxRequestBody) {

    public static final DataSize DEFAULT_MAX_REQUEST_BODY = DataSize.ofKilobytes(64);

    public HttpLimits {
        if (maxRequestBody == null) {
            maxRequestBody = DEFAULT_MAX_REQUEST_BODY;
        }
        if (maxRequestBody.toBytes() <= 0 || maxRequestBody.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("lantern.http.max-request-body must be between 1B and 2GB");
        }
    }
}
