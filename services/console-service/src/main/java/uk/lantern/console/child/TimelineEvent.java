package uk.lantern.console.child;

import java.time.Instant;

/**
 * One thing that happened to the child, as the timeline and its list show it.
 *
 * @param at     when it happened; null when the source did not say (listed, not drawn)
 * @param what   in plain words: "Reported missing"
 * @param detail more, where there is any: an action's owner, a record's reference
 */
public record TimelineEvent(Lane lane, Instant at, String what, String detail) {

    public String when() {
        return at == null ? "Date not recorded" : Words.time(at);
    }

    /** The mark's tooltip and the picture's words: "4 Dec 2026, 14:05: Reported missing". */
    public String title() {
        return when() + ": " + what + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }
}
