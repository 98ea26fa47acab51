package uk.lantern.console.alerts;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The daily review ({@code /alerts/daily-review}): who went missing or came back since the last review (09:00
 * yesterday, London, unless the person picks another time), from the correlation service's movements, with each
 * child's return interview and open alerts.
 */
@Controller
class DailyReviewController {

    private final CorrelationAlerts alerts;
    private final DailyReviewSettings settings;
    private final Clock clock;

    DailyReviewController(CorrelationAlerts alerts, DailyReviewSettings settings, ObjectProvider<Clock> clock) {
        this.alerts = alerts;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/alerts/daily-review")
    String review(@RequestParam(required = false) String since, Model model, HttpServletResponse response) {
        Instant now = clock.instant();
        Instant from = DailyReview.lastReview(now, settings);
        if (since != null && !since.isBlank()) {
            try {
                Instant asked = DailyReview.fromField(since, settings.zone());
                if (asked.isAfter(now)) {
                    model.addAttribute("sinceError", "The start of the review must be in the past");
                } else {
                    from = asked;
                }
            } catch (DateTimeParseException notATime) {
                model.addAttribute("sinceError", "Enter the start of the review as a date and time, "
                        + "for example 2026-12-06 09:00");
            }
        }
        if (model.containsAttribute("sinceError")) {
            response.setStatus(400);
            model.addAttribute("sinceValue", since);
        } else {
            model.addAttribute("sinceValue", DailyReview.toField(from, settings.zone()));
        }
        DailyReview review = DailyReview.of(alerts.movements(from), alerts::stillOpenFor, now);
        model.addAttribute("review", review);
        model.addAttribute("sinceWords", Words.when(from));
        model.addAttribute("now", now);
        return "alerts/daily-review";
    }
}
