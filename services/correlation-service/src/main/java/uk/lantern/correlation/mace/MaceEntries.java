package uk.lantern.correlation.mace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.exploitationrisk.RiskCategory;
import uk.lantern.schemas.mace.ActionAgreed;
import uk.lantern.schemas.mace.ActionCancelled;
import uk.lantern.schemas.mace.ActionCarriedOver;
import uk.lantern.schemas.mace.ActionDone;
import uk.lantern.schemas.mace.Agency;
import uk.lantern.schemas.mace.ChildDiscussed;
import uk.lantern.schemas.mace.Drift;
import uk.lantern.schemas.mace.DriftFlagged;
import uk.lantern.schemas.mace.MaceEvent;
import uk.lantern.schemas.mace.OutcomeShared;
import uk.lantern.schemas.mace.PanelMember;

/**
 * What the MACE panel's events put in a child's chronology: which child an event is about (by the Lantern child id
 * the panel used) and what happened, in plain words. The events about a meeting, a person or a place of concern are
 * about no one child and stay out.
 *
 * <p>A MACE event is one record of the child's ({@link #recordId}: the source and the child id it named), kept in the
 * child's history like a source record's events, so that when the child is merged into another the panel's entries
 * move with it, and the surviving child's profile lists the record and its chronology shows them.
 */
public final class MaceEntries {

    /** The source of every MACE event, as its envelope names it. */
    public static final String SOURCE = "mace-service";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private MaceEntries() {
    }

    /** The child the event is about; empty for the events about a meeting, a person or a place. */
    public static Optional<String> childOf(MaceEvent event) {
        String childId = null;
        if (event instanceof ChildDiscussed e) {
            childId = e.childId();
        } else if (event instanceof ActionAgreed e) {
            childId = e.childId();
        } else if (event instanceof ActionDone e) {
            childId = e.childId();
        } else if (event instanceof ActionCancelled e) {
            childId = e.childId();
        } else if (event instanceof ActionCarriedOver e) {
            childId = e.childId();
        } else if (event instanceof DriftFlagged e) {
            childId = e.childId();
        } else if (event instanceof OutcomeShared e) {
            childId = e.childId();
        }
        return Optional.ofNullable(childId).filter(id -> !id.isBlank());
    }

    /** The record the panel's events about this child make: one per child id the panel named. */
    public static String recordId(String childId) {
        return SOURCE + "|child:" + childId;
    }

    /** What happened, in the users' words. */
    public static String describe(MaceEvent event) {
        if (event instanceof ChildDiscussed e) {
            return "Discussed at the MACE panel: risk agreed as " + category(e.agreedCategory())
                    + (e.assessedCategory() == null ? " (no assessment yet)"
                    : e.differsFromAssessment() ? ", differing from the latest assessment ("
                    + category(e.assessedCategory()) + ")" : ", as the latest assessment");
        }
        if (event instanceof ActionAgreed e) {
            return "MACE action agreed for " + agency(e.ownerAgency()) + ", due " + day(e.dueOn())
                    + (e.personOfConcernId() != null ? ", against a person of concern" : "")
                    + (e.placeOfConcernId() != null ? ", about a place of concern" : "");
        }
        if (event instanceof ActionDone e) {
            return "MACE action done" + on(e.doneOn());
        }
        if (event instanceof ActionCancelled e) {
            return "MACE action cancelled" + on(e.cancelledOn());
        }
        if (event instanceof ActionCarriedOver e) {
            return "MACE action still open at the next meeting: carried over " + times(e.timesCarriedOver());
        }
        if (event instanceof DriftFlagged e) {
            return "MACE drift raised with the chair" + chair(e.chair()) + ": " + drift(e.drift());
        }
        if (event instanceof OutcomeShared e) {
            return outcome(e);
        }
        return event.getClass().getSimpleName();
    }

    /** Drift in words, as the panel is challenged on it. */
    public static String drift(Drift drift) {
        return switch (drift) {
            case ACTION_OVERDUE -> "an action is past its due date";
            case ACTION_CARRIED_OVER -> "an action has been carried over more meetings than allowed";
            case NO_CHANGE_IN_RISK -> "discussed at several meetings with no change in risk";
            case NOMINATED_NEVER_DISCUSSED -> "nominated but never discussed";
        };
    }

    public static String chair(PanelMember chair) {
        if (chair == null || chair.name() == null) {
            return "";
        }
        return " (" + chair.name() + (chair.agency() == null ? "" : ", " + agency(chair.agency())) + ")";
    }

    private static String outcome(OutcomeShared e) {
        var text = new StringBuilder("MACE outcome of ").append(day(e.heldOn())).append(" shared with ")
                .append(worker(e.addressedTo())).append(": risk agreed as ").append(category(e.agreedCategory()));
        if (e.decision() != null && !e.decision().isBlank()) {
            text.append(". Decision: ").append(e.decision().strip());
        }
        if (!e.actions().isEmpty()) {
            text.append(". Actions: ").append(e.actions().stream()
                    .map(a -> a.what() + " (" + (a.ownerName() == null ? "" : a.ownerName() + ", ")
                            + agency(a.ownerAgency()) + ", due " + day(a.dueOn()) + ")")
                    .collect(Collectors.joining("; ")));
        }
        return text.toString();
    }

    /** "Jo Bloggs (North team)", "the North team", or "the allocated worker" when the panel knew neither. */
    public static String worker(AllocatedWorker worker) {
        if (worker == null) {
            return "the allocated worker";
        }
        if (worker.name() == null || worker.name().isBlank()) {
            return "the " + worker.team();
        }
        return worker.name() + (worker.team() == null ? "" : " (" + worker.team() + ")");
    }

    private static String category(RiskCategory category) {
        return category == null ? "not stated" : category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String agency(Agency agency) {
        return agency == null ? "an agency" : agency.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static String on(LocalDate date) {
        return date == null ? "" : " on " + day(date);
    }

    private static String day(LocalDate date) {
        return date == null ? "no date" : DAY.format(date);
    }
}
