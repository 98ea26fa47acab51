package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.List;

import uk.lantern.correlation.patterns.ChildFact.Context;
import uk.lantern.correlation.patterns.ChildFact.RiskGrade;

/**
 * NEED_TO_KNOW: a child missing now for whom the episode service decided that senior managers need to know
 * (NeedToKnowRaised: on a child protection plan, looked after, or graded high risk at any point of the episode; never
 * a child away from placement with whereabouts known). One decision, made once, by the service that owns the
 * episode: this rule follows it and does not decide again. Senior managers are told immediately and it stays open
 * until the child is found: a return (or closure) of the episode clears it; a regrade down from high does not. One
 * alert per episode: its id comes from the report; the evidence adds the decision.
 *
 * <p>An episode stored before the decision was kept as a fact ({@link ChildFact.EpisodeReported#legacy()}) is decided
 * here as it was then, so an alert open at the upgrade stays open.
 */
final class NeedToKnowRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.SENIOR_MANAGERS, Actor.MISSING_COORDINATOR);

    private final java.time.ZoneId zone;

    NeedToKnowRule(java.time.ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public AlertCode code() {
        return AlertCode.NEED_TO_KNOW;
    }

    @Override
    public RuleResult evaluate(ChildFacts facts, Instant now) {
        var result = new RuleResult.Builder(now);
        for (var episode : facts.episodes()) {
            if (!episode.missingNow()) {
                continue;
            }
            var report = episode.report().orElseThrow();
            if (!report.legacy()) {
                episode.needToKnow().ifPresent(decision -> result.alert(alert(facts,
                        List.of(report.eventId(), decision.eventId()), Rules.later(report.reportedAt(), decision.at()))
                        .described(describe(report, decision.reasons().stream().map(NeedToKnowRule::reason)
                                .toList()))));
                continue;
            }
            var reasons = new java.util.ArrayList<String>();
            if (report.childProtectionPlan()) {
                reasons.add(reason("CHILD_PROTECTION_PLAN"));
            }
            if (report.lookedAfter() || report.context() == Context.MISSING_FROM_CARE) {
                reasons.add(reason("LOOKED_AFTER"));
            }
            if (report.riskGrade() == RiskGrade.HIGH) {
                reasons.add(reason("HIGH_RISK"));
            }
            if (!reasons.isEmpty()) {
                result.alert(alert(facts, List.of(report.eventId()), report.reportedAt())
                        .described(describe(report, reasons)));
                continue;
            }
            episode.regrades().stream()
                    .filter(regrade -> regrade.riskGrade() == RiskGrade.HIGH)
                    .findFirst()
                    .ifPresent(high -> result.alert(alert(facts, List.of(report.eventId(), high.eventId()),
                            Rules.later(report.reportedAt(), high.regradedAt()))
                            .described(describe(report, List.of(reason("HIGH_RISK"))))));
        }
        return result.build();
    }

    private String describe(ChildFact.EpisodeReported report, List<String> reasons) {
        return "Missing " + (report.context() == Context.MISSING_FROM_CARE ? "from care" : "from home") + " since "
                + Describe.time(report.start(), zone) + ", " + Describe.and(reasons)
                + ": senior managers need to know until the child is found";
    }

    private static String reason(String code) {
        return switch (code) {
            case "CHILD_PROTECTION_PLAN" -> "on a child protection plan";
            case "LOOKED_AFTER" -> "looked after";
            case "HIGH_RISK" -> "graded high risk";
            default -> code.toLowerCase(java.util.Locale.UK).replace('_', ' ');
        };
    }

    private Alert alert(ChildFacts facts, List<String> evidence, Instant raisedAt) {
        return Alert.keyed(code(), Severity.URGENT, facts.childId(), evidence.subList(0, 1), evidence, raisedAt,
                raisedAt, ACTORS);
    }
}
