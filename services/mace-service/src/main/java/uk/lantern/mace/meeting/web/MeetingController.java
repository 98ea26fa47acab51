package uk.lantern.mace.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import uk.lantern.mace.action.domain.Action;
import uk.lantern.mace.common.web.Bodies.AllocatedWorkerBody;
import uk.lantern.mace.common.web.Bodies.PanelMemberBody;
import uk.lantern.mace.common.web.ChildViews;
import uk.lantern.mace.documents.PdfDocuments;
import uk.lantern.mace.meeting.application.MeetingService;
import uk.lantern.mace.meeting.application.StoredMeeting;
import uk.lantern.mace.meeting.domain.AgendaEntry;
import uk.lantern.mace.meeting.domain.Meeting;
import uk.lantern.mace.meeting.domain.MeetingStatus;
import uk.lantern.mace.meeting.web.MeetingRequests.DiscussionBody;
import uk.lantern.mace.meeting.web.MeetingRequests.NominationBody;
import uk.lantern.mace.meeting.web.MeetingRequests.OpeningBody;
import uk.lantern.mace.meeting.web.MeetingRequests.ScheduleMeetingBody;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;
import uk.lantern.support.security.CurrentActor;
import uk.lantern.support.web.Fingerprint;
import uk.lantern.support.web.IfMatch;

@RestController
@RequestMapping("/meetings")
@Validated
@Tag(name = "Meetings", description = "MACE meetings: schedule, nominate, open with the agenda built and fixed, "
        + "record each child's discussion, close and share the outcomes; the agenda and minutes as PDF")
