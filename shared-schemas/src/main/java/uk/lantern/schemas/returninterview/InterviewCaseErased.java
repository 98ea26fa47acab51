package uk.lantern.schemas.returninterview;

import java.time.Instant;

/**
 * Schema: {@code schemas/return-interview/interview-case-erased.v1.json}. The case is gone from the service; readers
 * forget it. No personal data: the envelope's subject is empty; the message key is the case's usual key.
 */
public record InterviewCaseErased(String episodeId, Instant erasedAt, Reason reason) implements ReturnInterviewEvent {

    public enum Reason { RETENTION, WRONGLY_RECORDED, EPISODE_ERASED }
}
