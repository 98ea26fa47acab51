package uk.lantern.correlation.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** One profile per child, as the correlation service last published it. */
@RestController
@RequestMapping("/children")
class ChildController {

    private final ProfileQueries profiles;

    ChildController(ProfileQueries profiles) {
        this.profiles = profiles;
    }

    @Operation(summary = "A child's profile across the four sources (404 when unknown or merged into another child)")
    @GetMapping("/{childId}")
    JsonNode profile(@PathVariable String childId) {
        return profiles.profile(childId);
    }

    @Operation(summary = "The children holding an identifier, given as kind:value with kind la, nhs, upn or police")
    @GetMapping
    List<ProfileQueries.ChildSummary> holding(@RequestParam(required = false) String identifier) {
        return profiles.holding(identifier);
    }

    @Operation(summary = "Every event of every source about the child, oldest first")
    @GetMapping("/{childId}/chronology")
    JsonNode chronology(@PathVariable String childId) {
        return profiles.chronology(childId);
    }

    @Operation(summary = "The child, its associates and places, and the other children who share any of them")
    @GetMapping("/{childId}/network")
    Network network(@PathVariable String childId) {
        return profiles.network(childId);
    }
}
