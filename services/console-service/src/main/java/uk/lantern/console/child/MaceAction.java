package uk.lantern.console.child;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** An action the MACE panel agreed for the child, from mace-service {@code GET /actions?childId=} (its Action). */
public record MaceAction(String actionId, String what, String owner, String agency, LocalDate dueOn, String status,
                  Instant agreedAt, LocalDate doneOn, LocalDate cancelledOn, int timesCarriedOver) {

    static List<MaceAction> of(JsonNode actions) {
        List<MaceAction> all = new ArrayList<>();
        actions.forEach(a -> all.add(new MaceAction(Profile.text(a, "id", ""), Profile.text(a, "what", ""),
                Profile.text(a.path("owner"), "name", null), Words.sentence(Profile.text(a.path("owner"), "agency", null)),
                date(Profile.text(a, "dueOn", null)), Profile.text(a, "status", ""),
                Words.instant(Profile.text(a, "agreedAt", null)), date(Profile.text(a, "doneOn", null)),
                date(Profile.text(a, "cancelledOn", null)), a.path("carriedOverTo").size())));
        return all;
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean overdue(LocalDate today) {
        return open() && dueOn != null && dueOn.isBefore(today);
    }

    public String due() {
        return Words.date(dueOn);
    }

    /** The action's moments on the timeline's MACE lane: agreed, and done or cancelled. */
    public List<TimelineEvent> events() {
        List<TimelineEvent> events = new ArrayList<>();
        events.add(new TimelineEvent(Lane.MACE, agreedAt, "MACE action agreed", what));
        if (doneOn != null) {
            events.add(new TimelineEvent(Lane.MACE, doneOn.atStartOfDay(Words.LONDON).toInstant(),
                    "MACE action done", what));
        }
        if (cancelledOn != null) {
            events.add(new TimelineEvent(Lane.MACE, cancelledOn.atStartOfDay(Words.LONDON).toInstant(),
                    "MACE action cancelled", what));
        }
        return events;
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
