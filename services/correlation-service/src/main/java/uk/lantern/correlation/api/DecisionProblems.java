package uk.lantern.correlation.api;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A decision the broker did not take: 503, nothing decided, try again; a decision on a withdrawn review: 410, nothing
 * to decide (the other problems are service-support's).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DecisionProblems {

    private static final Logger log = LoggerFactory.getLogger(DecisionProblems.class);

    /** The broker's own words (its exception, a host name) go to the log, not to the reviewer. */
    @ExceptionHandler(DecisionNotSent.class)
    ResponseEntity<ProblemDetail> notSent(DecisionNotSent e) {
        log.warn("A decision was not sent: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The broker did not take the decision in time. Nothing was decided; try again in a few seconds.");
        problem.setType(URI.create("https://lantern.example/problems/decision-not-sent"));
        problem.setTitle("The decision could not be sent; nothing was decided");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "5").body(problem);
    }

    /** The review is gone for good: its record was forgotten after an erasure at its source. Nothing was sent. */
    @ExceptionHandler(ReviewWithdrawn.class)
    ResponseEntity<ProblemDetail> withdrawn(ReviewWithdrawn e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
        problem.setType(URI.create("https://lantern.example/problems/review-withdrawn"));
        problem.setTitle("The review was withdrawn; there is nothing to decide");
        return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
