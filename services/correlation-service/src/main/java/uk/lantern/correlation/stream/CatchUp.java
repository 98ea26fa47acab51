package uk.lantern.correlation.stream;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the child stage is reading a backlog (a year of history loaded from the old databases, or the days after an
 * outage) rather than facts as they happen. While it is, the facts that would end an alert may be further on in the
 * backlog (the interview after the return, the return after the report), so judging each fact against the wall clock
 * as it is read would raise thousands of alerts only to clear them minutes later. The rules judge facts against the
 * times they carry: a child changed during a backlog is evaluated once the backlog is read, against the time then,
 * and raises only what is still true.
 *
 * <p>A backlog is facts read one after another whose latest time is more than {@code behind} before the wall clock.
 * No message for {@code idle} means there is nothing left to read. Live, facts are minutes old at most, so the rules
 * run as each arrives.
 */
final class CatchUp {

    private final Duration behind;
    private final Duration idle;
    private Instant latestFact;
    private long lastReadMs = Long.MIN_VALUE;

    CatchUp(Duration behind, Duration idle) {
        this.behind = behind;
        this.idle = idle;
    }

    /** A source fact of this time was read at this wall-clock instant. */
    void read(Instant factTime, long wallMs) {
        if (factTime != null && (latestFact == null || factTime.isAfter(latestFact))) {
            latestFact = factTime;
        }
        lastReadMs = wallMs;
    }

    boolean catchingUp(long wallMs) {
        if (latestFact == null || wallMs - lastReadMs >= idle.toMillis()) {
            return false;
        }
        return latestFact.isBefore(Instant.ofEpochMilli(wallMs).minus(behind));
    }
}