class MeetingController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final MeetingService meetings;
    private final PdfDocuments documents;
    private final ChildViews views;

    MeetingController(MeetingService meetings, PdfDocuments documents, ChildViews views) {
        this.meetings = meetings;
        this.documents = documents;
        this.views = views;
    }

    /** A meeting as read; {@code version} is its ETag. */
    record MeetingView(String id, long version, Meeting meeting) {
    }

    record MeetingSummary(String id, java.time.LocalDate heldOn, String chair, MeetingStatus status, Boolean quorate,
                          int childrenOnAgenda, int childrenDiscussed) {
    }

    record DiscussionView(String id, long version, Meeting meeting, List<Action> actionsAgreed) {
    }

    @PostMapping
    @Operation(summary = "Schedule a meeting: its date and chair",
            description = "201 with the meeting; 200 with the earlier one when the Idempotency-Key was already used.")
    ResponseEntity<MeetingView> schedule(@Valid @RequestBody ScheduleMeetingBody body,
                                         @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(max = 200)
                                         String idempotencyKey) {
        MeetingService.Scheduled s = meetings.schedule(body.heldOn(), body.chair().toMember(),
                Optional.ofNullable(idempotencyKey), Fingerprint.of(body));
        return ResponseEntity.status(s.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/meetings/" + s.stored().meeting().id()))
                .eTag("\"" + s.stored().version() + "\"").body(view(s.stored()));
    }

    @GetMapping
    @Operation(summary = "Meetings, the latest first (dates, chairs, counts; no child named)")
    List<MeetingSummary> list(@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return meetings.meetings(page, size).stream().map(m -> new MeetingSummary(m.id(), m.heldOn(), m.chair().words(),
                m.status(), m.quorate(), m.agenda().size(), m.discussions().size())).toList();
    }

    @GetMapping("/{id}")
    @AccessLogged(AccessAction.READ_RECORD)
    @Operation(summary = "Read a meeting: attendance, quorum, the fixed agenda, the discussions")
    ResponseEntity<MeetingView> meeting(@PathVariable String id) {
        StoredMeeting stored = meetings.existing(id);
        return ResponseEntity.ok().eTag("\"" + stored.version() + "\"").body(view(stored));
    }

    @PostMapping("/{id}/nominations")
    @Operation(summary = "Nominate a child for the meeting, with the agency's reason (until the meeting opens)")
    ResponseEntity<MeetingView> nominate(@PathVariable String id, @Valid @RequestBody NominationBody body,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(max = 200)
                                         String idempotencyKey) {
        AllocatedWorkerBody worker = body.allocatedWorker();
        return ok(meetings.nominate(id, body.childId(), body.agency(), body.reason(),
                worker == null ? null : worker.toWorker(), CurrentActor.get().name(), IfMatch.version(ifMatch),
                Optional.ofNullable(idempotencyKey)));
    }

    @GetMapping("/{id}/agenda")
    @AccessLogged(AccessAction.READ_LIST)
    @Operation(summary = "The agenda: as it would be fixed if the meeting opened now, or as fixed when it opened",
            description = "Each entry says why the child is on it, the drift flagged and what is new since the panel "
                    + "last discussed the child.")
    List<AgendaEntry> agenda(@PathVariable String id) {
        return meetings.agendaPreview(id);
    }

    @GetMapping("/{id}/agenda/{childId}")
    @AccessLogged(AccessAction.READ_RECORD)
    @Operation(summary = "One child's agenda entry: why the child is on it, the drift, what is new since the panel last "
            + "discussed the child (from the profile: episodes, return interviews, flags, category, assessment, "
            + "missing education, allocation, new associates and places), the open actions, and the child as shown",
            description = "As fixed when the meeting opened, or as it would be fixed now; 404 when the child is not "
                    + "on the agenda.")
    AgendaEntry agendaEntry(@PathVariable String id, @PathVariable String childId) {
        return meetings.agendaPreview(id).stream().filter(e -> e.childId().equals(childId)).findFirst()
                .orElseThrow(() -> new uk.lantern.support.problems.NotFound("child " + childId
                        + " on the agenda of meeting " + id));
    }

    @PostMapping("/{id}/opening")
    @Operation(summary = "Open the meeting: attendance and apologies taken, quorum decided, the agenda built and fixed",
            description = "A meeting without quorum still opens; its record and minutes say it was not quorate.")
    ResponseEntity<MeetingView> open(@PathVariable String id, @Valid @RequestBody OpeningBody body,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                     @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(max = 200)
                                     String idempotencyKey) {
        return ok(meetings.open(id, body.attendees().stream().map(PanelMemberBody::toMember).toList(),
                body.apologies() == null ? List.of() : body.apologies().stream().map(PanelMemberBody::toMember).toList(),
                IfMatch.version(ifMatch), Optional.ofNullable(idempotencyKey)));
    }

    @PostMapping("/{id}/discussions")
    @AccessLogged(AccessAction.READ_RECORD)
    @Operation(summary = "Record the panel's decision about a child on the agenda, and the actions agreed")
    ResponseEntity<DiscussionView> discuss(@PathVariable String id, @Valid @RequestBody DiscussionBody body,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(max = 200)
                                           String idempotencyKey) {
        MeetingService.Discussed d = meetings.discuss(id, body.childId(), body.agreedCategory(),
                body.reasonForDifference(), body.decision(),
                body.allocatedWorker() == null ? null : body.allocatedWorker().toWorker(),
                body.actions() == null ? List.of() : body.actions().stream().map(MeetingRequests.ActionBody::toAction).toList(),
                CurrentActor.get().name(), IfMatch.version(ifMatch), Optional.ofNullable(idempotencyKey));
        return ResponseEntity.ok().eTag("\"" + d.stored().version() + "\"").body(new DiscussionView(
                d.stored().meeting().id(), d.stored().version(), d.stored().meeting(), d.actions()));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the meeting: each child's decision and actions shared with its social worker",
            description = "Each share is written to the access log (with whom) before it is made.")
    ResponseEntity<MeetingView> close(@PathVariable String id,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(max = 200)
                                      String idempotencyKey) {
        return ok(meetings.close(id, IfMatch.version(ifMatch), Optional.ofNullable(idempotencyKey)));
    }

    @GetMapping(value = "/{id}/agenda.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The fixed agenda as PDF, the same bytes every time for the same record")
    ResponseEntity<byte[]> agendaPdf(@PathVariable String id) {
        Meeting m = meetings.existing(id).meeting();
        byte[] pdf = documents.agenda(m);
        views.viewed("GET /meetings/{id}/agenda.pdf", id, m.agenda().stream().map(AgendaEntry::childId).toList());
        return pdf(pdf, "mace-agenda-" + m.heldOn() + ".pdf");
    }

    @GetMapping(value = "/{id}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The minutes as PDF, the same bytes every time for the same record")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String id) {
        Meeting m = meetings.existing(id).meeting();
        byte[] pdf = documents.minutes(m);
        views.viewed("GET /meetings/{id}/minutes.pdf", id, m.agenda().stream().map(AgendaEntry::childId).toList());
        return pdf(pdf, "mace-minutes-" + m.heldOn() + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").body(pdf);
    }

    private static ResponseEntity<MeetingView> ok(StoredMeeting stored) {
        return ResponseEntity.ok().eTag("\"" + stored.version() + "\"").body(view(stored));
    }

    private static MeetingView view(StoredMeeting stored) {
        return new MeetingView(stored.meeting().id(), stored.version(), stored.meeting());
    }
}
