package uk.lantern.returninterview.interview.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.lantern.returninterview.interview.domain.InterviewCase;
import uk.lantern.support.outbox.OutboxEntry;

/**
 * One case (its id the episode id), its unpublished events (the outbox), the consumed event ids and request keys
 * already applied, in one document so that a change, its events and its de-duplication are stored atomically without
 * multi-document transactions. The top-level fields beside {@code interviewCase} exist for queries.
 */
@Document("cases")
record CaseDocument(
        @Id String id,
        long version,
        InterviewCase interviewCase,
        String status,
        String provider,
        String contextType,
        List<String> childKeys,
        Instant returnedAt,
        Instant deadline,
        LocalDate completedOn,
        Instant updatedAt,
        List<OutboxEntry> outbox,
        List<String> appliedEventIds,
        List<String> requestKeys) {
}
