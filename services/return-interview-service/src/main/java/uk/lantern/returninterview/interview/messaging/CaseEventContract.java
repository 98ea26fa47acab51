package uk.lantern.returninterview.interview.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.lantern.returninterview.interview.domain.Answer;
import uk.lantern.returninterview.interview.domain.CaseEvent;
import uk.lantern.returninterview.interview.domain.Child;
import uk.lantern.returninterview.interview.domain.Interview;
import uk.lantern.returninterview.interview.domain.InterviewCase;
import uk.lantern.returninterview.interview.domain.Professional;
import uk.lantern.returninterview.retention.domain.Erasure;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.returninterview.InterviewAccepted;
import uk.lantern.schemas.returninterview.InterviewCaseClosed;
import uk.lantern.schemas.returninterview.InterviewCaseErased;
import uk.lantern.schemas.returninterview.InterviewCaseOpened;
import uk.lantern.schemas.returninterview.InterviewCompleted;
import uk.lantern.schemas.returninterview.InterviewDeclined;
import uk.lantern.schemas.returninterview.InterviewNotOffered;
import uk.lantern.schemas.returninterview.InterviewOffered;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.returninterview.ReturnInterviewEventTypes;
import uk.lantern.schemas.returninterview.ReturnInterviewTopics;
import uk.lantern.schemas.vocabulary.ExploitationIndicator;
import uk.lantern.support.outbox.OutboxEntry;

/** Maps the domain's events onto the published contract (shared-schemas) and encodes them for the outbox. */
@Component
public class CaseEventContract {

    public static final String SOURCE = "return-interview-service";

    private final EventCodec codec = new EventCodec();

    public List<OutboxEntry> outboxEntries(InterviewCase c, List<CaseEvent> events, Instant recordedAt) {
        return events.stream().map(event -> outboxEntry(c, envelope(c, event, recordedAt), recordedAt)).toList();
    }

    /**
     * The erasure, under the key every event of the case had (so it is read after them, on their partition), with
     * an empty subject: it tells readers to forget the case and carries nothing of the child.
     */
    public OutboxEntry erasureEntry(InterviewCase c, Erasure erasure) {
        return outboxEntry(c, Envelope.of(ReturnInterviewEventTypes.INTERVIEW_CASE_ERASED, erasure.eventId(),
                erasure.erasedAt(), erasure.erasedAt(), SOURCE, Subject.empty(),
                new InterviewCaseErased(erasure.caseId().value(), erasure.erasedAt(),
                        InterviewCaseErased.Reason.valueOf(erasure.reason().name()))), erasure.erasedAt());
    }

    private OutboxEntry outboxEntry(InterviewCase c, Envelope<?> envelope, Instant recordedAt) {
        return new OutboxEntry(envelope.eventId().toString(), envelope.eventType(),
                ReturnInterviewTopics.RETURN_INTERVIEWS.name(), key(c),
                new String(codec.encode(envelope), StandardCharsets.UTF_8), recordedAt);
    }

    /** The key of the missing episode the case follows, so both streams of one child share a partition key. */
    static String key(InterviewCase c) {
        return subject(c.child()).partitionKey().orElse("episode:" + c.id().value());
    }

