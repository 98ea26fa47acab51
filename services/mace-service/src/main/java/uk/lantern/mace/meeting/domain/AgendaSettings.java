package uk.lantern.mace.meeting.domain;

import java.time.ZoneId;

/**
 * The local policy the agenda is built by.
 *
 * @param scoreThreshold   a child whose MACE score is at least this comes onto the agenda
 * @param size             at most this many children come on by their score
 * @param maxCarryOvers    an open action carried over to more meetings than this is drift
 * @param noChangeMeetings a child discussed at this many meetings in a row with the same agreed category is drift
 * @param zone             the time zone in which what is new gives its days ({@code lantern.mace.zone})
 */
public record AgendaSettings(int scoreThreshold, int size, int maxCarryOvers, int noChangeMeetings, ZoneId zone) {

    public AgendaSettings(int scoreThreshold, int size, int maxCarryOvers, int noChangeMeetings) {
        this(scoreThreshold, size, maxCarryOvers, noChangeMeetings, ZoneId.of("Europe/London"));
    }

    public AgendaSettings {
        if (scoreThreshold < 0 || size < 0 || maxCarryOvers < 0 || noChangeMeetings < 2) {
            throw new IllegalArgumentException("agenda settings: threshold, size and carry-overs at least 0, "
                    + "no-change meetings at least 2");
        }
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
    }

    public static AgendaSettings defaults() {
        return new AgendaSettings(50, 20, 2, 3);
    }
}
