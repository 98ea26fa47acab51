package uk.lantern.support.problems;

/** The record changed since the client read it (If-Match), or a concurrent update won the race. Answered 409. */
public class VersionConflict extends RuntimeException {

    private final long currentVersion;

    public VersionConflict(String what, long currentVersion) {
        super(what + " was changed by someone else; it is now at version " + currentVersion
                + ": read it again and reapply your change");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
