package uk.lantern.console.alerts;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.lantern.console.backend.BackendProblem;

/**
 * The alerts board ({@code /alerts}): open alerts, most urgent first, live; an alert's own page with its evidence,
 * history and escalation; and acknowledging, assigning and resolving from either (POST, then back to where the person
 * was). Every read and change goes to the correlation service with the person's token; a refusal is shown in its
 * words next to the form.
 */
@Controller
class AlertsController {

    private final CorrelationAlerts alerts;
    private final AlertNotices notices;
    private final LiveSettings live;
    private final Clock clock;

    AlertsController(CorrelationAlerts alerts, AlertNotices notices, LiveSettings live, ObjectProvider<Clock> clock) {
        this.alerts = alerts;
        this.notices = notices;
        this.live = live;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/alerts")
    String board(@RequestParam(required = false) String code, @RequestParam(required = false) String severity,
                 @RequestParam(required = false) List<String> status, @RequestParam(required = false) String team,
                 @RequestParam(required = false) String area, Model model) {
        BoardFilter filter = new BoardFilter(code, severity, status, team, area);
        rows(filter, (AlertNotice) null, model);
        model.addAttribute("areas", areas(alerts.areas()));
        model.addAttribute("codes", Words.CODES);
        model.addAttribute("severities", Words.SEVERITIES);
        model.addAttribute("statuses", Words.STATUSES);
        model.addAttribute("live", live.enabled());
        model.addAttribute("liveUrl", "/alerts/live" + (filter.query().isEmpty() ? "" : "?" + filter.query()));
        model.addAttribute("rowsUrl", "/alerts/rows" + (filter.query().isEmpty() ? "" : "?" + filter.query()));
        model.addAttribute("refreshEvery", live.refreshEvery().toSeconds() + "s");
        return "alerts/board";
    }

    /** How many times a board asks again for rows that still lack the change it was told of (a few seconds apart). */
    static final int ASK_AGAIN = 3;

    /**
     * The board's rows again, marking the alert a live notice named, and saying so politely. Told when the change
     * was recorded ({@code changedAt}), the rows are asked to have it; when the correlation service still does not,
     * the rows come with an element that asks again shortly, {@link #ASK_AGAIN} times at most.
     */
    @GetMapping("/alerts/rows")
    String rows(@RequestParam(required = false) String code, @RequestParam(required = false) String severity,
                @RequestParam(required = false) List<String> status, @RequestParam(required = false) String team,
                @RequestParam(required = false) String area, @RequestParam(required = false) String changed,
                @RequestParam(required = false) String change, @RequestParam(required = false) Instant changedAt,
                @RequestParam(defaultValue = "0") int asked, Model model) {
        AlertNotice.Change kind = parse(change);
        BoardFilter filter = new BoardFilter(code, severity, status, team, area);
        AlertNotice notice = changed == null || changed.isBlank() || kind == null ? null
                : new AlertNotice(changed, kind, changedAt);
        rows(filter, notice, model);
        if (notice != null && notice.changedAt() != null && Boolean.FALSE.equals(model.getAttribute("caughtUp"))
                && asked < ASK_AGAIN) {
            model.addAttribute("askAgain", AlertNotices.fetch(
                    "/alerts/rows" + (filter.query().isEmpty() ? "" : "?" + filter.query()), notice, asked + 1));
        }
        return "alerts/rows";
    }

    private void rows(BoardFilter filter, AlertNotice notice, Model model) {
        Instant now = clock.instant();
        CorrelationAlerts.Board board = alerts.board(filter, notice);
        List<Alert> shown = board.alerts().stream().filter(filter::keeps).sorted(Alert.MOST_URGENT_FIRST).toList();
        String changed = notice == null ? null : notice.alertId();
        AlertNotice.Change change = notice == null ? null : notice.change();
        model.addAttribute("filter", filter);
        model.addAttribute("alerts", shown);
        model.addAttribute("now", now);
        model.addAttribute("changed", changed);
        model.addAttribute("caughtUp", board.caughtUp());
        model.addAttribute("changeWords", change == null ? null : change == AlertNotice.Change.RAISED ? "New"
                : change == AlertNotice.Change.CLEARED ? "Cleared" : "Updated");
        model.addAttribute("counts", counts(shown));
        model.addAttribute("more", more(board.alerts().size(), board.matching()));
        Alert named = changed == null ? null
                : shown.stream().filter(a -> changed.equals(a.alertId())).findFirst().orElse(null);
        model.addAttribute("announcement", named == null || change == null ? null
                : change.words() + ": " + named.severityWords() + ", " + named.codeWords() + ". " + named.headline());
        model.addAttribute("checkedAt", Words.when(now));
    }

    /**
     * The areas the Area filter offers: the correlation service's, in its order, then "Area not known" last (the
     * children no area covers, who are the likeliest to fall between teams); none when the service names none.
     */
    static List<String> areas(List<String> configured) {
        if (configured.isEmpty()) {
            return List.of();
        }
        List<String> offered = new java.util.ArrayList<>(configured);
        offered.remove(Words.AREA_NOT_KNOWN);
        offered.add(Words.AREA_NOT_KNOWN);
        return List.copyOf(offered);
    }

    /**
     * When more alerts match than the board holds (a page of each status): "More alerts match than the board holds
     * (1,234): it shows the most urgent 500 of each status. Choose a pattern, severity or area to see the others."
     * Null when all are shown.
     */
    static String more(int fetched, long matching) {
        if (matching <= fetched) {
            return null;
        }
        return String.format(java.util.Locale.UK, "More alerts match than the board holds (%,d): it shows the most "
                + "urgent %,d of each status. Choose a pattern, severity or area to see the others.", matching,
                CorrelationAlerts.PAGE);
    }

    /** "3 alerts: 1 urgent, 2 high", most severe first. */
    static String counts(List<Alert> shown) {
        if (shown.isEmpty()) {
            return "No alerts";
        }
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        Words.SEVERITIES.keySet().forEach(s -> {
            long n = shown.stream().filter(a -> s.equals(a.severity())).count();
            if (n > 0) {
                bySeverity.put(Words.severity(s).toLowerCase(java.util.Locale.ROOT), n);
            }
        });
        StringBuilder words = new StringBuilder(shown.size() + (shown.size() == 1 ? " alert" : " alerts"));
        if (!bySeverity.isEmpty()) {
            words.append(": ").append(String.join(", ", bySeverity.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).toList()));
        }
        return words.toString();
    }

