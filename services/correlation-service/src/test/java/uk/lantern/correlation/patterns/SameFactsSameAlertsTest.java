package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lantern.correlation.patterns.ChildFact.InterviewStep.Step;
import uk.lantern.correlation.patterns.ChildFact.RiskCategory;
import uk.lantern.correlation.patterns.ChildFact.RiskGrade;

/**
 * Property tests over generated children: whatever the order facts arrive in, and however often, the alerts are the
 * same; the raise/clear bookkeeping ends where a fresh evaluation is; no alert id is raised twice.
 */
class SameFactsSameAlertsTest {

    private static final Instant END = days(260);

    static Stream<Long> seeds() {
        return IntStream.range(0, 150).mapToObj(i -> 1_000L + i);
    }

    @ParameterizedTest(name = "child generated from seed {0}")
    @MethodSource("seeds")
    void the_same_facts_in_another_order_or_delivered_twice_give_the_same_alerts(long seed) {
        var random = new Random(seed);
        var facts = scenario(random);
        var expected = ids(ENGINE.active(ChildFacts.of(CHILD, facts), END));

        for (var shuffle = 0; shuffle < 4; shuffle++) {
            var delivered = new ArrayList<>(facts);
            delivered.addAll(facts.subList(0, facts.size() / 2)); // redeliveries
            Collections.shuffle(delivered, random);

            var child = new ChildFacts(CHILD);
            var open = new HashMap<String, Alert>();
            var raisedCount = new HashMap<String, Integer>();
            for (var fact : delivered) {
                child.apply(fact);
                apply(ENGINE.evaluate(child, open.values(), END), open, raisedCount);
            }

            assertThat(ids(ENGINE.active(child, END))).isEqualTo(expected);
            assertThat(raisedCount).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
            assertThat(open.keySet()).isEqualTo(new HashSet<>(expected));
            assertThat(child.facts()).isEqualTo(ChildFacts.of(CHILD, facts).facts());
        }
    }

    @ParameterizedTest(name = "child generated from seed {0}")
    @MethodSource("seeds")
    void in_time_order_with_a_punctuator_no_alert_is_raised_twice_and_the_open_alerts_are_the_active_ones(long seed) {
        var facts = new ArrayList<>(scenario(new Random(seed)));
        facts.sort(Comparator.comparing(SameFactsSameAlertsTest::occurredAt).thenComparing(ChildFact::eventId));

        var child = new ChildFacts(CHILD);
        var open = new HashMap<String, Alert>();
        var raisedCount = new HashMap<String, Integer>();
        var next = (Instant) null;
        for (var fact : facts) {
            var at = occurredAt(fact);
            while (next != null && !next.isAfter(at)) { // the punctuator fires at each deadline before the fact
                var evaluation = ENGINE.evaluate(child, open.values(), next);
                apply(evaluation, open, raisedCount);
                next = evaluation.nextEvaluationAt().orElse(null);
            }
            child.apply(fact);
            var evaluation = ENGINE.evaluate(child, open.values(), at);
            apply(evaluation, open, raisedCount);
            next = evaluation.nextEvaluationAt().orElse(null);
        }
        while (next != null && !next.isAfter(END)) {
            var evaluation = ENGINE.evaluate(child, open.values(), next);
            apply(evaluation, open, raisedCount);
            next = evaluation.nextEvaluationAt().orElse(null);
        }
        apply(ENGINE.evaluate(child, open.values(), END), open, raisedCount);

        assertThat(raisedCount).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        assertThat(open.keySet()).isEqualTo(new HashSet<>(ids(ENGINE.active(child, END))));
    }

    @org.junit.jupiter.api.Test
    void the_generated_children_exercise_every_per_child_rule() {
        var codes = java.util.EnumSet.noneOf(AlertCode.class);
        seeds().forEach(seed -> {
            var child = ChildFacts.of(CHILD, scenario(new Random(seed)));
            for (var day = 0; day <= 260; day += 5) {
                ENGINE.active(child, days(day)).forEach(alert -> codes.add(alert.code()));
            }
        });

        assertThat(codes).containsAll(ENGINE.codes());
    }

    private static void apply(Evaluation evaluation, Map<String, Alert> open, Map<String, Integer> raisedCount) {
        evaluation.clear().forEach(alert -> open.remove(alert.id()));
        evaluation.raise().forEach(alert -> {
            open.put(alert.id(), alert);
            raisedCount.merge(alert.code() + " " + alert.evidence() + " " + alert.id(), 1, Integer::sum);
        });
    }

    private static List<String> ids(List<Alert> alerts) {
        return alerts.stream().map(Alert::id).sorted().toList();
    }

