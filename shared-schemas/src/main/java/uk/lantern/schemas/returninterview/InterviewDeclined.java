package uk.lantern.schemas.returninterview;

import java.time.Instant;

/** Schema: {@code schemas/return-interview/interview-declined.v1.json}. */
public record InterviewDeclined(String episodeId, Instant at, ReturnInterviewEvent.Respondent by)
        implements ReturnInterviewEvent {
}
