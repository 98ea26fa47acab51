package uk.lantern.correlation.stream;

import java.time.Instant;

import org.junit.jupiter.api.AutoClose;

/**
 * A test that sends source events through the whole correlation topology and reads what it publishes: each test gets
 * a topology of its own, its wall clock at {@link SourceEvents#NOW}, closed when the test ends.
 *
 * <p>A base class in this package, not a JUnit extension in {@code support}: the harness is this package's own (it
 * reaches the topology's package-private stores and settings), and the tests use {@code lantern} and {@code NOW} as
 * their own fields, as the other topology tests here do.
 */
abstract class ThroughTheTopology {

    static final Instant NOW = SourceEvents.NOW;

    @AutoClose
    final TopologyHarness lantern = new TopologyHarness(NOW, false);
}
