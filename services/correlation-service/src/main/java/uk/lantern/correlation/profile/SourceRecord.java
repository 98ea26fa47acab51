package uk.lantern.correlation.profile;

import java.util.Objects;

import uk.lantern.schemas.Subject;

/**
 * One source record resolved to the child: what that source holds about the child ({@code subject}).
 *
 * @param recordId the source record's id, as identity resolution names it
 * @param source   the service that owns the record
 */
public record SourceRecord(String recordId, String source, Subject subject) {

    public SourceRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
    }
}
