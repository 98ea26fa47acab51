package uk.lantern.correlation.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;
import uk.lantern.support.security.Actor;

/**
 * The identity review queue and reviewers' decisions. A decision is accepted (202) once the broker holds it; the
 * stream applies it in order with the source events, and the review shows DECIDED when it has.
 */
@RestController
class ReviewController {

    private final ReviewQueue reviews;

    ReviewController(ReviewQueue reviews) {
        this.reviews = reviews;
    }

    @Operation(summary = "Possible matches awaiting a reviewer (status OPEN, highest score first), decided (DECIDED) "
            + "or answered when a later record linked both into one child (LINKED; may still be rejected), or withdrawn "
            + "when one of its records was forgotten after an erasure at its source (WITHDRAWN; nothing to decide)")
    @GetMapping("/reviews")
    @AccessLogged(AccessAction.READ_LIST)
    List<ReviewQueue.Review> list(@RequestParam(defaultValue = "OPEN") String status) {
        return reviews.list(status);
    }

    @Operation(summary = "CONFIRM or REJECT a possible match (410 when the review was withdrawn)")
    @PostMapping("/reviews/{reviewId}/decision")
    @AccessLogged(AccessAction.LINK_DECISION)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ApiRequests.DecisionAccepted decide(Actor actor, @PathVariable String reviewId,
                                        @Valid @RequestBody ApiRequests.Decision request) {
        return new ApiRequests.DecisionAccepted(reviews.decide(reviewId, request.decision(),
                actor.confirm(request.reviewer(), "reviewer"),
                request.reason()));
    }

    @Operation(summary = "Take a source record out of the child it was linked to")
    @PostMapping("/records/{recordId}/unlink")
    @AccessLogged(AccessAction.UNLINK)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ApiRequests.DecisionAccepted unlink(Actor actor, @PathVariable String recordId,
                                        @Valid @RequestBody ApiRequests.Unlink request) {
        return new ApiRequests.DecisionAccepted(reviews.unlink(recordId, actor.confirm(request.reviewer(), "reviewer"),
                request.reason()));
    }
}
