package uk.lantern.schemas.returninterview;

import java.time.Instant;

/** Schema: {@code schemas/return-interview/interview-accepted.v1.json}. */
public record InterviewAccepted(String episodeId, Instant at, ReturnInterviewEvent.Respondent by)
        implements ReturnInterviewEvent {
}