    Envelope<?> envelope(InterviewCase c, CaseEvent event, Instant recordedAt) {
        Subject subject = subject(c.child());
        String id = event.caseId().value();
        if (event instanceof CaseEvent.CaseOpened e) {
            return Envelope.of(ReturnInterviewEventTypes.INTERVIEW_CASE_OPENED, e.eventId(), e.occurredAt(), recordedAt,
                    SOURCE, subject, new InterviewCaseOpened(id, ReturnInterviewEvent.Context.valueOf(e.context().name()),
                            e.returnedAt(), e.deadline(), e.provider()));
        }
        if (event instanceof CaseEvent.InterviewOffered e) {
            return Envelope.of(ReturnInterviewEventTypes.INTERVIEW_OFFERED, e.eventId(), e.occurredAt(), recordedAt,
                    SOURCE, subject, new InterviewOffered(id, e.offer().offeredAt(), professional(e.offer().by()),
                            InterviewOffered.Method.valueOf(e.offer().method().name()), e.offer().withinDeadline()));
        }
        if (event instanceof CaseEvent.InterviewAccepted e) {
            return Envelope.of(ReturnInterviewEventTypes.INTERVIEW_ACCEPTED, e.eventId(), e.occurredAt(), recordedAt,
                    SOURCE, subject, new InterviewAccepted(id, e.answer().at(), respondent(e.answer())));
        }
        if (event instanceof CaseEvent.InterviewDeclined e) {
            return Envelope.of(ReturnInterviewEventTypes.INTERVIEW_DECLINED, e.eventId(), e.occurredAt(), recordedAt,
                    SOURCE, subject, new InterviewDeclined(id, e.answer().at(), respondent(e.answer())));
        }
        if (event instanceof CaseEvent.InterviewCompleted e) {
            Interview i = e.interview();
            return Envelope.of(ReturnInterviewEventTypes.INTERVIEW_COMPLETED, e.eventId(), e.occurredAt(), recordedAt,
                    SOURCE, subject, new InterviewCompleted(id, i.completedAt(), i.completedOn(), e.withinDeadline(),
                            professional(i.interviewer()),
                            i.pushFactors().stream().map(f -> InterviewCompleted.PushFactor.valueOf(f.name())).toList(),
                            i.pullFactors().stream().map(f -> InterviewCompleted.PullFactor.valueOf(f.name())).toList(),
                            null, // the child's words stay, encrypted, with the case: no consumer needs them
                            i.whereabouts() == null ? null
                                    : new InterviewCompleted.Place(i.whereabouts().placeName(), i.whereabouts().postcode()),
                            i.associates().stream().map(a -> new InterviewCompleted.Associate(a.name(), a.phone(),
                                    a.vehicleRegistration(), a.age(), a.adult())).toList(),
                            null, // likewise the disclosure's text: disclosureMade says there was one
                            i.exploitationIndicators().stream().map(ExploitationIndicator::valueOf).toList(),
                            i.disclosures() != null && !i.disclosures().isBlank()));
        }
        if (event instanceof CaseEvent.InterviewNotOffered e) {
            return Envelope.of(ReturnInterviewEventTypes.INTERVIEW_NOT_OFFERED, e.eventId(), e.occurredAt(), recordedAt,
                    SOURCE, subject, new InterviewNotOffered(id,
                            null, // v2: the reason (free text) stays, encrypted, with the case; no consumer needs it
                            professional(e.decision().decidedBy()), e.decision().decidedAt()));
        }
        if (event instanceof CaseEvent.CaseClosed e) {
            return Envelope.of(ReturnInterviewEventTypes.INTERVIEW_CASE_CLOSED, e.eventId(), e.occurredAt(), recordedAt,
                    SOURCE, subject, new InterviewCaseClosed(id, e.closure().closedAt(),
                            professional(e.closure().closedBy()),
                            InterviewCaseClosed.Outcome.valueOf(e.closure().outcome().name())));
        }
        throw new IllegalArgumentException("no contract for " + event.getClass().getSimpleName());
    }

    static Subject subject(Child child) {
        if (child == null) {
            return new Subject(null, null, null, null, null, null, null, null, null);
        }
        return new Subject(child.localAuthorityPersonId(), child.nhsNumber(), child.upn(), child.policePersonId(),
                child.givenName(), child.familyName(), child.dateOfBirth(),
                child.sex() == null ? null : Subject.Sex.valueOf(child.sex().name()), child.postcode(),
                child.ethnicity() == null ? null : uk.lantern.schemas.Ethnicity.valueOf(child.ethnicity().name()));
    }

    private static ReturnInterviewEvent.Respondent respondent(Answer answer) {
        return ReturnInterviewEvent.Respondent.valueOf(answer.by().name());
    }

    private static uk.lantern.schemas.Professional professional(Professional p) {
        return new uk.lantern.schemas.Professional(p.name(), p.role(), p.organisation());
    }
}
