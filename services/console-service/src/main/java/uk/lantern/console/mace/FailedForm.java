package uk.lantern.console.mace;

import java.util.Map;

/**
 * A form the panel sent that could not be recorded: which form (e.g. {@code discussion-<child id>}), what was wrong in
 * the service's words, and what was typed, so the page shows it again beside the form rather than losing a decision.
 */
public record FailedForm(String form, String message, Map<String, String> typed) {

    public FailedForm {
        typed = Map.copyOf(typed);
    }

    public boolean is(String name) {
        return form.equals(name);
    }

    /** What was typed in {@code field} of {@code name}, or empty when that form did not fail. */
    public String value(String name, String field) {
        return is(name) ? typed.getOrDefault(field, "") : "";
    }
}
