package uk.lantern.reporting.figures.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.reporting.common.web.Asked;
import uk.lantern.reporting.figures.application.Reports;
import uk.lantern.reporting.figures.domain.FigureDefinition;
import uk.lantern.reporting.figures.domain.Figures;
import uk.lantern.reporting.figures.domain.Period;
import uk.lantern.support.problems.NotFound;

@RestController
@Tag(name = "Figures", description = "The figures managers, the coordinator and analysts ask for, per month and per "
        + "period, as at any date; FIGURES.md defines each")
class FiguresController {

    private final Reports reports;

    FiguresController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/figures", produces = {"application/json", "text/csv"})
    @Operation(summary = "Every figure for a period as at a date",
            description = "JSON, or CSV (format=csv or Accept: text/csv): one line per figure, month, group and "
                    + "measure. The same ledger and date give the same bytes.")
    ResponseEntity<FigureTables.FigureSet> figures(
            @Parameter(description = "A calendar month, e.g. 2026-11 (default: last month)") @RequestParam(required = false) String month,
            @Parameter(description = "First day of the period (with to)") @RequestParam(required = false) String from,
            @Parameter(description = "Last day of the period, included (with from)") @RequestParam(required = false) String to,
            @Parameter(description = "What Lantern knew at this instant or at the end of this day (default: now)") @RequestParam(required = false) String asAt,
            @Parameter(description = "json or csv") @RequestParam(required = false) String format) {
        Asked.format(format);
        Instant at = Asked.asAt(asAt, "asAt", reports.now(), reports.rules().zone());
        Period period = Asked.period(month, from, to, at.atZone(reports.rules().zone()).toLocalDate());
        return Asked.inFormat(new FigureTables.FigureSet(period.label(), at.toString(), reports.figures(period, at)), format);
    }

    @GetMapping(value = "/figures/{figure}", produces = {"application/json", "text/csv"})
    @Operation(summary = "One figure for a period as at a date, and what changed it since another date",
            description = "Figures: missing-episodes, missing-children, duration-bands, return-interviews, "
                    + "cme-register, exploitation, alerts, interview-themes. With compareAsAt: each measure's "
                    + "difference and the entries known between the two dates that changed it (record ids and event "
                    + "types, no names).")
    ResponseEntity<FigureTables.FigureAnswer> figure(
            @PathVariable String figure,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String asAt,
            @Parameter(description = "Another date to explain the difference from, e.g. when the figure was published")
            @RequestParam(required = false) String compareAsAt,
            @RequestParam(required = false) String format) {
        FigureDefinition definition = Figures.named(figure).orElseThrow(() -> new NotFound("figure " + figure
                + " (there are " + String.join(", ", Figures.names()) + ")"));
        Asked.format(format);
        Instant now = reports.now();
        Instant at = Asked.asAt(asAt, "asAt", now, reports.rules().zone());
        Period period = Asked.period(month, from, to, at.atZone(reports.rules().zone()).toLocalDate());
        Figures.Explanation explanation = compareAsAt == null ? null : reports.explain(definition, period, at,
                Asked.asAt(compareAsAt, "compareAsAt", now, reports.rules().zone()));
        return Asked.inFormat(new FigureTables.FigureAnswer(reports.figure(definition, period, at), explanation), format);
    }
}
