package uk.lantern.mace.meeting.domain;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.lantern.mace.common.domain.RiskCategory;

/**
 * Drift, each rule on its own: the inspection found actions left on the agenda too long with no challenge. Each
 * flag says in words what drifted, so that the chair can challenge it.
 */
public final class DriftRules {

    private final AgendaSettings settings;

    public DriftRules(AgendaSettings settings) {
        this.settings = settings;
    }

    /** An open action whose due date is before the meeting's date. */
    public Optional<DriftFlag> actionOverdue(AgendaAction action, LocalDate heldOn) {
        if (action.dueOn() == null || !action.dueOn().isBefore(heldOn)) {
            return Optional.empty();
        }
        long days = DAYS.between(action.dueOn(), heldOn);
        return Optional.of(new DriftFlag(Drift.ACTION_OVERDUE, action.actionId(), "Action \"" + action.what()
                + "\" (" + action.owner().words() + ") was due on " + action.dueOn() + ": " + days + " day"
                + (days == 1 ? "" : "s") + " overdue"));
    }

    /** An open action carried over to more meetings than the setting allows (this meeting counted). */
    public Optional<DriftFlag> carriedOver(AgendaAction action) {
        if (action.timesCarriedOver() <= settings.maxCarryOvers()) {
            return Optional.empty();
        }
        return Optional.of(new DriftFlag(Drift.ACTION_CARRIED_OVER, action.actionId(), "Action \"" + action.what()
                + "\" (" + action.owner().words() + ") carried over to " + action.timesCarriedOver()
                + " meetings, more than " + settings.maxCarryOvers()));
    }

    /**
     * The child's latest discussions, as many as the setting, all agreed the same category: discussed again and again
     * with no change in risk. Fewer discussions than the setting never flag.
     */
    public Optional<DriftFlag> noChangeInRisk(List<PastDiscussion> discussions) {
        List<PastDiscussion> latest = discussions.stream()
                .sorted(Comparator.comparing(PastDiscussion::heldOn).reversed())
                .limit(settings.noChangeMeetings()).toList();
        if (latest.size() < settings.noChangeMeetings()) {
            return Optional.empty();
        }
        RiskCategory category = latest.get(0).agreedCategory();
        if (latest.stream().anyMatch(d -> d.agreedCategory() != category)) {
            return Optional.empty();
        }
        String dates = latest.stream().map(d -> d.heldOn().toString()).sorted().collect(Collectors.joining(", "));
        return Optional.of(new DriftFlag(Drift.NO_CHANGE_IN_RISK, null, "Discussed at " + latest.size()
                + " meetings in a row (" + dates + ") with the risk unchanged at " + category.words()));
    }

    /** A child nominated to an earlier meeting that closed without discussing the child, and not discussed since. */
    public Optional<DriftFlag> nominatedNeverDiscussed(PastNomination nomination, List<PastDiscussion> discussions) {
        boolean discussedSince = discussions.stream()
                .anyMatch(d -> !d.heldOn().isBefore(nomination.heldOn()));
        if (discussedSince) {
            return Optional.empty();
        }
        return Optional.of(new DriftFlag(Drift.NOMINATED_NEVER_DISCUSSED, null, "Nominated by "
                + agency(nomination.nomination()) + " for the meeting of " + nomination.heldOn()
                + " and never discussed"));
    }

    static String agency(Nomination n) {
        return n.agency().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }
}
