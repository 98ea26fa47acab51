package uk.lantern.support.problems;

/** An Idempotency-Key reused for a different request. Answered 422. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String reason) {
        super(reason);
    }
}
