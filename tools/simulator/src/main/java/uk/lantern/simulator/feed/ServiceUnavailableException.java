package uk.lantern.simulator.feed;

/** The service could not be reached, or kept failing, through every retry. */
public final class ServiceUnavailableException extends RuntimeException {

    ServiceUnavailableException(ApiRequest request, int attempts, String lastFailure) {
        super("POST " + request.path() + " [" + request.idempotencyKey() + "] failed " + attempts
                + " times, last: " + lastFailure);
    }
}
