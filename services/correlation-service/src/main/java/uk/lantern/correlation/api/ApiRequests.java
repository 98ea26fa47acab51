package uk.lantern.correlation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the decision and alert commands. Who acts is named in the body until authentication exists. */
final class ApiRequests {

    private ApiRequests() {
    }

    /** @param decision CONFIRM or REJECT */
    record Decision(String decision, @NotBlank @Size(max = 200) String reviewer,
                    @NotBlank @Size(max = 2000) String reason) {
    }

    record Unlink(@NotBlank @Size(max = 200) String reviewer, @NotBlank @Size(max = 2000) String reason) {
    }

    record Acknowledge(@NotBlank @Size(max = 200) String by) {
    }

    record Assign(@NotBlank @Size(max = 200) String to, @NotBlank @Size(max = 200) String by) {
    }

    record Resolve(@NotBlank @Size(max = 200) String by, @NotBlank @Size(max = 2000) String note) {
    }

    /** The answer to an accepted decision: the stream applies it shortly after. */
    record DecisionAccepted(String decisionId) {
    }
}
