package uk.lantern.simulator;

import java.time.Duration;
import java.time.Instant;

/** The time of a live run; tests use one that jumps instead of sleeping. */
interface WallClock {

    Instant now();

    void sleepUntil(Instant wakeAt) throws InterruptedException;

    static WallClock system() {
        return new WallClock() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void sleepUntil(Instant wakeAt) throws InterruptedException {
                long millis = Duration.between(Instant.now(), wakeAt).toMillis();
                if (millis > 0) {
                    Thread.sleep(millis);
                }
            }
        };
    }
}
