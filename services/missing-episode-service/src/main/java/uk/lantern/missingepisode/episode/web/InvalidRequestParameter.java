package uk.lantern.missingepisode.episode.web;

/** A request parameter or header that cannot be used, naming it. */
public class InvalidRequestParameter extends RuntimeException {

    private final String field;

    InvalidRequestParameter(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
