package uk.lantern.correlation.stream;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import uk.lantern.correlation.patterns.Actor;
import uk.lantern.correlation.patterns.Alert;
import uk.lantern.correlation.patterns.AlertCode;
import uk.lantern.correlation.patterns.Severity;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.AlertCleared;
import uk.lantern.schemas.correlation.AlertEvent;
import uk.lantern.schemas.correlation.AlertRaised;
import uk.lantern.schemas.correlation.AlertUpdated;

/** Alerts of the pattern rules as the contract publishes them, and back; and their envelopes. */
final class Alerts {

    private static final EventCodec CODEC = new EventCodec();

    private Alerts() {
    }

    static AlertRaised published(Alert alert) {
        return new AlertRaised(alert.id(), alert.code().name(), alert.severity().name(), alert.childId(),
                alert.evidence(), alert.raisedAt(), alert.dueBy(),
                alert.actors().stream().map(Actor::name).toList(),
                alert.summary() != null ? alert.summary() : summary(alert), null, alert.relatedChildren());
    }

    /** The alert naming the child's allocated worker and team: in its words and in {@code allocatedWorker}. */
    static AlertEvent namingTheWorker(AlertEvent event, AllocatedWorker worker) {
        if (event instanceof AlertRaised a) {
            return new AlertRaised(a.alertId(), a.code(), a.severity(), a.childId(), a.evidence(), a.raisedAt(),
                    a.dueBy(), a.actors(), withWorker(a.summary(), worker), a.relatedChildId(), a.relatedChildIds(),
                    worker);
        }
        if (event instanceof AlertUpdated a) {
            return new AlertUpdated(a.alertId(), a.code(), a.severity(), a.childId(), a.evidence(), a.raisedAt(),
                    a.dueBy(), a.actors(), withWorker(a.summary(), worker), a.relatedChildId(), a.relatedChildIds(),
                    worker);
        }
        return event;
    }

    /** "…. Allocated worker: Jo Bloggs (North team)", or "Allocated team: North team" when only the team is known. */
    static String withWorker(String summary, AllocatedWorker worker) {
        String words = worker.name() == null ? "Allocated team: " + worker.team()
                : "Allocated worker: " + worker.name() + " (" + worker.team() + ")";
        if (summary == null || summary.isBlank()) {
            return words;
        }
        if (summary.contains(words)) {
            return summary;
        }
        return summary + (summary.endsWith(".") ? " " : ". ") + words;
    }

    static AlertUpdated updated(AlertRaised alert) {
        return new AlertUpdated(alert.alertId(), alert.code(), alert.severity(), alert.childId(), alert.evidence(),
                alert.raisedAt(), alert.dueBy(), alert.actors(), alert.summary(), alert.relatedChildId(),
                alert.relatedChildIds());
    }

    static Alert rule(AlertRaised alert) {
        return new Alert(alert.alertId(), AlertCode.valueOf(alert.code()), Severity.valueOf(alert.severity()),
                alert.childId(), alert.evidence(), alert.raisedAt(), alert.dueBy(),
                alert.actors().stream().map(Actor::valueOf).toList(), alert.summary(), alert.relatedChildIds());
    }

    /** The envelope of an alert event; its id is fixed by the alert, the kind of event and the child's version. */
    static byte[] envelope(AlertEvent event, long version, Instant at, Subject subject) {
        String type = event.getClass().getSimpleName();
        var id = UUID.nameUUIDFromBytes((type + "\n" + event.alertId() + "\n" + event.childId() + "\n" + version)
                .getBytes(StandardCharsets.UTF_8));
        Instant occurred = event instanceof AlertRaised raised && raised.raisedAt() != null ? raised.raisedAt()
                : event instanceof AlertCleared cleared ? cleared.clearedAt() : at;
        if (event instanceof AlertUpdated) {
            occurred = at;
        }
        return CODEC.encode(new Envelope<>(id, type, schemaVersion(event.code()), occurred, at, "correlation-service",
                subject, event));
    }

    /**
     * The alert events' version for a code: 1 for the codes v1 was released with, 2 (the same fields) for those added
     * since, so that a reader of v1 is never handed a code it does not know.
     */
    static int schemaVersion(String code) {
        return AlertCode.MACE_DRIFT.name().equals(code) ? 2 : 1;
    }

    /** What an alert of the code says when its rule gave no words of its own (an alert stored before they did). */
    static String summary(Alert alert) {
        int evidence = alert.evidence().size();
        return switch (alert.code()) {
            case NEED_TO_KNOW -> "Missing child on a child protection plan, looked after, or graded high risk";
            case RHI_OVERDUE -> "Returned with no interview offer and no recorded decision within the window";
            case REPEAT_MISSING -> "Missing repeatedly: " + evidence + " episodes in the rolling window";
            case MISSING_AND_CME -> "Missing while on the children-missing-education register, or recently missing";
            case MISSING_WITH_EXPLOITATION_RISK -> "Missing while exploitation risk is moderate or significant";
            case SCREENING_GAP -> "Exploitation indicators seen with no completed assessment";
            case ASSESSMENT_REVIEW_OVERDUE -> "Exploitation risk assessment past its review date";
            case SHARED_ASSOCIATE -> "Linked to another child through the same adult, phone or vehicle";
            case SHARED_LOCATION -> "Linked to another child through the same place";
            case CME_ENQUIRY_STALLED -> "On the CME register with no enquiry logged recently";
            case POSSIBLE_SAME_CHILD -> "Two records may be the same child";
            case MACE_DRIFT -> "Drift flagged by the MACE panel, for the meeting's chair to challenge";
        };
    }
}
