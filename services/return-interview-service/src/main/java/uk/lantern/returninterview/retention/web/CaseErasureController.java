package uk.lantern.returninterview.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.retention.application.CaseErasures;
import uk.lantern.returninterview.retention.domain.Erasure;
import uk.lantern.returninterview.retention.domain.ErasureReason;
import uk.lantern.support.retention.ErasureRequest;
import uk.lantern.support.security.Actor;

@RestController
@Tag(name = "Erasure", description = "Erase a return-interview case recorded against the wrong child")
class CaseErasureController {

    private final CaseErasures erasures;

    CaseErasureController(CaseErasures erasures) {
        this.erasures = erasures;
    }

    /** {@code episodeId}: the case's id, which is the episode's. */
    record ErasureView(String episodeId, Instant erasedAt, ErasureReason reason) {
        static ErasureView of(Erasure e) {
            return new ErasureView(e.caseId().value(), e.erasedAt(), e.reason());
        }
    }

    @PostMapping("/cases/{id}/erasure")
    @Operation(summary = "Erase a case recorded against the wrong child, or that should never have been recorded",
            description = "200 with the erasure; the same answer when it was erased already. The case is gone "
                    + "(404 on read, off every worklist and figure) and InterviewCaseErased tells every reader to "
                    + "forget it. A case whose missing episode is erased goes by itself (EPISODE_ERASED).")
    ErasureView erase(@PathVariable String id, @Valid @RequestBody ErasureRequest<ErasureReason> body, Actor actor) {
        return ErasureView.of(erasures.eraseOnRequest(new CaseId(id), body.wronglyRecorded(), actor.subject()));
    }
}
