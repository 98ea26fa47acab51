package uk.lantern.simulator.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesEachRetryUpToTheLongestPause() {
        Backoff backoff = Backoff.standard();

        assertThat(backoff.maxAttempts()).isEqualTo(10);
        assertThat(backoff.before(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.before(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.before(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.before(9)).isEqualTo(Duration.ofSeconds(5));
    }
}
