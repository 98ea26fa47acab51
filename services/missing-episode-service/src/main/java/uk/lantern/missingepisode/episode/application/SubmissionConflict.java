package uk.lantern.missingepisode.episode.application;

/** An Idempotency-Key reused for a different request. */
public class SubmissionConflict extends RuntimeException {

    public SubmissionConflict(String reason) {
        super(reason);
    }
}
