package uk.lantern.schemas.returninterview;

import uk.lantern.schemas.EventData;

/** The payloads published on {@code lantern.return-interviews.v1}. The case id is the episode id. */
public sealed interface ReturnInterviewEvent extends EventData
        permits InterviewCaseOpened, InterviewOffered, InterviewAccepted, InterviewDeclined, InterviewCompleted,
        InterviewNotOffered, InterviewCaseClosed, InterviewCaseErased {

    String episodeId();

    enum Context { MISSING_FROM_HOME, MISSING_FROM_CARE }

    enum Respondent { CHILD, PARENT_OR_CARER }
}
