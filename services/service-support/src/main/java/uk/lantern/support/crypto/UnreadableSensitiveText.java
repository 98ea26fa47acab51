package uk.lantern.support.crypto;

/** A stored sensitive value that cannot be opened with the configured keyset: reported, never read as empty. */
public class UnreadableSensitiveText extends RuntimeException {

    private final String place;
    private final Integer keyId;

    public UnreadableSensitiveText(String place, Integer keyId, String why) {
        super(place + ": " + why);
        this.place = place;
        this.keyId = keyId;
    }

    public String place() {
        return place;
    }

    /** The key the value is sealed under, where it says so. */
    public Integer keyId() {
        return keyId;
    }
}
