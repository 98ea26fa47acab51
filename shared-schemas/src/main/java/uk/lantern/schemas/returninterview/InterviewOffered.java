package uk.lantern.schemas.returninterview;

import java.time.Instant;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/return-interview/interview-offered.v1.json}. */
public record InterviewOffered(
        String episodeId,
        Instant offeredAt,
        Professional offeredBy,
        Method method,
        boolean withinDeadline) implements ReturnInterviewEvent {

    public enum Method { IN_PERSON, PHONE, LETTER, OTHER }
}
