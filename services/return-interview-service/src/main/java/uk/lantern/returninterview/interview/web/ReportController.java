package uk.lantern.returninterview.interview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;
import uk.lantern.support.security.Actor;
import uk.lantern.returninterview.interview.application.CaseService;
import uk.lantern.returninterview.interview.domain.Themes;
import uk.lantern.returninterview.interview.domain.Timeliness;
import uk.lantern.returninterview.interview.domain.Urgency;

@RestController
@Validated
@Tag(name = "Worklists and figures", description = "A provider's worklist, the timeliness table and the city's themes")
class ReportController {

    private final CaseService cases;

    ReportController(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping("/worklist")
    @AccessLogged(AccessAction.READ_LIST)
    @Operation(summary = "A provider's cases waiting for an offer or a decision, the earliest deadline first",
            description = "Each carries its urgency against the clock now: DUE, DUE_SOON (within the due-soon "
                    + "setting of the deadline) or OVERDUE.")
    List<CaseView> worklist(Actor actor, @RequestParam @NotBlank String provider,
                            @Parameter(description = "Keep only this urgency") @RequestParam(required = false) Urgency urgency) {
        ProviderScope.checkProvider(actor, provider.trim());
        return cases.worklist(provider.trim(), Optional.ofNullable(urgency)).stream()
                .map(item -> CaseView.of(item.interviewCase(), null, item.urgency())).toList();
    }

    @GetMapping("/reports/timeliness")
    @Operation(summary = "Per month of return, home vs care: cases, offered in time or late, completed, declined, "
            + "not offered by decision, and still open with no offer and no decision")
    List<Timeliness.Row> timeliness(@Parameter(example = "2026-01") @RequestParam YearMonth from,
                                    @Parameter(example = "2026-12") @RequestParam YearMonth to) {
        return cases.timeliness(from, to);
    }

    @GetMapping("/reports/themes")
    @Operation(summary = "Per month of interview, home vs care: push and pull factors, places and exploitation "
            + "indicators from completed interviews, most frequent first")
    List<Themes.Row> themes(@Parameter(example = "2026-01") @RequestParam YearMonth from,
                            @Parameter(example = "2026-12") @RequestParam YearMonth to) {
        return cases.themes(from, to);
    }
}
