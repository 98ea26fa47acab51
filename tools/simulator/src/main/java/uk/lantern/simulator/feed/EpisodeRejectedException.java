package uk.lantern.simulator.feed;

/** The service refused a step (4xx): retrying the same request would not help. */
public final class EpisodeRejectedException extends Exception {

    private final int status;

    EpisodeRejectedException(ApiRequest request, int status, String problem) {
        super("POST " + request.path() + " [" + request.idempotencyKey() + "] rejected with " + status + ": "
                + problem);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
