package uk.lantern.mace.action.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import uk.lantern.mace.action.application.ActionService;
import uk.lantern.mace.action.application.ActionStore;
import uk.lantern.mace.action.domain.Action;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;
import uk.lantern.support.web.IfMatch;

@RestController
@RequestMapping("/actions")
@Validated
@Tag(name = "Actions", description = "The panel's actions: done with evidence, cancelled with a reason")
class ActionController {

    private final ActionService actions;

    ActionController(ActionService actions) {
        this.actions = actions;
    }

    record ActionView(String id, long version, String childId, Action action) {
    }

    record CompletionBody(@NotBlank @Size(max = 4000) String evidence, LocalDate doneOn) {
    }

    record CancellationBody(@NotBlank @Size(max = 2000) String reason) {
    }

    @GetMapping("/{id}")
    @AccessLogged(AccessAction.READ_RECORD)
    @Operation(summary = "Read an action")
    ResponseEntity<ActionView> action(@PathVariable String id) {
        return ok(actions.existing(id));
    }

    @GetMapping
    @AccessLogged(value = AccessAction.READ_LIST, parameters = "childId")
    @Operation(summary = "A child's actions, by Lantern child id")
    List<Action> ofChild(@RequestParam @NotBlank @Size(max = 100) String childId) {
        return actions.ofChild(childId.strip());
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "The action is done: the evidence is required")
    ResponseEntity<ActionView> done(@PathVariable String id, @Valid @RequestBody CompletionBody body,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                    @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200)
                                    String idempotencyKey) {
        return ok(actions.done(id, body.evidence(), body.doneOn(), IfMatch.version(ifMatch),
                Optional.ofNullable(idempotencyKey)));
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "The action is cancelled: the reason is required")
    ResponseEntity<ActionView> cancel(@PathVariable String id, @Valid @RequestBody CancellationBody body,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200)
                                      String idempotencyKey) {
        return ok(actions.cancel(id, body.reason(), IfMatch.version(ifMatch), Optional.ofNullable(idempotencyKey)));
    }

    private static ResponseEntity<ActionView> ok(ActionStore.StoredAction stored) {
        return ResponseEntity.ok().eTag("\"" + stored.version() + "\"").body(new ActionView(stored.action().id(),
                stored.version(), stored.action().childId(), stored.action()));
    }
}
