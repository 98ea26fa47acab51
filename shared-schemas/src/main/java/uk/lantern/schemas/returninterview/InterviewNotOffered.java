package uk.lantern.schemas.returninterview;

import java.time.Instant;
import uk.lantern.schemas.Professional;

/**
 * Schemas: {@code schemas/return-interview/interview-not-offered.v2.json} (published) and {@code .v1.json} (still
 * readable). A recorded decision, never a silence. {@code reason} is on v1 messages only: the service keeps it,
 * encrypted, with the case; null on v2.
 */
public record InterviewNotOffered(String episodeId, String reason, Professional decidedBy, Instant decidedAt)
        implements ReturnInterviewEvent {
}
