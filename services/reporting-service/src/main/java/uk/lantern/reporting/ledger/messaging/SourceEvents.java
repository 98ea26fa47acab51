package uk.lantern.reporting.ledger.messaging;

import static uk.lantern.reporting.ledger.domain.Facts.*;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import uk.lantern.reporting.ledger.application.LedgerService;
import uk.lantern.reporting.ledger.domain.ChildDetails;
import uk.lantern.reporting.ledger.domain.LedgerEntry;
import uk.lantern.reporting.ledger.domain.LedgerEntry.Source;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.cmeregister.ChildAddedToRegister;
import uk.lantern.schemas.cmeregister.ChildRemovedFromRegister;
import uk.lantern.schemas.cmeregister.CmeRegisterEvent;
import uk.lantern.schemas.cmeregister.EnquiryLogged;
import uk.lantern.schemas.cmeregister.RegisterEntryErased;
import uk.lantern.schemas.correlation.AlertCleared;
import uk.lantern.schemas.correlation.AlertEvent;
import uk.lantern.schemas.correlation.AlertRaised;
import uk.lantern.schemas.correlation.AlertUpdated;
import uk.lantern.schemas.correlation.AlertAcknowledged;
import uk.lantern.schemas.correlation.AlertAssigned;
import uk.lantern.schemas.correlation.AlertEscalated;
import uk.lantern.schemas.correlation.AlertResolved;
import uk.lantern.schemas.correlation.AlertWorkEvent;
import uk.lantern.schemas.correlation.IdentityEvent;
import uk.lantern.schemas.correlation.RecordResolved;
import uk.lantern.schemas.correlation.ReviewDecided;
import uk.lantern.schemas.correlation.RecordForgotten;
import uk.lantern.schemas.correlation.ReviewRaised;
import uk.lantern.schemas.exploitationrisk.AssessmentClosed;
import uk.lantern.schemas.exploitationrisk.AssessmentCompleted;
import uk.lantern.schemas.exploitationrisk.AssessmentErased;
import uk.lantern.schemas.exploitationrisk.AssessmentReviewed;
import uk.lantern.schemas.exploitationrisk.ConcernErased;
import uk.lantern.schemas.exploitationrisk.ConcernRaised;
import uk.lantern.schemas.exploitationrisk.ExploitationRiskEvent;
import uk.lantern.schemas.exploitationrisk.RiskScore;
import uk.lantern.schemas.mace.ActionAgreed;
import uk.lantern.schemas.mace.ActionCancelled;
import uk.lantern.schemas.mace.ActionCarriedOver;
import uk.lantern.schemas.mace.ActionDone;
import uk.lantern.schemas.mace.ChildDiscussed;
import uk.lantern.schemas.mace.DriftFlagged;
import uk.lantern.schemas.mace.MaceEvent;
import uk.lantern.schemas.mace.MeetingClosed;
import uk.lantern.schemas.mace.MeetingOpened;
import uk.lantern.schemas.mace.MeetingScheduled;
import uk.lantern.schemas.mace.OutcomeShared;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeClosed;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;
import uk.lantern.schemas.returninterview.InterviewAccepted;
import uk.lantern.schemas.returninterview.InterviewCaseClosed;
import uk.lantern.schemas.returninterview.InterviewCaseErased;
import uk.lantern.schemas.returninterview.InterviewCaseOpened;
import uk.lantern.schemas.returninterview.InterviewCompleted;
import uk.lantern.schemas.returninterview.InterviewDeclined;
import uk.lantern.schemas.returninterview.InterviewNotOffered;
import uk.lantern.schemas.returninterview.InterviewOffered;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;

/**
 * Reads a message of one of the seven streams and keeps what the figures need of it in the ledger. A message that is not
 * a valid event throws {@link UndecodableEventException}: the binding sends it to the dead-letter topic and the
 * partition moves on. Every valid event is an entry, even one no figure uses yet (a later figure can then be answered
 * as at any past date without replaying the topics).
 */
public class SourceEvents {

    private final EventCodec codec = new EventCodec();
    private final LedgerService ledger;
    private final BiConsumer<Source, Boolean> counted;

    /** @param counted told of each event: its stream, and whether it was new to the ledger */
    public SourceEvents(LedgerService ledger, BiConsumer<Source, Boolean> counted) {
        this.ledger = ledger;
        this.counted = counted;
    }

