package uk.lantern.returninterview.interview.domain;

import java.time.Instant;

public record Closure(Instant closedAt, Professional closedBy, Outcome outcome) {

    /** A case closes only on one of these. */
    public enum Outcome { COMPLETED, DECLINED, NOT_OFFERED }
}
