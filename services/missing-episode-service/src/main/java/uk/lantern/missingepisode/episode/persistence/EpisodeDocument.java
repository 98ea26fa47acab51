package uk.lantern.missingepisode.episode.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.lantern.support.outbox.OutboxEntry;
import uk.lantern.missingepisode.episode.domain.Episode;

/**
 * One episode, its unpublished events (the outbox) and the request keys already applied, in one document so that
 * a change and its events are stored atomically without multi-document transactions. The top-level fields beside
 * {@code episode} exist for queries.
 */
@Document("episodes")
record EpisodeDocument(
        @Id String id,
        long version,
        Episode episode,
        String status,
        String contextType,
        boolean needToKnow,
        List<String> childKeys,
        Instant reportedAt,
        Instant updatedAt,
        List<OutboxEntry> outbox,
        List<String> requestKeys) {
}
