package uk.lantern.console.backend;

/** A service did not answer (not running, or too slow): the page says which, rather than failing without a word. */
public class BackendUnavailable extends RuntimeException {

    private final Service service;

    public BackendUnavailable(Service service, Throwable cause) {
        super(service.words() + " is not answering", cause);
        this.service = service;
    }

    public Service service() {
        return service;
    }
}