    /** @return true if the event was new to the ledger, false if it was there already (a redelivery) */
    public boolean accept(Source source, byte[] message) {
        boolean added = ledger.record(entry(source, message));
        counted.accept(source, added);
        return added;
    }

    public LedgerEntry entry(Source source, byte[] message) {
        Envelope<? extends EventData> event = codec.decode(topic(source), message);
        Map<String, String> facts = new HashMap<>();
        String recordId = facts(event.data(), facts);
        return new LedgerEntry(event.eventId().toString(), source, event.eventType(), event.schemaVersion(), recordId,
                event.occurredAt(), event.recordedAt(), facts, child(source, event.subject()));
    }

    static Topic<? extends EventData> topic(Source source) {
        switch (source) {
            case MISSING_EPISODES: return Topics.MISSING_EPISODES;
            case RETURN_INTERVIEWS: return Topics.RETURN_INTERVIEWS;
            case CME_REGISTER: return Topics.CME_REGISTER;
            case EXPLOITATION_RISK: return Topics.EXPLOITATION_RISK;
            case IDENTITY: return Topics.IDENTITY;
            case ALERT_WORK: return Topics.ALERT_WORK;
            case MACE: return Topics.MACE;
            default: return Topics.ALERTS;
        }
    }

    /** Only the four sources say anything about the child; the lists need no more than this. */
    static ChildDetails child(Source source, Subject s) {
        if (s == null || source == Source.IDENTITY || source == Source.ALERTS || source == Source.ALERT_WORK
                || source == Source.MACE) {
            return ChildDetails.NONE;
        }
        ChildDetails details = new ChildDetails(blankToNull(s.localAuthorityPersonId()),
                s.sex() == null ? null : s.sex().name(), s.dateOfBirth(),
                s.ethnicity() == null ? null : s.ethnicity().name(), s.partitionKey().orElse(null));
        return details;
    }

    /** Puts the event's facts in {@code f} and answers the id of the record it is about. */
    static String facts(EventData data, Map<String, String> f) {
        if (data instanceof MissingEpisodeEvent e) {
            return missingEpisode(e, f);
        } else if (data instanceof ReturnInterviewEvent e) {
            return returnInterview(e, f);
        } else if (data instanceof CmeRegisterEvent e) {
            return cme(e, f);
        } else if (data instanceof ExploitationRiskEvent e) {
            return exploitation(e, f);
        } else if (data instanceof IdentityEvent e) {
            return identity(e, f);
        } else if (data instanceof AlertEvent e) {
            return alert(e, f);
        } else if (data instanceof AlertWorkEvent e) {
            return alertWork(e, f);
        } else if (data instanceof MaceEvent e) {
            return mace(e, f);
        }
        throw new UndecodableEventException("not an event of a stream the reporting service reads: "
                + data.getClass().getSimpleName());
    }

    // RiskRegraded, NeedToKnowRaised: kept, no figure uses them yet
    private static String missingEpisode(MissingEpisodeEvent event, Map<String, String> f) {
        if (event instanceof EpisodeReported e) {
            put(f, CONTEXT, e.context().type());
            put(f, CATEGORY, e.category());
            put(f, LAST_SEEN_AT, e.lastSeen() == null ? null : e.lastSeen().at());
            put(f, REPORTED_AT, e.reportedAt());
            put(f, LOOKED_AFTER, e.lookedAfter());
            put(f, CHILD_PROTECTION_PLAN, e.childProtectionPlan());
            team(f, e.allocatedWorker());
        } else if (event instanceof ChildReturned e) {
            put(f, RETURNED_AT, e.returnedAt());
            put(f, CONTEXT, e.context() == null ? null : e.context().type());
        } else if (event instanceof EpisodeClosed e) {
            put(f, CLOSED_AT, e.closedAt());
        } else if (event instanceof EpisodeErased e) {
            put(f, ERASED_AT, e.erasedAt());
            put(f, REASON, e.reason());
        }
        return event.episodeId();
    }

