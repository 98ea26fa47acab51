package uk.lantern.simulator.feed;

import java.time.Duration;

/** How often and how patiently to retry when the service is down or failing. */
public record Backoff(int maxAttempts, Duration first, Duration longest) {

    public static Backoff standard() {
        return new Backoff(10, Duration.ofMillis(250), Duration.ofSeconds(5));
    }

    /** The pause before retry number {@code retry} (1 for the first retry), doubling each time. */
    Duration before(int retry) {
        Duration pause = first.multipliedBy(1L << Math.min(retry - 1, 20));
        return pause.compareTo(longest) > 0 ? longest : pause;
    }
}
