package uk.lantern.console.figures;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.lantern.console.backend.BackendProblem;
import uk.lantern.console.backend.Backends;
import uk.lantern.console.backend.Service;
import uk.lantern.console.signin.ConsoleRole;

/**
 * The statutory lists as CSV, for an as-at date, byte for byte as the reporting service makes them (it logs each
 * download with the children on it). The lists name children: managers and the missing coordinator only, so an
 * analyst is not offered them here, and the reporting service refuses them too.
 */
@Controller
class ListsController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final Backends backends;
    private final Clock clock;

    ListsController(Backends backends, Optional<Clock> clock) {
        this.backends = backends;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/figures/lists")
    String lists(@RequestParam(required = false) String asAt, Authentication person, Model model,
                 HttpServletResponse response) {
        if (!mayDownload(person)) {
            return refused(model, response);
        }
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        String typed = asAt == null || asAt.isBlank() ? yesterday.toString() : asAt.strip();
        model.addAttribute("asAt", typed);
        model.addAttribute("lists", List.of(StatutoryList.values()));
        try {
            LocalDate date = LocalDate.parse(typed);
            model.addAttribute("date", date);
            model.addAttribute("year", StatutoryList.collectionYear(date));
            model.addAttribute("linkAsAt", typed);
            if (date.equals(LocalDate.now(clock.withZone(LONDON)))) {
                // today is not over: the links ask for the lists as Lantern knew them when this page was drawn, so
                // downloading again from this page gives the same file; reloading the page gives the latest
                java.time.Instant pinned = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                model.addAttribute("linkAsAt", pinned.toString());
                model.addAttribute("pinnedAt", java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                        .format(pinned.atZone(LONDON)));
            }
        } catch (DateTimeException e) {
            model.addAttribute("problem", "asAt: enter the date as year-month-day, for example " + yesterday);
        }
        return "figures/lists";
    }

    @GetMapping("/figures/lists/{list}.csv")
    Object download(@PathVariable String list, @RequestParam String asAt, Authentication person, Model model,
                    HttpServletResponse response) {
        if (!mayDownload(person)) {
            return refused(model, response);
        }
        StatutoryList which = StatutoryList.named(list).orElseThrow(() ->
                new BackendProblem(Service.REPORTING, 404, "Not found", "There is no list called " + list));
        LocalDate date;
        String asked = asAt.strip();
        try {
            // a date (the end of that day), or the instant a page of today's lists was drawn at
            date = asked.length() == 10 ? LocalDate.parse(asked)
                    : java.time.Instant.parse(asked).atZone(LONDON).toLocalDate();
        } catch (DateTimeException e) {
            throw new BackendProblem(Service.REPORTING, 400, "Not a date",
                    "asAt: enter the date as year-month-day, for example 2026-12-01");
        }
        byte[] csv = backends.reporting().get().uri(u -> {
                    u.path(which.path()).queryParam("asAt", asked).queryParam("format", "csv");
                    if (which.byCollectionYear()) {
                        u.queryParam("year", StatutoryList.collectionYear(date));
                    }
                    return u.build();
                }).accept(CSV).header(Backends.PURPOSE, "Statutory return: " + which.title() + " as at " + asked)
                .retrieve().body(byte[].class);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + which.fileName(date) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(csv == null ? new byte[0] : csv);
    }

    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    private static boolean mayDownload(Authentication person) {
        return person != null && person.getAuthorities().stream().anyMatch(a ->
                ConsoleRole.MANAGER.authority().equals(a.getAuthority())
                        || ConsoleRole.MISSING_COORDINATOR.authority().equals(a.getAuthority()));
    }

    private static String refused(Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("heading", "You do not have a reason to see this");
        model.addAttribute("detail", "The statutory lists name children: they are for managers and the missing "
                + "coordinator. The figures are yours to see.");
        model.addAttribute("service", "the console");
        return "problem";
    }
}