    private static String returnInterview(ReturnInterviewEvent event, Map<String, String> f) {
        if (event instanceof InterviewCaseOpened e) {
            put(f, CONTEXT, e.context());
            put(f, RETURNED_AT, e.returnedAt());
            put(f, DEADLINE, e.deadline());
        } else if (event instanceof InterviewOffered e) {
            put(f, AT, e.offeredAt());
        } else if (event instanceof InterviewAccepted e) {
            put(f, AT, e.at());
        } else if (event instanceof InterviewDeclined e) {
            put(f, AT, e.at());
        } else if (event instanceof InterviewCompleted e) {
            put(f, COMPLETED_AT, e.completedAt());
            put(f, COMPLETED_ON, e.completedOn());
            put(f, WITHIN_DEADLINE, e.withinDeadline());
            put(f, PUSH_FACTORS, joined(e.pushFactors()));
            put(f, PULL_FACTORS, joined(e.pullFactors()));
        } else if (event instanceof InterviewNotOffered e) {
            put(f, AT, e.decidedAt());
        } else if (event instanceof InterviewCaseClosed e) {
            put(f, CLOSED_AT, e.closedAt());
            put(f, OUTCOME, e.outcome());
        } else if (event instanceof InterviewCaseErased e) {
            put(f, ERASED_AT, e.erasedAt());
            put(f, REASON, e.reason());
        }
        return event.episodeId();
    }

    // NotificationRecorded, AlternativeProvisionRecorded: kept, no figure uses them yet
    private static String cme(CmeRegisterEvent event, Map<String, String> f) {
        if (event instanceof ChildAddedToRegister e) {
            put(f, DATE, e.date());
            put(f, GROUND, e.ground());
        } else if (event instanceof ChildRemovedFromRegister e) {
            put(f, OUTCOME, e.outcome());
            put(f, REMOVED_ON, e.removedOn());
            put(f, ON_REGISTER_SINCE, e.onRegisterSince());
        } else if (event instanceof EnquiryLogged e) {
            put(f, DATE, e.madeOn());
        } else if (event instanceof RegisterEntryErased e) {
            put(f, ERASED_AT, e.erasedAt());
            put(f, REASON, e.reason());
        }
        return event.entryId();
    }

    // AssessmentSharedWithPolice: kept, no figure uses it yet
    private static String exploitation(ExploitationRiskEvent event, Map<String, String> f) {
        if (event instanceof ConcernRaised e) {
            put(f, OBSERVED_AT, e.observedAt());
        } else if (event instanceof AssessmentCompleted e) {
            put(f, COMPLETED_AT, e.completedAt());
            category(f, e.riskScore());
            put(f, NEXT_REVIEW_DUE, e.nextReviewDue());
            team(f, e.allocatedWorker());
        } else if (event instanceof AssessmentReviewed e) {
            put(f, COMPLETED_AT, e.reviewedAt());
            category(f, e.riskScore());
            put(f, NEXT_REVIEW_DUE, e.nextReviewDue());
            team(f, e.allocatedWorker());
        } else if (event instanceof AssessmentClosed e) {
            put(f, CLOSED_AT, e.closedAt());
            put(f, RISK_CATEGORY, e.finalCategory());
        } else if (event instanceof ConcernErased e) {
            put(f, ERASED_AT, e.erasedAt());
            put(f, REASON, e.reason());
        } else if (event instanceof AssessmentErased e) {
            put(f, ERASED_AT, e.erasedAt());
            put(f, REASON, e.reason());
        }
        return event.recordId();
    }

    private static String identity(IdentityEvent event, Map<String, String> f) {
        if (event instanceof RecordResolved e) {
            put(f, CHILD_ID, e.childId());
            put(f, SOURCE_EVENT_ID, e.sourceEventId());
            put(f, MERGED_CHILDREN, e.mergedChildren().isEmpty() ? null : String.join(",", e.mergedChildren()));
            return e.recordId();
        } else if (event instanceof ReviewDecided e) {
            moves(f, e.moves());
            return e.decisionId();
        } else if (event instanceof RecordForgotten e) {
            // the record left identity resolution (erased at its source); the rest of its child may have split
            moves(f, e.moves());
            return e.recordId();
        }
        return ((ReviewRaised) event).reviewId();
    }

