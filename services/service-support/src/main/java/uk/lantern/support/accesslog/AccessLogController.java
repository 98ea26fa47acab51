package uk.lantern.support.accesslog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.problems.NotFound;
import uk.lantern.support.problems.StateConflict;
import uk.lantern.support.security.Actor;

/** A manager's questions to the access log: who looked at this child, and why; which broken glass awaits review. */
@RestController
@Validated
@Tag(name = "Access log", description = "Who read which child's record, when, from where and why (DPA 2018 s.62)")
public class AccessLogController {

    private final AccessLog log;
    private final AccessRecorder recorder;

    public AccessLogController(AccessLog log, AccessRecorder recorder) {
        this.log = log;
        this.recorder = recorder;
    }

    /** An entry as a manager reads it. */
    public record EntryView(long sequence, Instant at, AccessLogEntry.Who who, AccessAction action, String operation,
                            List<String> records, String query, List<String> children, String from, String purpose,
                            boolean purposeStated, String breakGlass, Long reviewOf, String note, String hash) {

        static EntryView of(AccessLogEntry e) {
            return new EntryView(e.sequence(), e.at(), e.actor(), e.action(), e.operation(), e.records(), e.query(),
                    e.children(), e.from(), e.purpose(), e.purposeStated(), e.breakGlass(), e.reviewOf(), e.note(),
                    e.hash());
        }
    }

    public record ReviewBody(String note) {
    }

    @Operation(summary = "Who looked at this child, and why: accesses naming the child, newest first",
            description = "child: any reference to the child (the child id, an NHS number, a UPN, a local authority or "
                    + "police person id, an episode, case, entry or record id). Reading the log is itself logged.")
    @GetMapping("/access-log")
    @AccessLogged(value = AccessAction.READ_ACCESS_LOG, parameters = "child")
    List<EntryView> about(@RequestParam(required = false) String child,
                          @Parameter(description = "From this instant (inclusive)") @RequestParam(required = false) Instant from,
                          @Parameter(description = "Before this instant") @RequestParam(required = false) Instant to,
                          @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return log.about(Optional.ofNullable(child).map(String::strip).filter(c -> !c.isEmpty()),
                Optional.ofNullable(from), Optional.ofNullable(to), limit).stream().map(EntryView::of).toList();
    }

    @Operation(summary = "Break-the-glass accesses, newest first: awaiting a manager's review (reviewed=false) or "
            + "reviewed")
    @GetMapping("/access-log/break-glass")
    @AccessLogged(AccessAction.READ_ACCESS_LOG)
    List<EntryView> brokenGlass(@RequestParam(defaultValue = "false") boolean reviewed,
                                @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return log.brokenGlass(reviewed, limit).stream().map(EntryView::of).toList();
    }

    @Operation(summary = "Review a break-the-glass access, with a note; the review is a new entry of the log")
    @PostMapping("/access-log/break-glass/{sequence}/review")
    @ResponseStatus(HttpStatus.CREATED)
    EntryView review(Actor actor, @PathVariable long sequence, @RequestBody ReviewBody body,
                     HttpServletRequest request) {
        String note = body == null || body.note() == null ? "" : body.note().strip();
        if (note.isEmpty() || note.length() > 2000) {
            throw new InvalidRequestParameter("note", "say what was found (1 to 2000 characters)");
        }
        AccessLogEntry reviewed = log.entry(sequence).filter(AccessLogEntry::flagged)
                .orElseThrow(() -> new NotFound("no break-the-glass access " + sequence + " in the access log"));
        if (!log.reviewsOf(sequence).isEmpty()) {
            throw new StateConflict("access " + sequence + " has already been reviewed");
        }
        AccessLogEntry.Draft draft = recorder.draft(request, REVIEW, null);
        return EntryView.of(log.append(new AccessLogEntry.Draft(draft.actor(), AccessAction.BREAK_GLASS_REVIEW,
                draft.operation(), draft.records(), draft.query(), reviewed.children(), draft.from(), draft.purpose(),
                draft.purposeStated(), null, sequence, note)));
    }

    private static final AccessLogged REVIEW = new AccessLogged() {
        @Override
        public AccessAction value() {
            return AccessAction.BREAK_GLASS_REVIEW;
        }

        @Override
        public String[] parameters() {
            return new String[0];
        }

        @Override
        public Class<? extends java.lang.annotation.Annotation> annotationType() {
            return AccessLogged.class;
        }
    };
}