    @GetMapping(path = "/alerts/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@RequestParam(required = false) String code, @RequestParam(required = false) String severity,
                    @RequestParam(required = false) List<String> status, @RequestParam(required = false) String team,
                    @RequestParam(required = false) String area) {
        String query = new BoardFilter(code, severity, status, team, area).query();
        return notices.open(live.streamTimeout().toMillis(), "/alerts/rows" + (query.isEmpty() ? "" : "?" + query));
    }

    @GetMapping("/alerts/{alertId}")
    String alert(@PathVariable String alertId, Model model) {
        return page(alerts.alert(alertId), model);
    }

    @PostMapping("/alerts/{alertId}/acknowledge")
    String acknowledge(@PathVariable String alertId, @RequestParam(required = false) String back, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        try {
            alerts.acknowledge(alertId);
        } catch (BackendProblem problem) {
            return refused("acknowledge", problem, alertId, model, response);
        }
        redirect.addFlashAttribute("done", "You acknowledged the alert.");
        return "redirect:" + back(back, alertId);
    }

    @PostMapping("/alerts/{alertId}/assign")
    String assign(@PathVariable String alertId, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String assignee, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        String kind = "TEAM".equals(assignee) ? "TEAM" : "PERSON";
        model.addAttribute("assignTo", to);
        model.addAttribute("assignee", kind);
        if (to == null || to.isBlank()) {
            return invalid("assign", Map.of("to", "Enter the name of the person or team to give the alert to"),
                    alertId, model, response);
        }
        try {
            alerts.assign(alertId, to, kind);
        } catch (BackendProblem problem) {
            return refused("assign", problem, alertId, model, response);
        }
        redirect.addFlashAttribute("done", "You gave the alert to " + to.strip() + ".");
        return "redirect:/alerts/" + alertId;
    }

    @PostMapping("/alerts/{alertId}/resolve")
    String resolve(@PathVariable String alertId, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        model.addAttribute("outcome", outcome);
        model.addAttribute("note", note);
        Map<String, String> missing = new LinkedHashMap<>();
        if (outcome == null || !Words.OUTCOMES.containsKey(outcome)) {
            missing.put("outcome", "Choose how the alert ends");
        }
        if (note == null || note.isBlank()) {
            missing.put("note", "Write what was done, or why nothing more is needed");
        }
        if (!missing.isEmpty()) {
            return invalid("resolve", missing, alertId, model, response);
        }
        try {
            alerts.resolve(alertId, outcome, note);
        } catch (BackendProblem problem) {
            return refused("resolve", problem, alertId, model, response);
        }
        redirect.addFlashAttribute("done", "You resolved the alert: " + Words.outcome(outcome) + ".");
        return "redirect:/alerts/" + alertId;
    }

    private String page(Alert alert, Model model) {
        model.addAttribute("alert", alert);
        model.addAttribute("now", clock.instant());
        model.addAttribute("outcomes", Words.OUTCOMES);
        model.addAttribute("words", Words.class);
        return "alerts/alert";
    }

    /** The service said no: its words next to the form (and the field it named), the alert as it now stands. */
    private String refused(String form, BackendProblem problem, String alertId, Model model,
                           HttpServletResponse response) {
        String said = problem.detail() != null ? problem.detail() : problem.title();
        String heading = switch (problem.status()) {
            case 403 -> "The correlation service refused: you do not have a reason to do this";
            case 409 -> "This could not be done: the alert has changed";
            case 404 -> "This alert is no longer there";
            default -> problem.status() >= 500 ? "The correlation service could not do this just now"
                    : "This could not be done";
        };
        model.addAttribute("formError", new FormError(form, heading, said, problem.fieldErrors()));
        response.setStatus(problem.status() >= 500 ? 502 : problem.status());
        return page(alerts.alert(alertId), model);
    }

    private String invalid(String form, Map<String, String> fields, String alertId, Model model,
                           HttpServletResponse response) {
        model.addAttribute("formError", new FormError(form, "There is a problem", null, fields));
        response.setStatus(400);
        return page(alerts.alert(alertId), model);
    }

    /** Back to the board (with its filter) or to the alert: never anywhere outside the alerts. */
    static String back(String back, String alertId) {
        if (back != null && (back.equals("/alerts") || back.startsWith("/alerts?")) && !back.contains("//")
                && !back.contains("\\") && !back.contains("\r") && !back.contains("\n")) {
            return back;
        }
        return "/alerts/" + alertId;
    }

    private static AlertNotice.Change parse(String change) {
        try {
            return change == null ? null : AlertNotice.Change.valueOf(change);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /**
     * What went wrong with one of the alert page's forms: a heading, the service's words, and the fields at fault
     * (each shown next to its field).
     */
    public record FormError(String form, String heading, String detail, Map<String, String> fields) {
        public boolean on(String name) {
            return name.equals(form);
        }

        public String field(String name) {
            return fields.get(name);
        }
    }
}
