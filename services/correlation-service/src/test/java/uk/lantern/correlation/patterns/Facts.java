package uk.lantern.correlation.patterns;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.lantern.correlation.patterns.ChildFact.AssessmentRecorded.Kind;
import uk.lantern.correlation.patterns.ChildFact.Context;
import uk.lantern.correlation.patterns.ChildFact.InterviewStep.Step;
import uk.lantern.correlation.patterns.ChildFact.RiskCategory;
import uk.lantern.correlation.patterns.ChildFact.RiskGrade;

/** Facts for tests, with readable event ids. November to January: Europe/London is UTC, so dates read plainly. */
final class Facts {

    static final String CHILD = "child-1";
    /** Monday 2 November 2026, 09:00 in London. */
    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    static final PatternEngine ENGINE = new PatternEngine(PatternSettings.defaults());

    private Facts() {
    }

    static Instant days(long days) {
        return T0.plus(Duration.ofDays(days));
    }

    static Instant hours(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Instant startOf(String isoDate) {
        return Instant.parse(isoDate + "T00:00:00Z");
    }

    static ChildFact.EpisodeReported missing(String episode, Instant at) {
        return new ChildFact.EpisodeReported("report-" + episode, episode, at, at, Context.MISSING_FROM_HOME,
                RiskGrade.MEDIUM, false, false);
    }

    static ChildFact.EpisodeReported missingFromCare(String episode, Instant at) {
        return new ChildFact.EpisodeReported("report-" + episode, episode, at, at, Context.MISSING_FROM_CARE,
                RiskGrade.MEDIUM, false, true);
    }

    static ChildFact.EpisodeReported missingOnPlan(String episode, Instant at) {
        return new ChildFact.EpisodeReported("report-" + episode, episode, at, at, Context.MISSING_FROM_HOME,
                RiskGrade.MEDIUM, true, false);
    }

    static ChildFact.EpisodeReported missingGraded(String episode, Instant at, RiskGrade grade) {
        return new ChildFact.EpisodeReported("report-" + episode, episode, at, at, Context.MISSING_FROM_HOME, grade,
                false, false);
    }

    /** A report stored before the category and the need-to-know decision were kept as facts. */
    static ChildFact.EpisodeReported legacy(ChildFact.EpisodeReported report) {
        return new ChildFact.EpisodeReported(report.eventId(), report.episodeId(), report.reportedAt(),
                report.lastSeenAt(), report.context(), report.riskGrade(), report.childProtectionPlan(),
                report.lookedAfter(), null);
    }

    /** Away from placement without authorisation: a looked-after child whose whereabouts are known. */
    static ChildFact.EpisodeReported away(String episode, Instant at) {
        return new ChildFact.EpisodeReported("report-" + episode, episode, at, at, Context.MISSING_FROM_CARE,
                RiskGrade.MEDIUM, false, true, ChildFact.Category.AWAY_FROM_PLACEMENT);
    }

    /** The episode service decided senior managers need to know. */
    static ChildFact.NeedToKnowRaised needToKnow(String episode, Instant at, String... reasons) {
        return new ChildFact.NeedToKnowRaised("need-to-know-" + episode, episode, at, List.of(reasons));
    }

    /** The return interview case, due 72 hours after the return (the return-interview service's setting). */
    static ChildFact.InterviewCaseOpened caseOpened(String episode, Instant returnedAt) {
        return caseOpened(episode, returnedAt, returnedAt.plus(Duration.ofHours(72)));
    }

    static ChildFact.InterviewCaseOpened caseOpened(String episode, Instant returnedAt, Instant deadline) {
        return new ChildFact.InterviewCaseOpened("case-opened-" + episode, episode, returnedAt, deadline);
    }

    static ChildFact.Associate adult(String name) {
        return new ChildFact.Associate(name, null, null, true);
    }

    static ChildFact.Associate friend(String name) {
        return new ChildFact.Associate(name, null, null, false);
    }

    static ChildFact.InterviewCompleted interviewedAt(String episode, Instant at, boolean exploitationIndicated) {
        return new ChildFact.InterviewCompleted("interview-" + episode, episode,
                at.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate(), exploitationIndicated, null, List.of(),
                at);
    }

    static ChildFact.RiskRegraded regraded(String episode, RiskGrade grade, Instant at) {
        return new ChildFact.RiskRegraded("regrade-" + episode + "-" + at, episode, grade, at);
    }

    static ChildFact.ChildReturned returned(String episode, Instant at) {
        return new ChildFact.ChildReturned("return-" + episode, episode, at, null, List.of());
    }

    static ChildFact.ChildReturned returnedWith(String episode, Instant at, ChildFact.Place place,
                                                ChildFact.Associate... associates) {
        return new ChildFact.ChildReturned("return-" + episode, episode, at, place, List.of(associates));
    }

    static ChildFact.EpisodeClosed closed(String episode, Instant at) {
        return new ChildFact.EpisodeClosed("close-" + episode, episode, at);
    }

    static ChildFact.InterviewStep step(String episode, Step step, Instant at) {
        return new ChildFact.InterviewStep(step.name().toLowerCase() + "-" + episode, episode, step, at);
    }

    static ChildFact.InterviewCompleted interviewed(String episode, LocalDate on, boolean exploitationIndicated) {
        return new ChildFact.InterviewCompleted("interview-" + episode, episode, on, exploitationIndicated, null,
                List.of());
    }

    static ChildFact.AddedToCmeRegister addedToCme(String entry, LocalDate on) {
        return new ChildFact.AddedToCmeRegister("cme-added-" + entry, entry, on);
    }

    static ChildFact.CmeEnquiryLogged enquiry(String entry, LocalDate on) {
        return new ChildFact.CmeEnquiryLogged("cme-enquiry-" + entry + "-" + on, entry, on);
    }

    static ChildFact.RemovedFromCmeRegister removedFromCme(String entry, LocalDate on) {
        return new ChildFact.RemovedFromCmeRegister("cme-removed-" + entry, entry, on);
    }

    static ChildFact.ConcernRaised concern(String concern, Instant at) {
        return new ChildFact.ConcernRaised("concern-" + concern, concern, at);
    }

    static ChildFact.AssessmentRecorded assessed(String assessment, Instant at, RiskCategory category,
                                                 LocalDate nextReview) {
        return new ChildFact.AssessmentRecorded("assessed-" + assessment, assessment, Kind.COMPLETED, at, category,
                nextReview);
    }

    static ChildFact.AssessmentRecorded reviewed(String assessment, Instant at, RiskCategory category,
                                                 LocalDate nextReview) {
        return new ChildFact.AssessmentRecorded("reviewed-" + assessment + "-" + at, assessment, Kind.REVIEWED, at,
                category, nextReview);
    }

    static ChildFact.AssessmentClosed assessmentClosed(String assessment, Instant at) {
        return new ChildFact.AssessmentClosed("assessment-closed-" + assessment, assessment, at);
    }

    static ChildFacts child(ChildFact... facts) {
        return ChildFacts.of(CHILD, List.of(facts));
    }

    /** The alerts of one code holding at {@code now}. */
    static List<Alert> alerts(AlertCode code, Instant now, ChildFact... facts) {
        return ENGINE.active(child(facts), now).stream().filter(alert -> alert.code() == code).toList();
    }

    static Optional<Instant> nextEvaluation(Instant now, ChildFact... facts) {
        return ENGINE.evaluate(child(facts), List.of(), now).nextEvaluationAt();
    }
}
