package uk.lantern.console.mace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.lantern.console.backend.BackendProblem;
import uk.lantern.console.backend.Backends;
import uk.lantern.console.mace.MaceRecords.Action;
import uk.lantern.console.mace.MaceRecords.AgendaEntry;
import uk.lantern.console.mace.MaceRecords.MeetingSummary;
import uk.lantern.console.mace.MaceRecords.MeetingView;
import uk.lantern.console.signin.ConsoleRole;

/**
 * MACE at the table: the panel's meetings, and one meeting as the panel works through it (the agenda and why each
 * child is on it, drift, the decisions and actions recorded during the meeting, the documents). MACE members run it;
 * coordinators and managers read it. Everything is the MACE service's, called with the person's own token; a form
 * the service refuses is shown again beside the refusal, in the service's words, with what was typed.
 */
@Controller
class MeetingsController {

    static final String PURPOSE = "MACE panel: the children on the meeting's agenda";
    private static final ParameterizedTypeReference<List<MeetingSummary>> SUMMARIES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<AgendaEntry>> AGENDA = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Action>> ACTIONS = new ParameterizedTypeReference<>() {
    };

    private final Backends backends;
    private final Clock clock;

    MeetingsController(Backends backends, Optional<Clock> clock) {
        this.backends = backends;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    // ------------------------------------------------------------------------------------------- the meetings

    /** A child id as Lantern makes them: what may be carried from a child's page to the nomination form. */
    private static final java.util.regex.Pattern CHILD_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_:.-]{1,100}");

    /** The child a MACE member came to nominate from the child's page, when it looks like a child id. */
    static Optional<String> nominee(String nominate) {
        return Optional.ofNullable(nominate).map(String::strip).filter(id -> CHILD_ID.matcher(id).matches());
    }

    @GetMapping("/mace")
    String meetings(@RequestParam(required = false) String nominate, Model model) {
        nominee(nominate).ifPresent(id -> model.addAttribute("nominate", id));
        return meetings(model);
    }

    private String meetings(Model model) {
        List<MeetingSummary> all = backends.mace().get().uri("/meetings?page=0&size=50").retrieve().body(SUMMARIES);
        model.addAttribute("meetings", MeetingList.of(all == null ? List.of() : all, LocalDate.now(clock)));
        model.addAttribute("agencies", MaceWords.AGENCIES);
        model.addAttribute("formKey", UUID.randomUUID().toString());
        return "mace/meetings";
    }

