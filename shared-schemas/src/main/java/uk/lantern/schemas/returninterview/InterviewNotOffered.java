package uk.lantern.schemas.returninterview;

import java.time.Instant;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/return-interview/interview-not-offered.v1.json}. A recorded decision, never a silence. */
public record InterviewNotOffered(String episodeId, String reason, Professional decidedBy, Instant decidedAt)
        implements ReturnInterviewEvent {
}
