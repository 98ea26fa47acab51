package uk.lantern.schemas.returninterview;

import java.time.Instant;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/return-interview/interview-case-closed.v1.json}. */
public record InterviewCaseClosed(String episodeId, Instant closedAt, Professional closedBy, Outcome outcome)
        implements ReturnInterviewEvent {

    public enum Outcome { COMPLETED, DECLINED, NOT_OFFERED }
}