    @PostMapping("/mace/meetings")
    String schedule(@RequestParam MultiValueMap<String, String> form, Model model) {
        Optional<LocalDate> heldOn = MaceWords.date(form.getFirst("heldOn"));
        if (heldOn.isEmpty()) {
            return meetingsAgain(model, form, "heldOn: enter the date of the meeting as day/month/year, for example 10/12/2026");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("heldOn", heldOn.get().toString());
        body.put("chair", member(form.getFirst("chairName"), form.getFirst("chairAgency")));
        try {
            MeetingView scheduled = backends.mace().post().uri("/meetings").contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", key(form)).body(body).retrieve().body(MeetingView.class);
            return "redirect:/mace/meetings/" + scheduled.id();
        } catch (BackendProblem refused) {
            if (refused.status() >= 500 || refused.status() == 401 || refused.status() == 403) {
                throw refused;
            }
            return meetingsAgain(model, form, words(refused));
        }
    }

    private String meetingsAgain(Model model, MultiValueMap<String, String> form, String message) {
        model.addAttribute("failed", new FailedForm("schedule", message, form.toSingleValueMap()));
        return meetings(model);
    }

    // ------------------------------------------------------------------------------------------- one meeting

    @GetMapping("/mace/meetings/{id}")
    String meeting(@PathVariable String id, @RequestParam(required = false) String nominate, Model model,
                   Authentication person) {
        nominee(nominate).ifPresent(child -> model.addAttribute("nominate", child));
        MeetingPage page = page(id, member(person));
        model.addAttribute("page", page);
        model.addAttribute("runs", member(person));
        model.addAttribute("agencies", MaceWords.AGENCIES);
        model.addAttribute("categories", MaceWords.CATEGORIES);
        model.addAttribute("words", new Words());
        model.addAttribute("today", LocalDate.now(clock));
        return "mace/meeting";
    }

    /** One child at a time, large, for the screen in the meeting room; arrow keys or the links move on and back. */
    @GetMapping("/mace/meetings/{id}/projector")
    String projector(@PathVariable String id, @RequestParam(defaultValue = "1") int child, Model model,
                     Authentication person) {
        MeetingPage page = page(id, member(person));
        model.addAttribute("page", page);
        model.addAttribute("words", new Words());
        model.addAttribute("child", page.child(child));
        model.addAttribute("count", page.children().size());
        return "mace/projector";
    }

    private MeetingPage page(String id, boolean member) {
        MeetingView view = backends.mace().get().uri("/meetings/{id}", id).header(Backends.PURPOSE, PURPOSE)
                .retrieve().body(MeetingView.class);
        List<AgendaEntry> agenda = view.meeting().agenda();
        if ("SCHEDULED".equals(view.meeting().status()) && member) {
            // the agenda as it would be fixed if the meeting opened now: MACE members only
            List<AgendaEntry> preview = backends.mace().get().uri("/meetings/{id}/agenda", id)
                    .header(Backends.PURPOSE, PURPOSE).retrieve().body(AGENDA);
            agenda = preview == null ? List.of() : preview;
        }
        Map<String, List<Action>> actions = new LinkedHashMap<>();
        if (!"SCHEDULED".equals(view.meeting().status())) {
            for (AgendaEntry entry : agenda) {
                List<Action> ofChild = backends.mace().get().uri(u -> u.path("/actions")
                                .queryParam("childId", entry.childId()).build())
                        .header(Backends.PURPOSE, PURPOSE).retrieve().body(ACTIONS);
                actions.put(entry.childId(), ofChild == null ? List.of() : ofChild);
            }
        }
        return MeetingPage.of(view.id(), view.version(), view.meeting(), agenda, actions, LocalDate.now(clock));
    }

    @PostMapping("/mace/meetings/{id}/nominations")
    String nominate(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                    Authentication person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("childId", trimmed(form.getFirst("childId")));
        body.put("agency", form.getFirst("agency"));
        body.put("reason", trimmed(form.getFirst("reason")));
        worker(form).ifPresent(w -> body.put("allocatedWorker", w));
        return send(id, "nomination", "/meetings/{id}/nominations", body, form, model, person, "#nominate");
    }

    @PostMapping("/mace/meetings/{id}/opening")
    String open(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                Authentication person) {
        List<Map<String, Object>> attendees = new ArrayList<>();
        List<Map<String, Object>> apologies = new ArrayList<>();
        for (String agency : MaceWords.AGENCIES) {
            names(form.getFirst("present-" + agency)).forEach(n -> attendees.add(member(n, agency)));
            names(form.getFirst("apologies-" + agency)).forEach(n -> apologies.add(member(n, agency)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("attendees", attendees);
        body.put("apologies", apologies);
        return send(id, "opening", "/meetings/{id}/opening", body, form, model, person, "#agenda");
    }

    @PostMapping("/mace/meetings/{id}/discussions")
    String discuss(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                   Authentication person) {
        String childId = form.getFirst("childId");
        String formName = "discussion-" + childId;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("childId", childId);
        body.put("agreedCategory", form.getFirst("agreedCategory"));
        String reason = trimmed(form.getFirst("reasonForDifference"));
        if (reason != null) {
            body.put("reasonForDifference", reason);
        }
        body.put("decision", trimmed(form.getFirst("decision")));
        worker(form).ifPresent(w -> body.put("allocatedWorker", w));
        List<Map<String, Object>> actions = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String what = trimmed(form.getFirst("action" + i + "-what"));
            if (what == null) {
                continue;
            }
            Optional<LocalDate> due = MaceWords.date(form.getFirst("action" + i + "-dueOn"));
            if (due.isEmpty()) {
                return again(id, formName, "actions[" + (i - 1) + "].dueOn: enter when action " + i
                        + " is due as day/month/year, for example 24/12/2026", form, model, person);
            }
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("what", what);
            action.put("owner", member(form.getFirst("action" + i + "-owner"), form.getFirst("action" + i + "-agency")));
            action.put("dueOn", due.get().toString());
            actions.add(action);
        }
        body.put("actions", actions);
        return send(id, formName, "/meetings/{id}/discussions", body, form, model, person,
                "#" + form.getFirst("anchor"));
    }

    @PostMapping("/mace/meetings/{id}/closure")
    String close(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                 Authentication person) {
        return send(id, "closure", "/meetings/{id}/closure", Map.of(), form, model, person, "#close");
    }

    @PostMapping("/mace/meetings/{id}/actions/{actionId}/completion")
    String done(@PathVariable String id, @PathVariable String actionId,
                @RequestParam MultiValueMap<String, String> form, Model model, Authentication person) {
        String formName = "done-" + actionId;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("evidence", trimmed(form.getFirst("evidence")));
        String typed = form.getFirst("doneOn");
        if (typed != null && !typed.isBlank()) {
            Optional<LocalDate> on = MaceWords.date(typed);
            if (on.isEmpty()) {
                return again(id, formName, "doneOn: enter when it was done as day/month/year, for example 2/12/2026",
                        form, model, person);
            }
            body.put("doneOn", on.get().toString());
        }
        return sendAction(id, actionId, formName, "completion", body, form, model, person);
    }

    @PostMapping("/mace/meetings/{id}/actions/{actionId}/cancellation")
    String cancel(@PathVariable String id, @PathVariable String actionId,
                  @RequestParam MultiValueMap<String, String> form, Model model, Authentication person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", trimmed(form.getFirst("reason")));
        return sendAction(id, actionId, "cancel-" + actionId, "cancellation", body, form, model, person);
    }

    private String sendAction(String id, String actionId, String formName, String what, Map<String, Object> body,
                              MultiValueMap<String, String> form, Model model, Authentication person) {
        try {
            backends.mace().post().uri("/actions/{action}/" + what, actionId).contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", key(form)).body(body).retrieve().toBodilessEntity();
            return "redirect:/mace/meetings/" + id + "#" + form.getFirst("anchor");
        } catch (BackendProblem refused) {
            return refusedOrThrow(refused, id, formName, form, model, person);
        }
    }

    // ------------------------------------------------------------------------------------------- documents

    @GetMapping("/mace/meetings/{id}/agenda.pdf")
    ResponseEntity<byte[]> agendaPdf(@PathVariable String id) {
        return document(id, "agenda");
    }

    @GetMapping("/mace/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String id) {
        return document(id, "minutes");
    }

    /** The MACE service's PDF, the same bytes, under the service's own file name. */
    private ResponseEntity<byte[]> document(String id, String which) {
        ResponseEntity<byte[]> pdf = backends.mace().get().uri("/meetings/{id}/" + which + ".pdf", id)
                .header(Backends.PURPOSE, PURPOSE).accept(MediaType.APPLICATION_PDF).retrieve().toEntity(byte[].class);
        String disposition = pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition != null ? disposition
                        : "attachment; filename=\"mace-" + which + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf.getBody());
    }

    // ------------------------------------------------------------------------------------------- sending

    /** Posts a command on the meeting (with the version the person read); back to the meeting, or the form again. */
    private String send(String id, String formName, String path, Map<String, Object> body,
                        MultiValueMap<String, String> form, Model model, Authentication person, String then) {
        try {
            backends.mace().post().uri(path, id).contentType(MediaType.APPLICATION_JSON)
                    .header("If-Match", "\"" + form.getFirst("version") + "\"")
                    .header("Idempotency-Key", key(form)).body(body).retrieve().toBodilessEntity();
            return "redirect:/mace/meetings/" + id + (then.equals("#null") ? "" : then);
        } catch (BackendProblem refused) {
            return refusedOrThrow(refused, id, formName, form, model, person);
        }
    }

    private String refusedOrThrow(BackendProblem refused, String id, String formName,
                                  MultiValueMap<String, String> form, Model model, Authentication person) {
        if (refused.status() >= 500 || refused.status() == 401 || refused.status() == 403 || refused.status() == 404) {
            throw refused;
        }
        String message = refused.status() == 409 && refused.detail() != null && refused.detail().contains("version")
                ? "Someone else changed this meeting while you were typing. Check the page as it is now; what you "
                + "typed is below." : words(refused);
        return again(id, formName, message, form, model, person);
    }

    private String again(String id, String formName, String message, MultiValueMap<String, String> form, Model model,
                         Authentication person) {
        model.addAttribute("failed", new FailedForm(formName, message, form.toSingleValueMap()));
        return meeting(id, null, model, person);
    }

    private static String words(BackendProblem refused) {
        return refused.detail() != null ? refused.detail() : refused.title() != null ? refused.title()
                : "The MACE service could not record this (status " + refused.status() + ")";
    }

    /** The form's own key, so sending it twice (a double click, a retry) records it once. */
    private static String key(MultiValueMap<String, String> form) {
        String key = form.getFirst("formKey");
        return key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
    }

    private static Map<String, Object> member(String name, String agency) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("name", trimmed(name));
        member.put("agency", agency == null || agency.isBlank() ? null : agency);
        return member;
    }

    private static Optional<Map<String, Object>> worker(MultiValueMap<String, String> form) {
        String name = trimmed(form.getFirst("workerName"));
        String team = trimmed(form.getFirst("workerTeam"));
        if (name == null && team == null) {
            return Optional.empty();
        }
        Map<String, Object> worker = new LinkedHashMap<>();
        worker.put("name", name);
        worker.put("team", team);
        return Optional.of(worker);
    }

    /** Names typed one to a line or separated by commas or semicolons. */
    static List<String> names(String typed) {
        if (typed == null) {
            return List.of();
        }
        return java.util.Arrays.stream(typed.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean member(Authentication person) {
        return person != null && person.getAuthorities().stream()
                .anyMatch(a -> ConsoleRole.MACE_MEMBER.authority().equals(a.getAuthority()));
    }

    /** The service's codes in words, for the templates ({@code ${words.agency(code)}}). */
    public static final class Words {
        public String agency(String code) {
            return MaceWords.agency(code);
        }

        public String category(String code) {
            return MaceWords.category(code);
        }

        public String status(String code) {
            return MaceWords.status(code);
        }

        public String drift(String code) {
            return MaceWords.drift(code);
        }

        public String date(LocalDate date) {
            return MaceWords.longDate(date);
        }

        public String shortDate(LocalDate date) {
            return MaceWords.shortDate(date);
        }
    }
}
