package uk.lantern.mace.concern.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.mace.action.domain.Action;
import uk.lantern.mace.concern.application.ConcernService;
import uk.lantern.mace.concern.domain.PersonOfConcern;
import uk.lantern.mace.concern.domain.PlaceOfConcern;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;
import uk.lantern.support.security.CurrentActor;
import uk.lantern.support.web.Fingerprint;

@RestController
@Validated
@Tag(name = "Adults and places of concern", description = "Recorded by the panel, normalised as the correlation "
        + "service normalises associates and places, and listed with the children whose profiles touch them")
class ConcernController {

    private final ConcernService concerns;

    ConcernController(ConcernService concerns) {
        this.concerns = concerns;
    }

    record PersonBody(@NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 200) String> names,
                      @Size(max = 20) List<@NotBlank @Size(max = 200) String> aliases,
                      @Size(max = 20) List<@NotBlank @Size(max = 40) String> phones,
                      @Size(max = 20) List<@NotBlank @Size(max = 20) String> vehicles) {
    }

    record PlaceBody(@Size(max = 200) String name, @Size(max = 10) String postcode) {
    }

    /** A child touching a concern: the Lantern child id, the name, and the link keys they share. */
    record ChildTouching(String childId, String name, List<String> sharedKeys) {
    }

    record PersonView(String id, PersonOfConcern person, List<ChildTouching> children, List<Action> actions) {
    }

    record PlaceView(String id, PlaceOfConcern place, List<ChildTouching> children, List<Action> actions) {
    }

    @PostMapping("/persons-of-concern")
    @Operation(summary = "Record an adult of concern: names and aliases, phones, vehicles")
    ResponseEntity<PersonOfConcern> person(@Valid @RequestBody PersonBody body,
                                           @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200)
                                           String idempotencyKey) {
        var recorded = concerns.recordPerson(body.names(), body.aliases(), body.phones(), body.vehicles(),
                CurrentActor.get().name(), Optional.ofNullable(idempotencyKey), Fingerprint.of(body));
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/persons-of-concern/" + recorded.concern().id())).body(recorded.concern());
    }

    @GetMapping("/persons-of-concern/{id}")
    @AccessLogged(AccessAction.READ_RECORD)
    @Operation(summary = "An adult of concern, the children whose profiles touch them, and the actions against them")
    PersonView person(@PathVariable String id) {
        var t = concerns.person(id);
        return new PersonView(id, t.concern(), touching(t.children()), t.actions());
    }

    @PostMapping("/places-of-concern")
    @Operation(summary = "Record a place of concern: a name, a postcode, or both")
    ResponseEntity<PlaceOfConcern> place(@Valid @RequestBody PlaceBody body,
                                         @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200)
                                         String idempotencyKey) {
        var recorded = concerns.recordPlace(body.name(), body.postcode(), CurrentActor.get().name(),
                Optional.ofNullable(idempotencyKey), Fingerprint.of(body));
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/places-of-concern/" + recorded.concern().id())).body(recorded.concern());
    }

    @GetMapping("/places-of-concern/{id}")
    @AccessLogged(AccessAction.READ_RECORD)
    @Operation(summary = "A place of concern, the children whose profiles touch it, and the actions against it")
    PlaceView place(@PathVariable String id) {
        var t = concerns.place(id);
        return new PlaceView(id, t.concern(), touching(t.children()), t.actions());
    }

    private static List<ChildTouching> touching(List<ConcernService.TouchingChild> children) {
        return children.stream().map(c -> new ChildTouching(c.child().childId(), c.child().name(), c.sharedKeys()))
                .toList();
    }
}
