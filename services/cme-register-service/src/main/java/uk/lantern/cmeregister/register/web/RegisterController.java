package uk.lantern.cmeregister.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.cmeregister.register.application.EntryNotFound;
import uk.lantern.cmeregister.register.application.RegisterFilter;
import uk.lantern.cmeregister.register.application.RegisterService;
import uk.lantern.cmeregister.register.application.StoredEntry;
import uk.lantern.cmeregister.register.domain.DeletionGround;
import uk.lantern.cmeregister.register.domain.EntryId;
import uk.lantern.cmeregister.register.domain.NotificationGround;
import uk.lantern.cmeregister.register.web.RegisterRequests.AlternativeProvisionBody;
import uk.lantern.cmeregister.register.web.RegisterRequests.EnquiryBody;
import uk.lantern.cmeregister.register.web.RegisterRequests.NotificationBody;
import uk.lantern.cmeregister.register.web.RegisterRequests.RemovalBody;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.web.Fingerprint;
import uk.lantern.support.web.IfMatch;

@RestController
@Validated
@Tag(name = "CME register", description = "Notify, enquire, record alternative provision, remove, and read the register")
class RegisterController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String ENTRIES = "/register-entries";

    private final RegisterService register;

    RegisterController(RegisterService register) {
        this.register = register;
    }

    @PostMapping("/notifications")
    @Operation(summary = "Notify a child missing education",
            description = "201 with a new register entry when the child joins the register; 200 with the child's "
                    + "existing entry when the child is already on it (same UPN) or the Idempotency-Key was already "
                    + "submitted: the notification is then recorded on that entry, never as a second entry. "
                    + "pupil.ethnicity (DfE codes) is optional; the entry keeps the pupil as first notified.")
    ResponseEntity<RegisterEntryView> notify(@Valid @RequestBody NotificationBody body,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                             @Size(max = 200) String idempotencyKey) {
        RegisterService.Notified notified =
                register.notify(body.toCommand(), Optional.ofNullable(idempotencyKey), Fingerprint.of(body));
        StoredEntry stored = notified.stored();
        return ResponseEntity.status(notified.added() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create(ENTRIES + "/" + stored.entry().id().value()))
                .eTag(etag(stored))
                .body(view(stored));
    }

    @PostMapping(ENTRIES + "/{id}/enquiries")
    @Operation(summary = "Log an enquiry: when, what was checked, whether the child's whereabouts were found, who")
    ResponseEntity<RegisterEntryView> logEnquiry(@PathVariable String id, @Valid @RequestBody EnquiryBody body,
                                                 @Parameter(description = "The ETag last read; 409 if the entry changed since")
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                                 @Size(max = 200) String idempotencyKey) {
        return ok(register.logEnquiry(new EntryId(id), body.toCommand(), IfMatch.version(ifMatch),
                Optional.ofNullable(idempotencyKey)));
    }

    @PostMapping(ENTRIES + "/{id}/alternative-provision")
    @Operation(summary = "Record alternative provision (hours a week); below the threshold it is flagged")
    ResponseEntity<RegisterEntryView> recordAlternativeProvision(@PathVariable String id,
                                                                 @Valid @RequestBody AlternativeProvisionBody body,
                                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                                                 @Size(max = 200) String idempotencyKey) {
        return ok(register.recordAlternativeProvision(new EntryId(id), body.toCommand(), IfMatch.version(ifMatch),
                Optional.ofNullable(idempotencyKey)));
    }

    @PostMapping(ENTRIES + "/{id}/removal")
    @Operation(summary = "Remove the child from the register, with an outcome",
            description = "ON_ROLL_ELSEWHERE needs the school, OTHER a reason; WHEREABOUTS_UNKNOWN_RETENTION_ENDED needs a "
                    + "national-data check and is refused before whereaboutsUnknownRemovalFrom.")
    ResponseEntity<RegisterEntryView> remove(@PathVariable String id, @Valid @RequestBody RemovalBody body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                             @Size(max = 200) String idempotencyKey) {
        return ok(register.remove(new EntryId(id), body.toCommand(), IfMatch.version(ifMatch),
                Optional.ofNullable(idempotencyKey)));
    }

    @GetMapping(ENTRIES + "/{id}")
    @AccessLogged(AccessAction.READ_RECORD)
    @Operation(summary = "Read one register entry")
    ResponseEntity<RegisterEntryView> entry(@PathVariable String id) {
        EntryId entryId = new EntryId(id);
        return ok(register.entry(entryId).orElseThrow(() -> new EntryNotFound(entryId)));
    }

    @GetMapping(ENTRIES)
    @AccessLogged(AccessAction.READ_LIST)
    @Operation(summary = "The register: children on it now, longest on it first",
            description = "ground and deletionGround match any of the entry's notifications; schoolUrn any notifying "
                    + "school; onRegisterForMoreThanDays keeps children on the register for longer than that.")
    List<RegisterEntryView> onRegister(@RequestParam(required = false) NotificationGround ground,
                                       @RequestParam(required = false) DeletionGround deletionGround,
                                       @RequestParam(required = false) String schoolUrn,
                                       @RequestParam(required = false) @Min(0) Integer onRegisterForMoreThanDays,
                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        LocalDate today = register.today();
        RegisterFilter filter = new RegisterFilter(Optional.ofNullable(ground), Optional.ofNullable(deletionGround),
                Optional.ofNullable(schoolUrn).map(String::trim).filter(s -> !s.isEmpty()),
                Optional.ofNullable(onRegisterForMoreThanDays).map(days -> today.minusDays(days)));
        return register.register(filter, page, size).stream()
                .map(e -> RegisterEntryView.of(e, null, register.policy(), today)).toList();
    }

    @GetMapping(ENTRIES + "/history")
    @AccessLogged(value = AccessAction.SEARCH_BY_IDENTIFIER, parameters = {"localAuthorityPersonId", "nhsNumber", "upn", "policePersonId"})
    @Operation(summary = "A child's history: every entry, on the register or removed, with its enquiries, newest first",
            description = "By exactly one of the child's identifiers.")
    List<RegisterEntryView> childHistory(@RequestParam(required = false) String upn,
                                         @RequestParam(required = false) String localAuthorityPersonId,
                                         @RequestParam(required = false) String nhsNumber,
                                         @RequestParam(required = false) String policePersonId) {
        Map<String, String> given = new LinkedHashMap<>();
        put(given, "upn", upn);
        put(given, "la", localAuthorityPersonId);
        put(given, "nhs", nhsNumber);
        put(given, "police", policePersonId);
        if (given.size() != 1) {
            throw new InvalidRequestParameter("upn", "give exactly one of upn, localAuthorityPersonId, nhsNumber, policePersonId");
        }
        var identifier = given.entrySet().iterator().next();
        LocalDate today = register.today();
        return register.childHistory(identifier.getKey(), identifier.getValue()).stream()
                .map(e -> RegisterEntryView.of(e, null, register.policy(), today)).toList();
    }

    private ResponseEntity<RegisterEntryView> ok(StoredEntry stored) {
        return ResponseEntity.ok().eTag(etag(stored)).body(view(stored));
    }

    private RegisterEntryView view(StoredEntry stored) {
        return RegisterEntryView.of(stored, register.policy(), register.today());
    }

    private static String etag(StoredEntry stored) {
        return "\"" + stored.version() + "\"";
    }

    private static void put(Map<String, String> given, String kind, String value) {
        if (value != null && !value.isBlank()) {
            given.put(kind, value.trim());
        }
    }
}
