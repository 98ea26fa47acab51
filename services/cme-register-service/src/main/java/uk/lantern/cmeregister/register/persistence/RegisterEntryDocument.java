package uk.lantern.cmeregister.register.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.lantern.cmeregister.register.domain.RegisterEntry;
import uk.lantern.support.outbox.OutboxEntry;

/**
 * One register entry, its unpublished events (the outbox) and the request keys already applied, in one document so
 * that a change and its events are stored atomically without multi-document transactions. The top-level fields
 * beside {@code entry} exist for queries; {@code onRegisterSince} is an ISO date string, which sorts as a date.
 */
@Document(RegisterEntryDocument.COLLECTION)
record RegisterEntryDocument(
        @Id String id,
        long version,
        RegisterEntry entry,
        String status,
        String ground,
        List<String> grounds,
        List<String> deletionGrounds,
        List<String> schoolUrns,
        String onRegisterSince,
        List<String> childKeys,
        Instant updatedAt,
        List<OutboxEntry> outbox,
        List<String> requestKeys) {

    static final String COLLECTION = "register_entries";
}
