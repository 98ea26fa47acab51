package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * SCREENING_GAP: exploitation indicators were seen and no assessment was completed (or reviewed) since, within 10
 * working days of the first of them. Indicators: a concern raised; a completed return interview with a disclosure or
 * an exploitation indicator; a return at which the child was found with someone (an associate recorded); REPEAT_MISSING
 * and MISSING_AND_CME holding together. Raised at the deadline; an assessment completed or reviewed at or after the
 * first unanswered indicator clears it. Indicators after that assessment start a new gap.
 *
 * <p>A gap is the stretch since the last completed or reviewed assessment (or since ever, if none): its id comes
 * from that assessment ("never-assessed" if none), its evidence is the first indicator in the stretch. So an earlier
 * indicator delivered late joins the gap instead of raising another, and a gap once answered never raises again.
 */
final class ScreeningGapRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.SOCIAL_WORKER);

    private record Indicator(Instant at, List<String> eventIds) {
    }

    private final PatternSettings.ScreeningGap settings;
    private final ZoneId zone;
    private final RepeatMissingRule repeatMissing;
    private final MissingAndCmeRule missingAndCme;

    ScreeningGapRule(PatternSettings.ScreeningGap settings, ZoneId zone, RepeatMissingRule repeatMissing,
                     MissingAndCmeRule missingAndCme) {
        this.settings = settings;
        this.zone = zone;
        this.repeatMissing = repeatMissing;
        this.missingAndCme = missingAndCme;
    }

    @Override
    public AlertCode code() {
        return AlertCode.SCREENING_GAP;
    }

    @Override
    public RuleResult evaluate(ChildFacts facts, Instant now) {
        var lastAssessment = facts.assessments().stream()
                .flatMap(assessment -> assessment.records().stream())
                .max(Comparator.comparing(ChildFact.AssessmentRecorded::at)
                        .thenComparing(ChildFact.AssessmentRecorded::eventId));
        var lastAssessed = lastAssessment.map(ChildFact.AssessmentRecorded::at);
        var first = indicators(facts, now).stream()
                .filter(indicator -> lastAssessed.isEmpty() || indicator.at().isAfter(lastAssessed.get()))
                .min(Comparator.comparing(Indicator::at).thenComparing(i -> i.eventIds().get(0)));
        var result = new RuleResult.Builder(now);
        if (first.isEmpty()) {
            return result.build();
        }
        var deadline = WorkingDays.plus(first.get().at(), settings.workingDays(), zone);
        if (now.isBefore(deadline)) {
            result.deadline(deadline);
        } else {
            var key = List.of(lastAssessment.map(ChildFact.AssessmentRecorded::eventId).orElse("never-assessed"));
            result.alert(Alert.keyed(code(), Severity.HIGH, facts.childId(), key, first.get().eventIds(), deadline,
                    deadline, ACTORS));
        }
        return result.build();
    }

    private List<Indicator> indicators(ChildFacts facts, Instant now) {
        var indicators = new ArrayList<Indicator>();
        facts.concerns().forEach(concern ->
                indicators.add(new Indicator(concern.observedAt(), List.of(concern.eventId()))));
        for (var episode : facts.episodes()) {
            episode.returned()
                    .filter(returned -> !returned.associates().isEmpty())
                    .ifPresent(returned -> indicators.add(
                            new Indicator(returned.returnedAt(), List.of(returned.eventId()))));
            episode.interviews().stream()
                    .filter(ChildFact.InterviewCompleted::exploitationIndicated)
                    .forEach(interview -> indicators.add(new Indicator(
                            WorkingDays.startOf(interview.completedOn(), zone), List.of(interview.eventId()))));
        }
        repeatMissingWithCme(facts, now).ifPresent(indicators::add);
        return indicators;
    }

    private Optional<Indicator> repeatMissingWithCme(ChildFacts facts, Instant now) {
        var repeat = repeatMissing.evaluate(facts, now).active();
        var cme = missingAndCme.evaluate(facts, now).active();
        if (repeat.isEmpty() || cme.isEmpty()) {
            return Optional.empty();
        }
        var r = repeat.get(0);
        var c = cme.stream().min(Comparator.comparing(Alert::raisedAt).thenComparing(Alert::id)).orElseThrow();
        var evidence = new ArrayList<>(r.evidence());
        evidence.addAll(c.evidence());
        return Optional.of(new Indicator(Rules.later(r.raisedAt(), c.raisedAt()),
                evidence.stream().sorted().distinct().toList()));
    }
}
