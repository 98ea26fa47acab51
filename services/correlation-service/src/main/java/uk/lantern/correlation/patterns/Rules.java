package uk.lantern.correlation.patterns;

import java.time.Instant;

final class Rules {

    private Rules() {
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
