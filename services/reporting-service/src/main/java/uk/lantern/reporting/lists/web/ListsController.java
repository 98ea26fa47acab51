package uk.lantern.reporting.lists.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.reporting.common.web.Asked;
import uk.lantern.reporting.figures.application.Reports;
import uk.lantern.reporting.lists.domain.ListDocument;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;

/**
 * The two statutory lists. Each names children: every download is in the access log with the children on it (their
 * Lantern ids, local authority ids and episode ids) before a byte is sent.
 */
@RestController
@Tag(name = "Statutory lists", description = "Ofsted's missing-episode list (Annex A) and the SSDA903 missing table, "
        + "as CSV (RFC 4180) or JSON, the same bytes for the same data and date")
class ListsController {

    private final Reports reports;

    ListsController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/lists/ofsted-missing-episodes", produces = {"text/csv", "application/json"})
    @AccessLogged(AccessAction.EXPORT)
    @Operation(summary = "Ofsted Annex A: every missing episode that started in the 12 months up to a date",
            description = "Child id (local authority person id), gender, ethnicity (DfE code), date of birth, age at "
                    + "the start, start, missing or absent, end, return interview offered and completed (Y/N/NA). A "
                    + "cell that is not known says MISSING: <column>.")
    ResponseEntity<ListDocument> ofstedEpisodes(
            @Parameter(description = "The last day of the 12 months (default: today)") @RequestParam(required = false) String to,
            @Parameter(description = "What Lantern knew at this instant or at the end of this day (default: now)") @RequestParam(required = false) String asAt,
            @Parameter(description = "csv or json") @RequestParam(required = false) String format) {
        Asked.format(format);
        Instant at = asAt(asAt);
        return Asked.inFormat(reports.ofstedEpisodes(lastDay(to, at), at), format);
    }

    @GetMapping(value = "/lists/ofsted-looked-after-children", produces = {"text/csv", "application/json"})
    @AccessLogged(AccessAction.EXPORT)
    @Operation(summary = "Ofsted Annex A: each looked-after child who went missing or absent in the 12 months up to "
            + "a date, with their counts of missing and of absent episodes")
    ResponseEntity<ListDocument> ofstedLookedAfter(@RequestParam(required = false) String to,
                                   @RequestParam(required = false) String asAt,
                                   @RequestParam(required = false) String format) {
        Asked.format(format);
        Instant at = asAt(asAt);
        return Asked.inFormat(reports.ofstedLookedAfter(lastDay(to, at), at), format);
    }

    @GetMapping(value = "/lists/ssda903-missing", produces = {"text/csv", "application/json"})
    @AccessLogged(AccessAction.EXPORT)
    @Operation(summary = "SSDA903 missing table: CHILD, MISSING (M/A), MIS_START, MIS_END for every episode of a "
            + "looked-after child open at some time in the collection year (1 April to 31 March)")
    ResponseEntity<ListDocument> ssda903(
            @Parameter(description = "The collection year, e.g. 2026-27 (default: the year that holds today)") @RequestParam(required = false) String year,
            @RequestParam(required = false) String asAt,
            @RequestParam(required = false) String format) {
        Asked.format(format);
        Instant at = asAt(asAt);
        return Asked.inFormat(reports.ssda903(Asked.collectionYear(year, at.atZone(reports.rules().zone()).toLocalDate()), at), format);
    }

    @GetMapping(value = "/lists/ssda903-missing/validation", produces = {"text/csv", "application/json"})
    @AccessLogged(AccessAction.EXPORT)
    @Operation(summary = "The SSDA903 missing table's validation report: end before start, overlapping episodes, no "
            + "end for a closed episode, child id, date of birth or ethnicity missing")
    ResponseEntity<ListDocument> ssda903Validation(@RequestParam(required = false) String year,
                                   @RequestParam(required = false) String asAt,
                                   @RequestParam(required = false) String format) {
        Asked.format(format);
        Instant at = asAt(asAt);
        return Asked.inFormat(reports.ssda903Validation(Asked.collectionYear(year, at.atZone(reports.rules().zone()).toLocalDate()), at), format);
    }

    private Instant asAt(String asAt) {
        return Asked.asAt(asAt, "asAt", reports.now(), reports.rules().zone());
    }

    private LocalDate lastDay(String to, Instant asAt) {
        return to == null ? asAt.atZone(reports.rules().zone()).toLocalDate() : Asked.date(to, "to");
    }
}