    private static void moves(Map<String, String> f, List<ReviewDecided.RecordMove> moves) {
        put(f, MOVES, moves.isEmpty() ? null : moves.stream()
                .map(m -> m.recordId() + ">" + m.fromChild() + ">" + m.toChild())
                .collect(Collectors.joining(";")));
    }

    private static String alert(AlertEvent event, Map<String, String> f) {
        put(f, CHILD_ID, event.childId());
        if (event instanceof AlertRaised e) {
            put(f, CODE, e.code());
            put(f, RAISED_AT, e.raisedAt());
        } else if (event instanceof AlertUpdated e) {
            put(f, CODE, e.code());
            put(f, RAISED_AT, e.raisedAt());
        } else if (event instanceof AlertCleared e) {
            put(f, CODE, e.code());
            put(f, CLEARED_AT, e.clearedAt());
        }
        return event.alertId();
    }

    /** No names: who acted is left out (the figures count what was done and when, not by whom). */
    private static String alertWork(AlertWorkEvent event, Map<String, String> f) {
        put(f, CHILD_ID, event.childId());
        put(f, CODE, event.code());
        if (event instanceof AlertAcknowledged e) {
            put(f, AT, e.acknowledgedAt());
            put(f, PUBLISHED_AT, e.publishedAt());
        } else if (event instanceof AlertAssigned e) {
            put(f, AT, e.assignedAt());
            put(f, ASSIGNEE, e.assignee());
        } else if (event instanceof AlertResolved e) {
            put(f, AT, e.resolvedAt());
            put(f, OUTCOME, e.outcome());
        } else if (event instanceof AlertEscalated e) {
            put(f, AT, e.escalatedAt());
            put(f, LEVEL, e.level());
            put(f, SEVERITY, e.severity());
        }
        return event.alertId();
    }

    /**
     * The MACE panel's events: ids, codes and dates (the words stay with mace-service). A discussion, a drift or an
     * outcome is one record per meeting and child; an action is its own record; a meeting's events are the meeting's.
     */
    private static String mace(MaceEvent event, Map<String, String> f) {
        if (event instanceof MeetingScheduled e) {
            put(f, HELD_ON, e.heldOn());
        } else if (event instanceof MeetingOpened e) {
            put(f, AT, e.openedAt());
        } else if (event instanceof MeetingClosed e) {
            put(f, CLOSED_AT, e.closedAt());
        } else if (event instanceof ChildDiscussed e) {
            put(f, CHILD_ID, e.childId());
            put(f, MEETING_ID, e.meetingId());
            put(f, AT, e.discussedAt());
            put(f, RISK_CATEGORY, e.agreedCategory());
            return e.meetingId() + "|" + e.childId();
        } else if (event instanceof ActionAgreed e) {
            put(f, CHILD_ID, e.childId());
            put(f, MEETING_ID, e.meetingId());
            put(f, DUE_ON, e.dueOn());
        } else if (event instanceof ActionDone e) {
            put(f, CHILD_ID, e.childId());
            put(f, DATE, e.doneOn());
        } else if (event instanceof ActionCancelled e) {
            put(f, CHILD_ID, e.childId());
            put(f, DATE, e.cancelledOn());
        } else if (event instanceof ActionCarriedOver e) {
            put(f, CHILD_ID, e.childId());
            put(f, MEETING_ID, e.toMeetingId());
        } else if (event instanceof DriftFlagged e) {
            put(f, CHILD_ID, e.childId());
            put(f, MEETING_ID, e.meetingId());
            put(f, DRIFT, e.drift());
            put(f, ACTION_ID, e.actionId());
            return e.meetingId() + "|" + e.childId();
        } else if (event instanceof OutcomeShared e) {
            put(f, CHILD_ID, e.childId());
            put(f, MEETING_ID, e.meetingId());
            put(f, HELD_ON, e.heldOn());
            return e.meetingId() + "|" + e.childId();
        }
        return event.recordId();
    }

    private static void category(Map<String, String> f, RiskScore score) {
        put(f, RISK_CATEGORY, score == null ? null : score.finalCategory());
    }

    private static void team(Map<String, String> f, AllocatedWorker worker) {
        put(f, TEAM, worker == null ? null : blankToNull(worker.team()));
    }

    private static String joined(Collection<? extends Enum<?>> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static void put(Map<String, String> f, String name, Object value) {
        if (value == null) {
            return;
        }
        f.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
