package uk.lantern.returninterview.interview.domain;

import java.time.Instant;

/** What the missing-episode stream and providers ask of a case. */
public sealed interface CaseCommand {

    /** A child returned: every episode gets a case, nobody has to remember to open it. */
    record OpenCase(CaseId id, Child child, Context context, Instant returnedAt) implements CaseCommand {
    }

    record RecordOffer(Instant offeredAt, Professional by, Offer.Method method) implements CaseCommand {
    }

    record RecordAnswer(Answer.Outcome outcome, Instant at, Answer.Respondent by) implements CaseCommand {
    }

    record RecordInterview(Interview interview) implements CaseCommand {
    }

    record DecideNotToOffer(String reason, Professional decidedBy, Instant decidedAt) implements CaseCommand {
    }

    record CloseCase(Instant closedAt, Professional closedBy) implements CaseCommand {
    }
}
