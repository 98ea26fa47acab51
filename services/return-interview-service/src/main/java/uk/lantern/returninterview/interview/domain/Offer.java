package uk.lantern.returninterview.interview.domain;

import java.time.Instant;

/** An interview offered to the child. Only the first offer counts for timeliness; later ones are kept. */
public record Offer(Instant offeredAt, Professional by, Method method, boolean withinDeadline) {

    public enum Method { IN_PERSON, PHONE, LETTER, OTHER }
}
