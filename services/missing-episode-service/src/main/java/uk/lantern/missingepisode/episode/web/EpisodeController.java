package uk.lantern.missingepisode.episode.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.missingepisode.episode.application.EpisodeNotFound;
import uk.lantern.missingepisode.episode.application.EpisodeService;
import uk.lantern.missingepisode.episode.application.StoredEpisode;
import uk.lantern.missingepisode.episode.domain.EpisodeContext;
import uk.lantern.missingepisode.episode.domain.EpisodeId;
import uk.lantern.missingepisode.episode.web.EpisodeRequests.CloseEpisodeBody;
import uk.lantern.missingepisode.episode.web.EpisodeRequests.RecordReturnBody;
import uk.lantern.missingepisode.episode.web.EpisodeRequests.RegradeRiskBody;
import uk.lantern.missingepisode.episode.web.EpisodeRequests.ReportEpisodeBody;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.web.Fingerprint;
import uk.lantern.support.web.IfMatch;

@RestController
@RequestMapping("/episodes")
@Validated
@Tag(name = "Missing episodes", description = "Report, regrade, return, close and read missing episodes")
class EpisodeController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final EpisodeService episodes;

    EpisodeController(EpisodeService episodes) {
        this.episodes = episodes;
    }

    @PostMapping
    @Operation(summary = "Report a missing episode",
            description = "201 with the new episode; 200 with the earlier episode when the police reference or the "
                    + "Idempotency-Key was already submitted, so a repeated submission never creates a second episode. "
                    + "subject.ethnicity (DfE codes) and allocatedWorker {name, team} are optional: the child's "
                    + "ethnicity and social worker and team where the reporter knows them, for the statutory returns "
                    + "and the figures by team.")
    ResponseEntity<EpisodeView> report(@Valid @RequestBody ReportEpisodeBody body,
                                       @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                       @Size(max = 200) String idempotencyKey) {
        EpisodeService.Reported reported =
                episodes.report(body.toCommand(), Optional.ofNullable(idempotencyKey), Fingerprint.of(body));
        StoredEpisode stored = reported.stored();
        return ResponseEntity.status(reported.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/episodes/" + stored.episode().id().value()))
                .eTag(etag(stored))
                .body(EpisodeView.of(stored));
    }

    @PostMapping("/{id}/risk-regrades")
    @Operation(summary = "Regrade the police risk of an open episode (who, when, why; history is kept)")
    ResponseEntity<EpisodeView> regradeRisk(@PathVariable String id, @Valid @RequestBody RegradeRiskBody body,
                                            @Parameter(description = "The ETag last read; 409 if the episode changed since")
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                            @Size(max = 200) String idempotencyKey) {
        return ok(episodes.regradeRisk(new EpisodeId(id), body.toCommand(), IfMatch.version(ifMatch),
                Optional.ofNullable(idempotencyKey)));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Record the return or finding: when, where, with whom, how")
    ResponseEntity<EpisodeView> recordReturn(@PathVariable String id, @Valid @RequestBody RecordReturnBody body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                             @Size(max = 200) String idempotencyKey) {
        return ok(episodes.recordReturn(new EpisodeId(id), body.toCommand(), IfMatch.version(ifMatch),
                Optional.ofNullable(idempotencyKey)));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close an episode whose return has been recorded")
    ResponseEntity<EpisodeView> close(@PathVariable String id, @Valid @RequestBody CloseEpisodeBody body,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                      @Size(max = 200) String idempotencyKey) {
        return ok(episodes.close(new EpisodeId(id), body.toCommand(), IfMatch.version(ifMatch),
                Optional.ofNullable(idempotencyKey)));
    }

    @GetMapping("/{id}")
    @AccessLogged(AccessAction.READ_RECORD)
    @Operation(summary = "Read one episode")
    ResponseEntity<EpisodeView> episode(@PathVariable String id) {
        EpisodeId episodeId = new EpisodeId(id);
        return ok(episodes.episode(episodeId).orElseThrow(() -> new EpisodeNotFound(episodeId)));
    }

    @GetMapping
    @AccessLogged(value = AccessAction.SEARCH_BY_IDENTIFIER, parameters = {"localAuthorityPersonId", "nhsNumber", "upn", "policePersonId"})
    @Operation(summary = "A child's episodes, newest first, by exactly one of the child's identifiers")
    List<EpisodeView> childEpisodes(@RequestParam(required = false) String localAuthorityPersonId,
                                    @RequestParam(required = false) String nhsNumber,
                                    @RequestParam(required = false) String upn,
                                    @RequestParam(required = false) String policePersonId) {
        Map<String, String> given = new LinkedHashMap<>();
        put(given, "la", localAuthorityPersonId);
        put(given, "nhs", nhsNumber);
        put(given, "upn", upn);
        put(given, "police", policePersonId);
        if (given.size() != 1) {
            throw new InvalidRequestParameter("localAuthorityPersonId",
                    "give exactly one of localAuthorityPersonId, nhsNumber, upn, policePersonId");
        }
        var identifier = given.entrySet().iterator().next();
        return episodes.childEpisodes(identifier.getKey(), identifier.getValue()).stream()
                .map(e -> EpisodeView.of(e, null)).toList();
    }

    @GetMapping("/open")
    @AccessLogged(AccessAction.READ_LIST)
    @Operation(summary = "Open episodes (not closed), newest first",
            description = "missingNow=true keeps only children still missing; needToKnow=true only the episodes "
                    + "notified to senior managers.")
    List<EpisodeView> openEpisodes(@RequestParam(required = false) EpisodeContext.Type context,
                                   @RequestParam(defaultValue = "false") boolean missingNow,
                                   @RequestParam(defaultValue = "false") boolean needToKnow,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return episodes.openEpisodes(Optional.ofNullable(context), missingNow, needToKnow, page, size).stream()
                .map(e -> EpisodeView.of(e, null)).toList();
    }

    private static ResponseEntity<EpisodeView> ok(StoredEpisode stored) {
        return ResponseEntity.ok().eTag(etag(stored)).body(EpisodeView.of(stored));
    }

    private static String etag(StoredEpisode stored) {
        return "\"" + stored.version() + "\"";
    }

    private static void put(Map<String, String> given, String kind, String value) {
        if (value != null && !value.isBlank()) {
            given.put(kind, value.trim());
        }
    }
}
