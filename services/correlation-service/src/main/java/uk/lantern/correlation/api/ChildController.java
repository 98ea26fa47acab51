package uk.lantern.correlation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;

/** One profile per child, as the correlation service last published it. */
@RestController
@RequestMapping("/children")
class ChildController {

    private final ProfileQueries profiles;
    private final ChildIdentity identity;

    ChildController(ProfileQueries profiles, ChildIdentity identity) {
        this.profiles = profiles;
        this.identity = identity;
    }

    @Operation(summary = "A child's profile across the four sources (404 when unknown or merged into another child)")
    @GetMapping("/{childId}")
    @AccessLogged(AccessAction.READ_RECORD)
    JsonNode profile(@PathVariable String childId) {
        return profiles.profile(childId);
    }

    @Operation(summary = "The children holding an identifier, given as kind:value with kind la, nhs, upn or police")
    @GetMapping
    @AccessLogged(value = AccessAction.SEARCH_BY_IDENTIFIER, parameters = {"identifier"})
    List<ProfileQueries.ChildSummary> holding(@RequestParam(required = false) String identifier) {
        return profiles.holding(identifier);
    }

    @Operation(summary = "The children who went missing or came back since a time, with those episodes and their "
            + "return interview's status: the daily review's list")
    @GetMapping("/movements")
    @AccessLogged(AccessAction.READ_LIST)
    ProfileQueries.Movements movements(
            @Parameter(description = "The start of the review: an ISO date (from the start of the day, London) or "
                    + "instant; not in the future") @RequestParam(required = false) String since) {
        return profiles.movements(since);
    }

    @Operation(summary = "Every event of every source about the child, oldest first")
    @GetMapping("/{childId}/chronology")
    @AccessLogged(AccessAction.READ_RECORD)
    JsonNode chronology(@PathVariable String childId) {
        return profiles.chronology(childId);
    }

    @Operation(summary = "Which records make up the child and why they were linked: each record (source, the "
            + "source's key, when first seen), each link between two of them in words (the same NHS number, LA person "
            + "id or UPN; a match with the fields that agreed and differed, its score and the threshold then; a "
            + "reviewer's confirmation; a merge of two children), possible matches waiting for a coordinator, and the "
            + "records judged to be someone else (decidedApart: matches rejected in review and records taken out of "
            + "the child, with who, when and the reason given)")
    @GetMapping("/{childId}/identity")
    @AccessLogged(AccessAction.READ_RECORD)
    ChildIdentity.Identity identity(@PathVariable String childId) {
        return identity.of(childId);
    }

    @Operation(summary = "The child, its associates and places seen within a time window, and the other children seen "
            + "with them in it: at most `limit`, those sharing most first; a key shared by too many children is shown "
            + "with its count and not expanded, and the answer says what was left out")
    @GetMapping("/{childId}/network")
    @AccessLogged(AccessAction.READ_RECORD)
    Network network(@PathVariable String childId,
                    @Parameter(description = "Links last seen before this are left out: an ISO date (from the start "
                            + "of the day, London) or instant. Default: now less lantern.correlation.network.window "
                            + "(365 days)") @RequestParam(required = false) String since,
                    @Parameter(description = "The window as a number of days back from now, instead of since")
                    @RequestParam(required = false) String days,
                    @Parameter(description = "At most this many other children, 1 to "
                            + "lantern.correlation.network.max-limit (200). Default: "
                            + "lantern.correlation.network.limit (50)") @RequestParam(required = false) String limit) {
        return profiles.network(childId, profiles.window(since, days, limit));
    }
}
