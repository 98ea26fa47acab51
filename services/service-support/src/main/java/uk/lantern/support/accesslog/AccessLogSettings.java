package uk.lantern.support.accesslog;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The access log's settings ({@code lantern.access-log.*}).
 *
 * @param trustForwardedFor take the client's address from {@code X-Forwarded-For} (only behind a proxy that sets it;
 *                          otherwise anyone could write any address there)
 * @param referenceFields   fields of an answer whose values name a child or a record, collected as the entry's child
 *                          references wherever they appear; a top-level {@code id} always counts
 * @param maxReferences     at most this many references per entry (a long list read is cut there)
 * @param appendAttempts    how often an append is tried when another instance took the same sequence number
 */
@ConfigurationProperties("lantern.access-log")
public record AccessLogSettings(boolean trustForwardedFor, List<String> referenceFields, int maxReferences,
                                int appendAttempts) {

    static final List<String> DEFAULT_REFERENCE_FIELDS = List.of(
            "childId", "relatedChildId", "relatedChildIds", "localAuthorityPersonId", "nhsNumber", "upn",
            "policePersonId", "records", "recordId", "alertId", "reviewId", "episodeId", "caseId", "entryId",
            "assessmentId", "concernId");

    public AccessLogSettings {
        referenceFields = referenceFields == null || referenceFields.isEmpty() ? DEFAULT_REFERENCE_FIELDS
                : List.copyOf(referenceFields);
        maxReferences = maxReferences <= 0 ? 2000 : maxReferences;
        appendAttempts = appendAttempts <= 0 ? 100 : appendAttempts;
    }

    public static AccessLogSettings defaults() {
        return new AccessLogSettings(false, null, 0, 0);
    }
}
