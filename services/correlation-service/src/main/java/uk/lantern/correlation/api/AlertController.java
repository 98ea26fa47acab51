package uk.lantern.correlation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.security.Actor;

/** Alerts as coordinators work them: raised and cleared by the stream; acknowledged, assigned, resolved by people. */
@RestController
@RequestMapping("/alerts")
@Validated
class AlertController {

    private final AlertWork alerts;
    private final AlertCatchUp catchUp;

    AlertController(AlertWork alerts, AlertCatchUp catchUp) {
        this.alerts = alerts;
        this.catchUp = catchUp;
    }

    @Operation(summary = "Alerts, latest raised first or most urgent first; filter by code, status, severity, child "
            + "and area",
            description = "Each alert names its child as the child's profile is now (child: current id, name, age), "
                    + "the other children of a shared place or adult the same way (relatedChildren), and the area of "
                    + "the child's home postcode (area). The read is logged under every child shown.")
    @GetMapping
    @AccessLogged(AccessAction.READ_LIST)
    AlertWork.Page list(@RequestParam(required = false) String code, @RequestParam(required = false) String status,
                        @RequestParam(required = false) String childId,
                        @RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                        @RequestParam(required = false) String severity,
                        @Parameter(description = "One of GET /alerts/areas: the alerts of the children whose home "
                                + "postcode is in it; or 'Area not known' (as an alert's area says): the children no "
                                + "area covers") @RequestParam(required = false) String area,
                        @Parameter(description = "A board told that this alert changed: the answer waits (up to "
                                + "lantern.correlation.board.catch-up-wait) until it has that change, and says "
                                + "whether it does (caughtUp)") @RequestParam(required = false) String changed,
                        @Parameter(description = "With changed: the recordedAt of the alert's event on "
                                + "lantern.alerts.v1 (ISO-8601)") @RequestParam(required = false) Instant changedAt,
                        @Parameter(description = "latest (the default): the latest raised first; urgency: the most "
                                + "severe first, then the longest waiting, as the console's board shows them")
                        @RequestParam(required = false) String sort) {
        Boolean caughtUp = null;
        if (changed != null && !changed.isBlank()) {
            if (changedAt == null) {
                throw new InvalidRequestParameter("changedAt", "is needed with changed: the recordedAt of the "
                        + "alert's event, e.g. 2026-12-07T07:46:00.123Z");
            }
            caughtUp = catchUp.caughtUp(changed.strip(), changedAt);
        }
        AlertWork.Page found = alerts.list(code, status, childId, page, size, severity, area, order(sort));
        return caughtUp == null ? found : found.caughtUp(caughtUp);
    }

    private static AlertWork.Order order(String sort) {
        if (sort == null || sort.isBlank() || sort.strip().equalsIgnoreCase("latest")) {
            return AlertWork.Order.LATEST;
        }
        if (sort.strip().equalsIgnoreCase("urgency")) {
            return AlertWork.Order.URGENCY;
        }
        throw new InvalidRequestParameter("sort", "unknown order '" + sort + "': latest or urgency");
    }

    @Operation(summary = "The areas of the local authority an alert may be in, in order, each with its postcode "
            + "districts (lantern.correlation.areas)")
    @GetMapping("/areas")
    List<AlertWork.Area> areas() {
        return alerts.areas();
    }

    @Operation(summary = "Counts by code and status, and the median time to acknowledge")
    @GetMapping("/figures")
    AlertWork.Figures figures() {
        return alerts.figures();
    }

    @GetMapping("/{alertId}")
    @AccessLogged(AccessAction.READ_RECORD)
    AlertView get(@PathVariable String alertId) {
        return alerts.get(alertId);
    }

    @Operation(summary = "Someone has seen the alert and is taking it on (stops its escalation)")
    @PostMapping("/{alertId}/acknowledge")
    AlertView acknowledge(Actor actor, @PathVariable String alertId,
                          @Valid @RequestBody(required = false) ApiRequests.Acknowledge request) {
        return alerts.acknowledge(alertId, actor.confirm(request == null ? null : request.by(), "by"), actor.name());
    }

    @Operation(summary = "Give the alert to a person or a team to act on (acknowledges it if nobody had)")
    @PostMapping("/{alertId}/assign")
    AlertView assign(Actor actor, @PathVariable String alertId, @Valid @RequestBody ApiRequests.Assign request) {
        return alerts.assign(alertId, request.to(), request.assignee(), actor.confirm(request.by(), "by"),
                actor.name());
    }

    @Operation(summary = "The work is done: record who closed the alert, its outcome and a note (the note is kept here, "
            + "sealed, and never published)")
    @PostMapping("/{alertId}/resolve")
    AlertView resolve(Actor actor, @PathVariable String alertId, @Valid @RequestBody ApiRequests.Resolve request) {
        return alerts.resolve(alertId, actor.confirm(request.by(), "by"), actor.name(), request.outcome(),
                request.note());
    }
}
