package uk.lantern.schemas.returninterview;

import java.time.Instant;

/** Schema: {@code schemas/return-interview/interview-case-opened.v1.json}. */
public record InterviewCaseOpened(
        String episodeId,
        ReturnInterviewEvent.Context context,
        Instant returnedAt,
        Instant deadline,
        String provider) implements ReturnInterviewEvent {
}
