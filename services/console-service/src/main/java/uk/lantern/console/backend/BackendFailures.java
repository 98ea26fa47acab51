package uk.lantern.console.backend;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a person sees when a service refuses or fails: the service's own words (its RFC 9457 problem) on a page that
 * says what happened and what they can do, with the service's status kept (a refusal is a 403 here too). A service
 * that fails is a 502 and one that does not answer a 503: never a blank page or a stack trace.
 */
@ControllerAdvice
class BackendFailures {

    @ExceptionHandler(BackendProblem.class)
    String problem(BackendProblem problem, Model model, HttpServletResponse response) {
        int status = problem.status() >= 500 ? 502 : problem.status();
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("heading", switch (problem.status()) {
            case 401 -> "Your sign-in has run out";
            case 403 -> "You do not have a reason to see this";
            case 404 -> "Not found";
            case 410 -> "This is no longer here";
            default -> problem.status() >= 500 ? "Something went wrong in " + problem.service().words()
                    : "That could not be done";
        });
        model.addAttribute("detail", problem.detail() != null ? problem.detail() : problem.title());
        model.addAttribute("service", problem.service().words());
        return "problem";
    }

    @ExceptionHandler(BackendUnavailable.class)
    String unavailable(BackendUnavailable unavailable, Model model, HttpServletResponse response) {
        response.setStatus(503);
        model.addAttribute("status", 503);
        model.addAttribute("heading", "Lantern cannot reach " + unavailable.service().words());
        model.addAttribute("detail", "Try again in a minute. If it goes on, tell your administrator that "
                + unavailable.service().words() + " is not answering.");
        model.addAttribute("service", unavailable.service().words());
        return "problem";
    }
}
