package uk.lantern.support.problems;

/** A record the person's role allows, but of another organisation's. Answered 403. */
public class NotYourRecord extends RuntimeException {

    public NotYourRecord(String why) {
        super(why);
    }
}
