package uk.lantern.returninterview.interview.domain;

import java.time.Instant;

/** A recorded decision not to offer an interview: the opposite of the gap "not offered and no decision". */
public record DecisionNotToOffer(String reason, Professional decidedBy, Instant decidedAt) {
}
