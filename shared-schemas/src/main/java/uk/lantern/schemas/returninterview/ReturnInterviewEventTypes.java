package uk.lantern.schemas.returninterview;

import java.util.List;
import uk.lantern.schemas.EventType;

/** Every event type on the return-interviews topic, at every schema version still published or readable. */
public final class ReturnInterviewEventTypes {

    private static final String SCHEMAS = "schemas/return-interview/";

    public static final EventType<InterviewCaseOpened> INTERVIEW_CASE_OPENED = new EventType<>(
            "InterviewCaseOpened", 1, InterviewCaseOpened.class, SCHEMAS + "interview-case-opened.v1.json");
    public static final EventType<InterviewOffered> INTERVIEW_OFFERED = new EventType<>(
            "InterviewOffered", 1, InterviewOffered.class, SCHEMAS + "interview-offered.v1.json");
    public static final EventType<InterviewAccepted> INTERVIEW_ACCEPTED = new EventType<>(
            "InterviewAccepted", 1, InterviewAccepted.class, SCHEMAS + "interview-accepted.v1.json");
    public static final EventType<InterviewDeclined> INTERVIEW_DECLINED = new EventType<>(
            "InterviewDeclined", 1, InterviewDeclined.class, SCHEMAS + "interview-declined.v1.json");
    /** Published from return-interview-service 0.2: the interview's date and time, and whether it was in time. */
    public static final EventType<InterviewCompleted> INTERVIEW_COMPLETED = new EventType<>(
            "InterviewCompleted", 2, InterviewCompleted.class, SCHEMAS + "interview-completed.v2.json");
    /** Published before 0.2, a date only; still on the topic, so still read. */
    public static final EventType<InterviewCompleted> INTERVIEW_COMPLETED_V1 = new EventType<>(
            "InterviewCompleted", 1, InterviewCompleted.class, SCHEMAS + "interview-completed.v1.json");
    /** Published from return-interview-service 0.4: without the reason (free text, kept encrypted with the case). */
    public static final EventType<InterviewNotOffered> INTERVIEW_NOT_OFFERED = new EventType<>(
            "InterviewNotOffered", 2, InterviewNotOffered.class, SCHEMAS + "interview-not-offered.v2.json");
    /** Published before 0.4, with the reason; still on the topic, so still read. */
    public static final EventType<InterviewNotOffered> INTERVIEW_NOT_OFFERED_V1 = new EventType<>(
            "InterviewNotOffered", 1, InterviewNotOffered.class, SCHEMAS + "interview-not-offered.v1.json");
    public static final EventType<InterviewCaseClosed> INTERVIEW_CASE_CLOSED = new EventType<>(
            "InterviewCaseClosed", 1, InterviewCaseClosed.class, SCHEMAS + "interview-case-closed.v1.json");
    public static final EventType<InterviewCaseErased> INTERVIEW_CASE_ERASED = new EventType<>(
            "InterviewCaseErased", 1, InterviewCaseErased.class, SCHEMAS + "interview-case-erased.v1.json");

    public static final List<EventType<? extends ReturnInterviewEvent>> ALL = List.of(INTERVIEW_CASE_OPENED,
            INTERVIEW_OFFERED, INTERVIEW_ACCEPTED, INTERVIEW_DECLINED, INTERVIEW_COMPLETED, INTERVIEW_COMPLETED_V1,
            INTERVIEW_NOT_OFFERED, INTERVIEW_NOT_OFFERED_V1, INTERVIEW_CASE_CLOSED, INTERVIEW_CASE_ERASED);

    private ReturnInterviewEventTypes() {
    }
}
