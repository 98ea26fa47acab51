package uk.lantern.console.figures;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriBuilder;
import uk.lantern.console.backend.BackendProblem;
import uk.lantern.console.backend.Backends;
import uk.lantern.console.figures.FigureRecords.FigureAnswer;
import uk.lantern.console.figures.FigureRecords.FigureSet;

/**
 * Figures by month, as at a date: each a chart with its numbers written on the bars and the same numbers in a table,
 * its definition a click away and the count of records behind it; a figure's drill-down by team, home or care and
 * missing or away. All from the reporting service, with the person's own token (analysts see the figures too).
 */
@Controller
class FiguresController {

    private final Backends backends;
    private final Clock clock;

    FiguresController(Backends backends, Optional<Clock> clock) {
        this.backends = backends;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The months asked for and the as-at date, read as typed; the defaults are the twelve months up to last month. */
    record Asked(String from, String to, String asAt, YearMonth first, YearMonth last, String problem) {

        static Asked of(String from, String to, String asAt, LocalDate today) {
            YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
            String f = blank(from) ? lastMonth.minusMonths(11).toString() : from.strip();
            String t = blank(to) ? lastMonth.toString() : to.strip();
            String at = blank(asAt) ? "" : asAt.strip();
            YearMonth first;
            YearMonth last;
            try {
                first = YearMonth.parse(f);
            } catch (DateTimeException e) {
                return new Asked(f, t, at, null, null, "from: enter the first month as year-month, for example 2026-01");
            }
            try {
                last = YearMonth.parse(t);
            } catch (DateTimeException e) {
                return new Asked(f, t, at, null, null, "to: enter the last month as year-month, for example 2026-12");
            }
            if (last.isBefore(first)) {
                return new Asked(f, t, at, null, null, "to: the last month is before the first");
            }
            if (!at.isEmpty()) {
                try {
                    LocalDate.parse(at);
                } catch (DateTimeException e) {
                    return new Asked(f, t, at, null, null, "asAt: enter the date as year-month-day, for example 2026-12-01");
                }
            }
            return new Asked(f, t, at, first, last, null);
        }

        UriBuilder query(UriBuilder uri) {
            uri.queryParam("from", first.atDay(1)).queryParam("to", last.atEndOfMonth());
            if (!asAt.isEmpty()) {
                uri.queryParam("asAt", asAt);
            }
            return uri;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String asAt, Model model) {
        Asked asked = Asked.of(from, to, asAt, LocalDate.now(clock));
        model.addAttribute("asked", asked);
        if (asked.problem() != null) {
            model.addAttribute("problem", asked.problem());
            model.addAttribute("figures", List.of());
            return "figures/figures";
        }
        try {
            FigureSet set = backends.reporting().get().uri(u -> asked.query(u.path("/figures")).build())
                    .retrieve().body(FigureSet.class);
            model.addAttribute("set", set);
            model.addAttribute("figures", set.figures().stream().map(FigureView::of).toList());
        } catch (BackendProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            model.addAttribute("problem", refused.detail() != null ? refused.detail() : refused.title());
            model.addAttribute("figures", List.of());
        }
        return "figures/figures";
    }

    @GetMapping("/figures/{figure:[a-z-]+}")
    String figure(@PathVariable String figure, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String asAt,
                  Model model) {
        Asked asked = Asked.of(from, to, asAt, LocalDate.now(clock));
        model.addAttribute("asked", asked);
        if (asked.problem() != null) {
            throw new BackendProblem(uk.lantern.console.backend.Service.REPORTING, 400, "Not a period",
                    asked.problem());
        }
        FigureAnswer answer = backends.reporting().get()
                .uri(u -> asked.query(u.path("/figures/{figure}")).build(figure)).retrieve().body(FigureAnswer.class);
        model.addAttribute("answer", answer);
        model.addAttribute("view", FigureView.of(answer.figure()));
        return "figures/figure";
    }
}
