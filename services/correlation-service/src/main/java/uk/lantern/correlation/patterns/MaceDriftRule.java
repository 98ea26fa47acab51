package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import uk.lantern.correlation.patterns.ChildFact.MaceDriftFlagged;

/**
 * MACE_DRIFT (issue 18): the MACE panel flagged drift about the child when a meeting opened, and the meeting's chair
 * is to challenge it. An action's drift (past its due date, carried over too often) holds until the action is done or
 * cancelled, and the same action flagged again at a later meeting is the same alert, its evidence growing; the
 * child's drift (discussed repeatedly with no change in risk, nominated and never discussed) holds until the panel
 * discusses the child at or after the meeting that flagged it, and is one alert per meeting. Raised when the meeting
 * flagged it; the chair is asked to act within the setting's working days.
 */
final class MaceDriftRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.MACE_PANEL);

    private final PatternSettings.MaceDrift settings;
    private final WorkingCalendar calendar;

    MaceDriftRule(PatternSettings.MaceDrift settings, WorkingCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public AlertCode code() {
        return AlertCode.MACE_DRIFT;
    }

    @Override
    public RuleResult evaluate(ChildFacts facts, Instant now) {
        var result = new RuleResult.Builder(now);
        var byCondition = new LinkedHashMap<String, List<MaceDriftFlagged>>();
        for (MaceDriftFlagged flag : facts.maceDrift()) { // earliest first
            String condition = flag.drift() + ":" + (flag.aboutAnAction() ? "action:" + flag.actionId()
                    : "meeting:" + flag.meetingId());
            byCondition.computeIfAbsent(condition, c -> new ArrayList<>()).add(flag);
        }
        byCondition.forEach((condition, flags) -> {
            MaceDriftFlagged first = flags.get(0);
            MaceDriftFlagged latest = flags.get(flags.size() - 1);
            if (ended(facts, first)) {
                return;
            }
            Instant raisedAt = first.flaggedAt();
            Instant dueBy = calendar.endOfWorkingDays(raisedAt, settings.actWithinWorkingDays());
            var severity = "NO_CHANGE_IN_RISK".equals(first.drift()) ? Severity.HIGH : Severity.MEDIUM;
            result.alert(Alert.keyed(code(), severity, facts.childId(), List.of("mace-drift:" + condition),
                    flags.stream().map(MaceDriftFlagged::eventId).toList(), raisedAt, dueBy, ACTORS)
                    .described(summary(first, latest, flags.size())));
        });
        return result.build();
    }

    private static boolean ended(ChildFacts facts, MaceDriftFlagged flag) {
        if (flag.aboutAnAction()) {
            return facts.maceActionsClosed().stream().anyMatch(c -> c.actionId().equals(flag.actionId()));
        }
        return facts.maceDiscussions().stream().anyMatch(d -> d.meetingId().equals(flag.meetingId())
                || !d.discussedAt().isBefore(flag.flaggedAt()));
    }

    private String summary(MaceDriftFlagged first, MaceDriftFlagged latest, int meetings) {
        String what = switch (first.drift()) {
            case "ACTION_OVERDUE" -> "an action agreed for this child is past its due date";
            case "ACTION_CARRIED_OVER" -> "an action agreed for this child has been carried over more meetings than "
                    + "allowed";
            case "NO_CHANGE_IN_RISK" -> "this child has been discussed at several meetings with no change in risk";
            case "NOMINATED_NEVER_DISCUSSED" -> "this child was nominated and has never been discussed";
            default -> "drift (" + first.drift().toLowerCase(Locale.ROOT) + ")";
        };
        var text = new StringBuilder("MACE drift: ").append(what);
        if (first.aboutAnAction()) {
            text.append(" (action ").append(first.actionId()).append(')');
        }
        text.append(meetings > 1 ? ", flagged at " + meetings + " meetings since " : ", flagged at the meeting of ")
                .append(Describe.day(first.flaggedAt(), calendar.zone()));
        if (latest.chairName() != null) {
            text.append(". For the chair, ").append(latest.chairName());
            if (latest.chairAgency() != null) {
                text.append(" (").append(latest.chairAgency().toLowerCase(Locale.ROOT).replace('_', ' ')).append(')');
            }
            text.append(", to challenge");
        } else {
            text.append(". For the meeting's chair to challenge");
        }
        return text.toString();
    }
}
