package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The per-child pattern rules of DOMAIN.md (all but the cross-child SHARED_* of {@link SharedLinks} and
 * POSSIBLE_SAME_CHILD of identity resolution). Pure: given a child's facts, the alerts already open for the child
 * and the caller's clock, it says what to raise, what to clear and when to look again. The caller keeps the open
 * alerts (a state store) and calls again at {@link Evaluation#nextEvaluationAt()} or when a fact arrives.
 */
public final class PatternEngine {

    private final List<PatternRule> rules;
    private final Set<AlertCode> codes;

    public PatternEngine(PatternSettings settings) {
        var calendar = settings.calendar();
        var repeatMissing = new RepeatMissingRule(settings.repeatMissing(),
                settings.window(settings.repeatMissing().window()), calendar);
        var missingAndCme = new MissingAndCmeRule(settings.missingAndCme(), calendar);
        this.rules = List.of(
                new NeedToKnowRule(calendar.zone()),
                new RhiOverdueRule(calendar.zone()),
                repeatMissing,
                missingAndCme,
                new MissingWithExploitationRiskRule(calendar.zone()),
                new ScreeningGapRule(settings.screeningGap(), calendar, repeatMissing, missingAndCme),
                new AssessmentReviewOverdueRule(settings.assessmentReviewOverdue(), calendar),
                new CmeEnquiryStalledRule(settings.cmeEnquiryStalled(), calendar),
                new MaceDriftRule(settings.maceDrift(), calendar));
        this.codes = rules.stream().map(PatternRule::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertCode.class)));
    }

    /** The codes this engine raises and clears; open alerts of other codes are left alone. */
    public Set<AlertCode> codes() {
        return Set.copyOf(codes);
    }

    /** The alerts whose condition holds at {@code now}, by id. */
    public List<Alert> active(ChildFacts facts, Instant now) {
        return evaluateRules(facts, now).active();
    }

    public Evaluation evaluate(ChildFacts facts, Collection<Alert> open, Instant now) {
        var current = evaluateRules(facts, now);
        var openIds = open.stream().map(Alert::id).collect(Collectors.toSet());
        var activeIds = current.active().stream().map(Alert::id).collect(Collectors.toSet());
        var raise = current.active().stream().filter(alert -> !openIds.contains(alert.id())).toList();
        var clear = open.stream()
                .filter(alert -> codes.contains(alert.code()) && alert.childId().equals(facts.childId()))
                .filter(alert -> !activeIds.contains(alert.id()))
                .sorted(Comparator.comparing(Alert::id))
                .toList();
        return new Evaluation(raise, clear, Evaluation.updates(current.active(), open), current.nextEvaluationAt());
    }

    private RuleResult evaluateRules(ChildFacts facts, Instant now) {
        var byId = new LinkedHashMap<String, Alert>();
        Optional<Instant> next = Optional.empty();
        for (var rule : rules) {
            var result = rule.evaluate(facts, now);
            result.active().forEach(alert -> byId.putIfAbsent(alert.id(), alert));
            next = earlier(next, result.nextEvaluationAt());
        }
        var active = new ArrayList<>(byId.values());
        active.sort(Comparator.comparing(Alert::code).thenComparing(Alert::id));
        return new RuleResult(active, next);
    }

    static Optional<Instant> earlier(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isBefore(b.get()) ? a : b;
    }
}
