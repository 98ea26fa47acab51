package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * SCREENING_GAP: exploitation indicators were seen and no assessment was completed (or reviewed) since, by the end of
 * the 10th working day after the first of them. Indicators: a concern raised; a completed return interview with a
 * disclosure or an exploitation indicator (dated by when the interview took place); a return at which the child was
 * found with an adult (an associate recorded as an adult: a friend of the child's age is not an indicator);
 * REPEAT_MISSING and MISSING_AND_CME holding together, from the moment the combination first held, whether or not
 * either still holds (the register entry ending does not answer the indicator, an assessment does). Raised at the
 * deadline; an assessment completed or reviewed at or after the first unanswered indicator clears it. Indicators after
 * that assessment start a new gap.
 *
 * <p>A gap is the stretch since the last completed or reviewed assessment (or since ever, if none): its id comes
 * from that assessment ("never-assessed" if none), its evidence is the first indicator in the stretch. So an earlier
 * indicator delivered late joins the gap instead of raising another, and a gap once answered never raises again.
 */
final class ScreeningGapRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.SOCIAL_WORKER);

    private record Indicator(Instant at, List<String> eventIds, String what) {
    }

    private final PatternSettings.ScreeningGap settings;
    private final WorkingCalendar calendar;
    private final RepeatMissingRule repeatMissing;
    private final MissingAndCmeRule missingAndCme;

    ScreeningGapRule(PatternSettings.ScreeningGap settings, WorkingCalendar calendar, RepeatMissingRule repeatMissing,
                     MissingAndCmeRule missingAndCme) {
        this.settings = settings;
        this.calendar = calendar;
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
        var deadline = calendar.endOfWorkingDays(first.get().at(), settings.workingDays());
        if (now.isBefore(deadline)) {
            result.deadline(deadline);
        } else {
            var key = List.of(lastAssessment.map(ChildFact.AssessmentRecorded::eventId).orElse("never-assessed"));
            result.alert(Alert.keyed(code(), Severity.HIGH, facts.childId(), key, first.get().eventIds(), deadline,
                    deadline, ACTORS).described("Exploitation indicator: " + first.get().what()
                    + "; no exploitation risk assessment completed since, by "
                    + Describe.time(deadline, calendar.zone())));
        }
        return result.build();
    }

    private List<Indicator> indicators(ChildFacts facts, Instant now) {
        var indicators = new ArrayList<Indicator>();
        var zone = calendar.zone();
        facts.concerns().forEach(concern -> indicators.add(new Indicator(concern.observedAt(),
                List.of(concern.eventId()), "a concern raised on " + Describe.day(concern.observedAt(), zone))));
        for (var episode : facts.episodes()) {
            episode.returned()
                    .filter(returned -> returned.associates().stream().anyMatch(ChildFact.Associate::knownAdult))
                    .ifPresent(returned -> indicators.add(new Indicator(returned.returnedAt(),
                            List.of(returned.eventId()), "found with an adult on "
                            + Describe.time(returned.returnedAt(), zone))));
            episode.interviews().stream()
                    .filter(ChildFact.InterviewCompleted::exploitationIndicated)
                    .forEach(interview -> indicators.add(new Indicator(interview.at(zone),
                            List.of(interview.eventId()), "a disclosure or indicator at the return interview of "
                            + Describe.time(interview.at(zone), zone))));
        }
        repeatMissingWithCme(facts, now).ifPresent(indicators::add);
        return indicators;
    }

    /**
     * The first moment up to {@code now} at which the child was missing repeatedly and on the CME register with a
     * recent episode, both at once; its evidence is what each held with at that moment.
     */
    private Optional<Indicator> repeatMissingWithCme(ChildFacts facts, Instant now) {
        var cme = missingAndCme.spans(facts);
        if (cme.isEmpty()) {
            return Optional.empty();
        }
        Indicator first = null;
        for (var repeat : repeatMissing.spans(facts, now)) {
            for (var entry : cme) {
                var from = Rules.later(repeat.start(), entry.start());
                boolean overlap = !from.isAfter(now)
                        && repeat.end().map(from::isBefore).orElse(true)
                        && entry.end().map(from::isBefore).orElse(true);
                if (overlap && (first == null || from.isBefore(first.at()))) {
                    var evidence = new ArrayList<String>();
                    repeat.atStart().forEach(point -> evidence.add(point.eventId()));
                    evidence.addAll(entry.evidence());
                    first = new Indicator(from, evidence.stream().sorted().distinct().toList(),
                            "missing repeatedly while on the children-missing-education register, from "
                                    + Describe.day(from, calendar.zone()));
                }
            }
        }
        return Optional.ofNullable(first);
    }
}
