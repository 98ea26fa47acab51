package uk.lantern.cmeregister.retention.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import uk.lantern.cmeregister.register.domain.EntryStatus;
import uk.lantern.cmeregister.register.domain.RegisterEntry;

/**
 * When a register entry's retention period has passed. The clock starts on the day the child left the register (the
 * removal's date); an entry whose child is still on the register is never due, however long they have been on it
 * (how long a child whose whereabouts stay unknown stays on the register is the register's own rule, not this one).
 * Due on the days whose date, less the period, is on or after the removal: counted in calendar years and days, in
 * England's dates, as the removal was recorded.
 */
public record RetentionPolicy(Period registerEntries) {

    public RetentionPolicy {
        if (registerEntries == null || registerEntries.isNegative() || registerEntries.isZero()) {
            throw new IllegalArgumentException("a retention period must be positive: " + registerEntries);
        }
    }

    /** Entries whose child left the register on or before this date are due on {@code today}. */
    public LocalDate cutoff(LocalDate today) {
        return today.minus(registerEntries);
    }

    public static Optional<LocalDate> clockStartsOn(RegisterEntry entry) {
        if (entry.status() == EntryStatus.REMOVED && entry.removal() != null) {
            return Optional.of(entry.removal().removedOn());
        }
        return Optional.empty();
    }

    public boolean due(RegisterEntry entry, LocalDate today) {
        return clockStartsOn(entry).map(removedOn -> !removedOn.isAfter(cutoff(today))).orElse(false);
    }
}
