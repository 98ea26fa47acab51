package uk.lantern.cmeregister.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.cmeregister.register.domain.EntryId;
import uk.lantern.cmeregister.retention.application.RegisterEntryErasures;
import uk.lantern.cmeregister.retention.domain.Erasure;
import uk.lantern.cmeregister.retention.domain.ErasureReason;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.security.Actor;

@RestController
@Tag(name = "Erasure", description = "Erase a register entry recorded against the wrong child")
class RegisterEntryErasureController {

    private final RegisterEntryErasures erasures;

    RegisterEntryErasureController(RegisterEntryErasures erasures) {
        this.erasures = erasures;
    }

    /** {@code reason}: only WRONGLY_RECORDED on request; RETENTION is the purge's. */
    record ErasureRequest(@NotNull ErasureReason reason) {
    }

    record ErasureView(String entryId, Instant erasedAt, ErasureReason reason) {
        static ErasureView of(Erasure e) {
            return new ErasureView(e.entryId().value(), e.erasedAt(), e.reason());
        }
    }

    @PostMapping("/register-entries/{id}/erasure")
    @Operation(summary = "Erase a register entry recorded against the wrong child, or that should never have been recorded",
            description = "200 with the erasure; the same answer when it was erased already. The entry is gone (404 on "
                    + "read, absent from the register and the child's history), the child's UPN is free, so a new "
                    + "notification starts a fresh entry, and RegisterEntryErased tells every reader to forget it.")
    ErasureView erase(@PathVariable String id, @Valid @RequestBody ErasureRequest body, Actor actor) {
        if (body.reason() != ErasureReason.WRONGLY_RECORDED) {
            throw new InvalidRequestParameter("reason", "on request only WRONGLY_RECORDED; retention is the purge's");
        }
        return ErasureView.of(erasures.eraseOnRequest(new EntryId(id), body.reason(), actor.subject()));
    }
}
