package uk.lantern.missingepisode.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.missingepisode.episode.domain.EpisodeId;
import uk.lantern.missingepisode.retention.application.EpisodeErasures;
import uk.lantern.missingepisode.retention.domain.Erasure;
import uk.lantern.missingepisode.retention.domain.ErasureReason;
import uk.lantern.support.retention.ErasureRequest;
import uk.lantern.support.security.Actor;

@RestController
@Tag(name = "Erasure", description = "Erase an episode recorded against the wrong child")
class EpisodeErasureController {

    private final EpisodeErasures erasures;

    EpisodeErasureController(EpisodeErasures erasures) {
        this.erasures = erasures;
    }

    record ErasureView(String episodeId, Instant erasedAt, ErasureReason reason) {
        static ErasureView of(Erasure e) {
            return new ErasureView(e.episodeId().value(), e.erasedAt(), e.reason());
        }
    }

    @PostMapping("/episodes/{id}/erasure")
    @Operation(summary = "Erase an episode recorded against the wrong child, or that should never have been recorded",
            description = "200 with the erasure; the same answer when it was erased already. The episode is gone "
                    + "(404 on read), its police reference may be reported again, and EpisodeErased tells every "
                    + "reader to forget it.")
    ErasureView erase(@PathVariable String id, @Valid @RequestBody ErasureRequest<ErasureReason> body, Actor actor) {
        return ErasureView.of(erasures.eraseOnRequest(new EpisodeId(id), body.wronglyRecorded(), actor.subject()));
    }
}
