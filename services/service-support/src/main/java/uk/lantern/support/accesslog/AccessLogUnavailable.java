package uk.lantern.support.accesslog;

/** The access log could not be written: the request must fail, showing and doing nothing. */
public class AccessLogUnavailable extends RuntimeException {

    public AccessLogUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
