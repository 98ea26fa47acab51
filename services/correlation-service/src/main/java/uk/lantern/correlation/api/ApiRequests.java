package uk.lantern.correlation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the decision and alert commands. Who acts is the signed-in person: {@code by} and
 * {@code reviewer} may be left out, and if given must name that person.
 */
final class ApiRequests {

    private ApiRequests() {
    }

    /** @param decision CONFIRM or REJECT */
    record Decision(String decision, @Size(max = 200) String reviewer,
                    @NotBlank @Size(max = 2000) String reason) {
    }

    record Unlink(@Size(max = 200) String reviewer, @NotBlank @Size(max = 2000) String reason) {
    }

    record Acknowledge(@Size(max = 200) String by) {
    }

    /** @param assignee PERSON (when left out) or TEAM: whom {@code to} names */
    record Assign(@NotBlank @Size(max = 200) String to, @Size(max = 20) String assignee, @Size(max = 200) String by) {
    }

    /** @param outcome ACTION_TAKEN, NO_FURTHER_ACTION, REFERRED or DUPLICATE (published); the note is not */
    record Resolve(@Size(max = 200) String by, @NotBlank @Size(max = 40) String outcome,
                   @NotBlank @Size(max = 2000) String note) {
    }

    /** The answer to an accepted decision: the stream applies it shortly after. */
    record DecisionAccepted(String decisionId) {
    }
}
