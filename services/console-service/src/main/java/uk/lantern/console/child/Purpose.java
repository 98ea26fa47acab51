package uk.lantern.console.child;

import java.util.Optional;

/**
 * Why a person opens a child's record, as they would say it. Sent to the services with every read
 * ({@code Lantern-Purpose}) and written in their access logs under the person's name. Opened from an alert, the
 * purpose is that alert; opened from anywhere else, the person chooses before anything is read.
 */
public enum Purpose {
    ALERT("Working an alert"),
    DAILY_REVIEW("Daily review"),
    MACE_PREPARATION("MACE preparation"),
    OTHER("Other: say why");

    /** The longest purpose sent: the services keep 500 characters; a person's own words are cut to this. */
    static final int LONGEST_WHY = 200;

    private final String words;

    Purpose(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    static Optional<Purpose> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Purpose purpose : values()) {
            if (purpose.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }

    /**
     * What the access log is told: "Daily review", "Working an alert (alert a-17)", "Other: court report due". A
     * header carries printable ASCII only, so anything else in a person's words becomes a space.
     */
    public String stated(String alertId, String why) {
        String said = switch (this) {
            case ALERT -> alertId == null || alertId.isBlank() ? words : words + " (alert " + alertId.strip() + ")";
            case OTHER -> "Other: " + (why == null ? "" : why.strip());
            default -> words;
        };
        String ascii = said.replaceAll("[^\\x20-\\x7E]", " ").replaceAll(" {2,}", " ").strip();
        return ascii.length() > LONGEST_WHY + 7 ? ascii.substring(0, LONGEST_WHY + 7) : ascii;
    }
}
