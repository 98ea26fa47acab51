package uk.lantern.console.child;

import java.util.function.Supplier;
import uk.lantern.console.backend.BackendProblem;
import uk.lantern.console.backend.BackendUnavailable;

/**
 * One part of the child's page (alerts, the network, MACE actions...) that may be missing without the whole page
 * failing: its value, or why it is not there, in words.
 */
public record Part<T>(T value, String unavailable) {

    static <T> Part<T> of(Supplier<T> read) {
        try {
            return new Part<>(read.get(), null);
        } catch (BackendProblem problem) {
            String said = problem.detail() != null ? problem.detail() : problem.title();
            String why = switch (problem.status()) {
                case 403 -> "Not shown: " + problem.service().words() + " says you do not have a reason to see this";
                case 404 -> "Not available: " + problem.service().words() + " has nothing here";
                default -> "Not available: " + problem.service().words() + " answered with an error ("
                        + problem.status() + ")";
            };
            return new Part<>(null, why + (said == null ? "." : ": " + said));
        } catch (BackendUnavailable unavailable) {
            return new Part<>(null, "Not available: " + unavailable.service().words()
                    + " is not answering. Try again in a minute.");
        }
    }

    static <T> Part<T> notAsked(String why) {
        return new Part<>(null, why);
    }

    public boolean present() {
        return value != null;
    }
}
