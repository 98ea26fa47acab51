package uk.lantern.missingepisode.episode.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.lantern.missingepisode.episode.domain.EpisodeCommand.CloseEpisode;
import uk.lantern.missingepisode.episode.domain.EpisodeCommand.RecordReturn;
import uk.lantern.missingepisode.episode.domain.EpisodeCommand.RegradeRisk;
import uk.lantern.missingepisode.episode.domain.EpisodeCommand.ReportEpisode;

/**
 * A missing episode, from report to closure. Immutable: each command returns the episode after it and the events it
 * caused, which the application stores together.
 */
public record Episode(
        EpisodeId id,
        Child child,
        EpisodeContext context,
        Category category,
        LastSeen lastSeen,
        Instant reportedAt,
        Professional reportedBy,
        String policeReference,
        RiskGrade riskGrade,
        List<RiskRegrade> riskHistory,
        boolean childProtectionPlan,
        boolean lookedAfter,
        AllocatedWorker allocatedWorker,
        boolean needToKnowRaised,
        EpisodeStatus status,
        Return returnDetails,
        Closure closure) {

    /** Times may run this far ahead of the server clock (devices out of step); beyond it they are refused. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    public Episode {
        riskHistory = List.copyOf(riskHistory);
    }

    /** The episode after a command, and what the command caused. */
    public record Change(Episode episode, List<EpisodeEvent> events) {
        public Change {
            events = List.copyOf(events);
        }
    }

    public static Change report(EpisodeId id, ReportEpisode command, Instant now, EventIds ids) {
        require(command.child(), "subject");
        require(command.context(), "context");
        require(command.category(), "category");
        require(command.lastSeen(), "lastSeen");
        require(command.lastSeen().at(), "lastSeen.at");
        require(command.reportedBy(), "reportedBy");
        require(command.riskGrade(), "riskGrade");
        Instant reportedAt = command.reportedAt() == null ? now : command.reportedAt();
        notInFuture(command.lastSeen().at(), now, "lastSeen.at");
        notInFuture(reportedAt, now, "reportedAt");
        if (reportedAt.isBefore(command.lastSeen().at())) {
            throw new EpisodeRuleViolation("reportedAt", "is before the child was last seen (lastSeen.at)");
        }
        if (command.context().fromCare() && !command.lookedAfter()) {
            throw new EpisodeRuleViolation("lookedAfter", "a child missing from care is looked after: must be true");
        }
        if (!command.context().fromCare() && command.category() == Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION) {
            throw new EpisodeRuleViolation("category",
                    "away from placement without authorisation applies only to a child missing from care");
        }
        List<NeedToKnow.Reason> reasons =
                NeedToKnow.reasons(command.category(), command.childProtectionPlan(), command.lookedAfter(),
                        command.riskGrade());
        Episode episode = new Episode(id, command.child(), command.context(), command.category(), command.lastSeen(),
                reportedAt, command.reportedBy(), blankToNull(command.policeReference()), command.riskGrade(), List.of(),
                command.childProtectionPlan(), command.lookedAfter(), command.allocatedWorker(), !reasons.isEmpty(),
                EpisodeStatus.MISSING, null, null);
        List<EpisodeEvent> events = new ArrayList<>();
        events.add(new EpisodeEvent.EpisodeReported(ids.next(), id, reportedAt, episode));
        if (!reasons.isEmpty()) {
            events.add(episode.needToKnow(ids, reportedAt, reasons, command.riskGrade()));
        }
        return new Change(episode, events);
    }

    public Change regradeRisk(RegradeRisk command, Instant now, EventIds ids) {
        require(command.riskGrade(), "riskGrade");
        require(command.at(), "at");
        require(command.by(), "by");
        if (command.reason() == null || command.reason().isBlank()) {
            throw new EpisodeRuleViolation("reason", "required: why the grade changed");
        }
        mustBe(EpisodeStatus.MISSING, "risk can be regraded only while the child is missing");
        notInFuture(command.at(), now, "at");
        if (command.at().isBefore(lastSeen.at())) {
            throw new EpisodeRuleViolation("at", "is before the child was last seen");
        }
        if (command.riskGrade() == riskGrade) {
            throw new EpisodeRuleViolation("riskGrade", "is already " + riskGrade);
        }
        RiskRegrade regrade = new RiskRegrade(riskGrade, command.riskGrade(), command.at(), command.by(), command.reason());
        List<RiskRegrade> history = new ArrayList<>(riskHistory);
        history.add(regrade);
        boolean raiseNow = !needToKnowRaised && !NeedToKnow.reasons(category, false, false, command.riskGrade()).isEmpty();
        Episode after = new Episode(id, child, context, category, lastSeen, reportedAt, reportedBy, policeReference,
                command.riskGrade(), history, childProtectionPlan, lookedAfter, allocatedWorker,
                needToKnowRaised || raiseNow, status, returnDetails, closure);
        List<EpisodeEvent> events = new ArrayList<>();
        events.add(new EpisodeEvent.RiskRegraded(ids.next(), id, command.at(), regrade));
        if (raiseNow) {
            events.add(after.needToKnow(ids, command.at(), List.of(NeedToKnow.Reason.HIGH_RISK), command.riskGrade()));
        }
        return new Change(after, events);
    }

    public Change recordReturn(RecordReturn command, Instant now, EventIds ids) {
        require(command.returnedAt(), "returnedAt");
        require(command.how(), "how");
        require(command.recordedBy(), "recordedBy");
        mustBe(EpisodeStatus.MISSING, "the return is already recorded");
        notInFuture(command.returnedAt(), now, "returnedAt");
        if (command.returnedAt().isBefore(lastSeen.at())) {
            throw new EpisodeRuleViolation("returnedAt", "is before the child was last seen (lastSeen.at)");
        }
        Return details = new Return(command.returnedAt(), command.location(), command.associates(), command.how(),
                command.recordedBy());
        Episode after = new Episode(id, child, context, category, lastSeen, reportedAt, reportedBy, policeReference,
                riskGrade, riskHistory, childProtectionPlan, lookedAfter, allocatedWorker, needToKnowRaised,
                EpisodeStatus.RETURNED, details, closure);
        return new Change(after, List.of(
                new EpisodeEvent.ChildReturned(ids.next(), id, command.returnedAt(), details, context)));
    }

    public Change close(CloseEpisode command, Instant now, EventIds ids) {
        require(command.closedAt(), "closedAt");
        require(command.closedBy(), "closedBy");
        if (status == EpisodeStatus.MISSING) {
            throw new EpisodeStateConflict("the child is still missing: record the return or finding before closing");
        }
        mustBe(EpisodeStatus.RETURNED, "the episode is already closed");
        notInFuture(command.closedAt(), now, "closedAt");
        if (command.closedAt().isBefore(returnDetails.returnedAt())) {
            throw new EpisodeRuleViolation("closedAt", "is before the return (returnedAt)");
        }
        Closure closed = new Closure(command.closedAt(), command.closedBy());
        Episode after = new Episode(id, child, context, category, lastSeen, reportedAt, reportedBy, policeReference,
                riskGrade, riskHistory, childProtectionPlan, lookedAfter, allocatedWorker, needToKnowRaised,
                EpisodeStatus.CLOSED, returnDetails, closed);
        return new Change(after, List.of(new EpisodeEvent.EpisodeClosed(ids.next(), id, command.closedAt(), closed)));
    }

    private EpisodeEvent needToKnow(EventIds ids, Instant at, List<NeedToKnow.Reason> reasons, RiskGrade grade) {
        return new EpisodeEvent.NeedToKnowRaised(ids.next(), id, at, reasons, context, grade, lastSeen.at());
    }

    private void mustBe(EpisodeStatus expected, String otherwise) {
        if (status != expected) {
            throw new EpisodeStateConflict(otherwise);
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new EpisodeRuleViolation(field, "required");
        }
    }

    private static void notInFuture(Instant at, Instant now, String field) {
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new EpisodeRuleViolation(field, "is in the future");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
