package uk.lantern.returninterview.interview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import uk.lantern.returninterview.interview.application.CaseNotFound;
import uk.lantern.returninterview.interview.application.CaseService;
import uk.lantern.returninterview.interview.application.StoredCase;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.interview.web.CaseRequests.AnswerBody;
import uk.lantern.returninterview.interview.web.CaseRequests.CloseCaseBody;
import uk.lantern.returninterview.interview.web.CaseRequests.DecisionNotToOfferBody;
import uk.lantern.returninterview.interview.web.CaseRequests.InterviewBody;
import uk.lantern.returninterview.interview.web.CaseRequests.OfferBody;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.security.Actor;
import uk.lantern.support.web.IfMatch;

@RestController
@RequestMapping("/cases")
@Validated
@Tag(name = "Return-interview cases",
        description = "A case is opened by itself for every returned child; providers record offers, answers, interviews, "
                + "decisions not to offer, and closure")
class CaseController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CaseService cases;
    private final ProviderScope scope;

    CaseController(CaseService cases) {
        this.cases = cases;
        this.scope = new ProviderScope(cases);
    }

    @PostMapping("/{id}/offers")
    @Operation(summary = "Record an offer of interview: when, by whom, how (the first one counts for the 72 hours)")
    ResponseEntity<CaseView> offer(Actor actor, @PathVariable String id, @Valid @RequestBody OfferBody body,
                                   @Parameter(description = "The ETag last read; 409 if the case changed since")
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                   @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(max = 200) String key) {
        scope.check(actor, new CaseId(id));
        return ok(cases.recordOffer(new CaseId(id), body.toCommand(), IfMatch.version(ifMatch), Optional.ofNullable(key)));
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Record the answer to the offer: ACCEPTED or DECLINED, by CHILD or PARENT_OR_CARER")
    ResponseEntity<CaseView> answer(Actor actor, @PathVariable String id, @Valid @RequestBody AnswerBody body,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(max = 200) String key) {
        scope.check(actor, new CaseId(id));
        return ok(cases.recordAnswer(new CaseId(id), body.toCommand(), IfMatch.version(ifMatch), Optional.ofNullable(key)));
    }

    @PostMapping("/{id}/interview")
    @Operation(summary = "Record the completed interview: push and pull factors, where, who with, disclosures, indicators")
    ResponseEntity<CaseView> interview(Actor actor, @PathVariable String id, @Valid @RequestBody InterviewBody body,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(max = 200) String key) {
        scope.check(actor, new CaseId(id));
        return ok(cases.recordInterview(new CaseId(id), body.toCommand(), IfMatch.version(ifMatch), Optional.ofNullable(key)));
    }

    @PostMapping("/{id}/decision-not-to-offer")
    @Operation(summary = "Record a decision not to offer an interview, with its reason and who took it")
    ResponseEntity<CaseView> decideNotToOffer(Actor actor, @PathVariable String id, @Valid @RequestBody DecisionNotToOfferBody body,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(max = 200) String key) {
        scope.check(actor, new CaseId(id));
        return ok(cases.decideNotToOffer(new CaseId(id), body.toCommand(), IfMatch.version(ifMatch), Optional.ofNullable(key)));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close a case: only once the interview is completed, declined, or not offered by decision")
    ResponseEntity<CaseView> close(Actor actor, @PathVariable String id, @Valid @RequestBody CloseCaseBody body,
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                   @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(max = 200) String key) {
        scope.check(actor, new CaseId(id));
        return ok(cases.close(new CaseId(id), body.toCommand(), IfMatch.version(ifMatch), Optional.ofNullable(key)));
    }

    @GetMapping("/{id}")
    @AccessLogged(AccessAction.READ_RECORD)
    @Operation(summary = "Read one case (its id is the missing episode's id)")
    ResponseEntity<CaseView> interviewCase(Actor actor, @PathVariable String id) {
        CaseId caseId = new CaseId(id);
        StoredCase stored = cases.interviewCase(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        scope.check(actor, stored);
        return ok(stored);
    }

    @GetMapping
    @AccessLogged(value = AccessAction.SEARCH_BY_IDENTIFIER, parameters = {"localAuthorityPersonId", "nhsNumber", "upn", "policePersonId"})
    @Operation(summary = "A child's cases, newest return first, by exactly one of the child's identifiers")
    List<CaseView> childCases(Actor actor, @RequestParam(required = false) String localAuthorityPersonId,
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
        return cases.childCases(identifier.getKey(), identifier.getValue()).stream()
                .filter(c -> scope.sees(actor, c))
                .map(c -> CaseView.of(c, null, null)).toList();
    }

    private static ResponseEntity<CaseView> ok(StoredCase stored) {
        return ResponseEntity.ok().eTag("\"" + stored.version() + "\"").body(CaseView.of(stored));
    }

    private static void put(Map<String, String> given, String kind, String value) {
        if (value != null && !value.isBlank()) {
            given.put(kind, value.trim());
        }
    }
}
