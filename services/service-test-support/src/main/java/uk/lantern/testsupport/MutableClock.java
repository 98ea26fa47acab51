package uk.lantern.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the test sets and moves. {@link #withZone} keeps the zone it is given and shares the instant, so a service
 * that asks {@code LocalDate.now(clock.withZone(london))} gets London's date, as it would from the system clock.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final AtomicReference<Duration> tick;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(new AtomicReference<>(start), new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, AtomicReference<Duration> tick, ZoneId zone) {
        this.now = now;
        this.tick = tick;
        this.zone = zone;
    }

    /**
     * From now on each reading moves the clock on by {@code step} (as a real clock moves between two readings);
     * {@link Duration#ZERO}, the default, stands it still again.
     */
    public void tickOnEachReading(Duration step) {
        tick.set(Objects.requireNonNull(step));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant));
    }

    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public Instant instant() {
        Duration step = tick.get();
        return step.isZero() ? now.get() : now.getAndUpdate(t -> t.plus(step));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, tick, zone);
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + "," + zone + "]";
    }
}