    /** When the fact became known, for replaying a child in time order. */
    private static Instant occurredAt(ChildFact fact) {
        if (fact instanceof ChildFact.EpisodeReported f) {
            return f.reportedAt();
        } else if (fact instanceof ChildFact.RiskRegraded f) {
            return f.regradedAt();
        } else if (fact instanceof ChildFact.ChildReturned f) {
            return f.returnedAt();
        } else if (fact instanceof ChildFact.EpisodeClosed f) {
            return f.closedAt();
        } else if (fact instanceof ChildFact.InterviewStep f) {
            return f.at();
        } else if (fact instanceof ChildFact.NeedToKnowRaised f) {
            return f.at();
        } else if (fact instanceof ChildFact.InterviewCaseOpened f) {
            return f.returnedAt();
        } else if (fact instanceof ChildFact.InterviewCompleted f) {
            return f.completedAt() != null ? f.completedAt()
                    : f.completedOn().atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(17));
        } else if (fact instanceof ChildFact.AddedToCmeRegister f) {
            return f.addedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        } else if (fact instanceof ChildFact.CmeEnquiryLogged f) {
            return f.madeOn().atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(12));
        } else if (fact instanceof ChildFact.RemovedFromCmeRegister f) {
            return f.removedOn().atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(12));
        } else if (fact instanceof ChildFact.ConcernRaised f) {
            return f.observedAt();
        } else if (fact instanceof ChildFact.AssessmentRecorded f) {
            return f.at();
        } else if (fact instanceof ChildFact.AssessmentClosed f) {
            return f.closedAt();
        } else if (fact instanceof ChildFact.MaceDriftFlagged f) {
            return f.flaggedAt();
        } else if (fact instanceof ChildFact.MaceActionClosed f) {
            return f.closedAt();
        } else if (fact instanceof ChildFact.MaceChildDiscussed f) {
            return f.discussedAt();
        }
        throw new IllegalArgumentException(fact.toString());
    }

    /** A child's year: episodes (some looked after, on a plan or high risk), returns, interviews, CME, risk. */
    static List<ChildFact> scenario(Random r) {
        var facts = new ArrayList<ChildFact>();
        var episodes = 1 + r.nextInt(6);
        for (var i = 0; i < episodes; i++) {
            var e = "e" + i;
            var start = days(r.nextInt(200)).plus(Duration.ofHours(r.nextInt(24)));
            var kind = r.nextInt(6);
            facts.add(switch (kind) {
                case 0 -> missingFromCare(e, start);
                case 1 -> missingOnPlan(e, start);
                case 2 -> missingGraded(e, start, RiskGrade.HIGH);
                case 3 -> away(e, start);
                default -> missing(e, start);
            });
            if (kind <= 2) {
                facts.add(needToKnow(e, start));
            }
            if (r.nextInt(4) == 0) {
                facts.add(regraded(e, RiskGrade.HIGH, start.plus(Duration.ofHours(2))));
                if (kind > 3) {
                    facts.add(needToKnow(e, start.plus(Duration.ofHours(2))));
                }
            }
            if (r.nextInt(6) == 0) {
                continue; // still missing
            }
            var back = start.plus(Duration.ofHours(3 + r.nextInt(48)));
            facts.add(r.nextInt(3) == 0
                    ? returnedWith(e, back, new ChildFact.Place("Central Park", "PE1 4LZ"),
                            new ChildFact.Associate("Dean Smith", "07700 900123", "AB12 CDE", true))
                    : returned(e, back));
            facts.add(caseOpened(e, back));
            switch (r.nextInt(4)) {
                case 0 -> facts.add(step(e, Step.OFFERED, back.plus(Duration.ofHours(r.nextInt(100)))));
                case 1 -> facts.add(step(e, Step.DECIDED_NOT_TO_OFFER, back.plus(Duration.ofHours(r.nextInt(100)))));
                case 2 -> {
                    facts.add(step(e, Step.OFFERED, back.plus(Duration.ofHours(20))));
                    facts.add(interviewedAt(e, back.plus(Duration.ofHours(40 + r.nextInt(60))), r.nextBoolean()));
                }
                default -> {
                }
            }
        }
        if (r.nextInt(3) == 0) {
            var added = T0.plus(Duration.ofDays(r.nextInt(150))).atZone(ZoneOffset.UTC).toLocalDate();
            facts.add(addedToCme("c1", added));
            for (var k = r.nextInt(3); k > 0; k--) {
                facts.add(enquiry("c1", added.plusDays(r.nextInt(60))));
            }
            if (r.nextInt(3) == 0) {
                facts.add(removedFromCme("c1", added.plusDays(30 + r.nextInt(60))));
            }
        }
        for (var k = r.nextInt(3); k > 0; k--) {
            facts.add(concern("k" + k, days(r.nextInt(200))));
        }
        if (r.nextInt(2) == 0) {
            var at = days(r.nextInt(150));
            var categories = RiskCategory.values();
            var date = at.atZone(ZoneOffset.UTC).toLocalDate();
            facts.add(assessed("a1", at, categories[r.nextInt(4)], date.plusMonths(3)));
            if (r.nextBoolean()) {
                var review = at.plus(Duration.ofDays(30 + r.nextInt(80)));
                facts.add(reviewed("a1", review, categories[r.nextInt(4)],
                        review.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(3)));
            }
            if (r.nextInt(4) == 0) {
                facts.add(assessmentClosed("a1", at.plus(Duration.ofDays(100))));
            }
        }
        if (r.nextInt(3) == 0) { // the MACE panel flags drift, perhaps at two meetings, perhaps ended
            var flagged = days(r.nextInt(200));
            boolean action = r.nextBoolean();
            String drift = action ? "ACTION_OVERDUE" : "NO_CHANGE_IN_RISK";
            String actionId = action ? "act-1" : null;
            facts.add(new ChildFact.MaceDriftFlagged("drift-1", "m-1", drift, actionId, "DI Shah", "POLICE", flagged));
            if (r.nextBoolean()) {
                facts.add(new ChildFact.MaceDriftFlagged("drift-2", "m-2", drift, actionId, "DI Shah", "POLICE",
                        flagged.plus(Duration.ofDays(28))));
            }
            if (r.nextInt(3) == 0) {
                facts.add(action ? new ChildFact.MaceActionClosed("done-1", "act-1", true,
                        flagged.plus(Duration.ofDays(10)))
                        : new ChildFact.MaceChildDiscussed("discussed-1", "m-1", flagged.plus(Duration.ofHours(1))));
            }
        }
        return facts;
    }
}
