package uk.lantern.console.child;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import uk.lantern.console.backend.BackendProblem;
import uk.lantern.console.backend.BackendUnavailable;
import uk.lantern.console.backend.Backends;
import uk.lantern.console.signin.ConsoleRole;
import uk.lantern.console.signin.Person;

/**
 * The child's page: the profile in plain words with the urgent things first, the chronology as a timeline and a
 * list, the network as a picture and tables, open alerts and MACE actions, which records make up the child (with
 * confirm, reject and unlink for coordinators), and for managers who has viewed the child. Nothing is read before
 * the person has said why (or came from an alert, which says it for them); every read carries that purpose.
 */
@Controller
@RequestMapping("/children/{childId}")
class ChildController {

    /** What a manager who only checks the access log is taken to be doing. */
    static final String OVERSIGHT = "Manager's check of who has viewed this child's record";

    private final Backends backends;
    private final Clock clock;

    ChildController(Backends backends, ObjectProvider<Clock> clock) {
        this.backends = backends;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping
    public String page(@PathVariable String childId, @RequestParam(required = false) String purpose,
                @RequestParam(required = false) String why, @RequestParam(required = false) String alert,
                @RequestParam(required = false) List<String> source, @ModelAttribute("person") Person person,
                @RequestHeader(name = "Referer", required = false) String referer,
                @RequestHeader(name = "Host", required = false) String host,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("childId", childId);
        boolean reader = person.hasAny(ConsoleRole.MISSING_COORDINATOR, ConsoleRole.MACE_MEMBER);
        boolean manager = person.has(ConsoleRole.MANAGER);
        if (manager && !reader) {
            model.addAttribute("carry", Carry.NONE);
            model.addAttribute("viewers", Part.of(() -> Viewing.of(read(OVERSIGHT, "/access-log?child={id}",
                    childId))));
            return "child-viewers";
        }

        Referred referred = Referred.by(referer, host);
        if ((alert == null || alert.isBlank()) && purpose == null && referred.alertId() != null) {
            alert = referred.alertId();
        }
        Purpose chosen = alert != null && !alert.isBlank() ? Purpose.ALERT : Purpose.of(purpose).orElse(null);
        if (chosen == null || chosen == Purpose.OTHER && (why == null || why.isBlank())) {
            model.addAttribute("purposes", List.of(Purpose.values()));
            model.addAttribute("chosen", chosen == null ? referred.offered() : chosen);
            model.addAttribute("why", why);
            model.addAttribute("whyError", chosen == Purpose.OTHER ? "Say why you are opening this child's record"
                    : null);
            if (chosen == Purpose.OTHER) {
                response.setStatus(400);
            }
            return "child-purpose";
        }
        String stated = chosen.stated(alert, why);
        Carry carry = new Carry(chosen.name(), chosen == Purpose.OTHER ? why : null, alert);
        model.addAttribute("carry", carry);
        model.addAttribute("purposeWords", stated);

        JsonNode answer;
        try {
            answer = read(stated, "/children/{id}", childId);
        } catch (BackendProblem problem) {
            if (problem.status() == 404) {
                response.setStatus(404);
                model.addAttribute("status", 404);
                model.addAttribute("heading", "There is no child " + childId);
                model.addAttribute("detail", "Lantern holds no child with this reference. If two records were "
                        + "found to be one child, the child may have been joined into another: find them by an "
                        + "identifier (NHS number, UPN, local authority or police person id). The correlation "
                        + "service said: " + (problem.detail() != null ? problem.detail() : problem.title()));
                model.addAttribute("service", problem.service().words());
                return "problem";
            }
            throw problem;
        }
        String mergedInto = Profile.text(answer, "mergedInto", null);
        if (mergedInto != null && !mergedInto.isBlank() && !mergedInto.equals(childId)) {
            redirect.addFlashAttribute("done", "Child " + childId + " was found to be the same child as this one, "
                    + "and their records were joined here.");
            return "redirect:" + carry.href(mergedInto);
        }
        LocalDate today = LocalDate.now(clock.withZone(Words.LONDON));
        Profile profile = Profile.of(answer, today);
        model.addAttribute("child", profile);

        Part<List<MaceAction>> actions = Part.of(() -> MaceAction.of(backends.mace().get()
                .uri("/actions?childId={id}", childId).header(Backends.PURPOSE, stated).retrieve()
                .body(JsonNode.class)));
        model.addAttribute("actions", actions.present()
                ? new Part<>(actions.value().stream().filter(MaceAction::open)
                .sorted(Comparator.comparing(MaceAction::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList(), null) : actions);
        model.addAttribute("today", today);

        timeline(childId, stated, source, actions, model);
        model.addAttribute("network", Part.of(() -> Network.of(childId, read(stated, "/children/{id}/network",
                childId))));
        model.addAttribute("alerts", Part.of(() -> OpenAlert.of(read(stated, "/alerts?childId={id}", childId))));
        model.addAttribute("linked", Part.of(() -> LinkedRecords.of(read(stated, "/children/{id}/identity",
                childId))));
        if (person.has(ConsoleRole.MISSING_COORDINATOR)) {
            model.addAttribute("reviews", Part.of(() -> {
                List<IdentityReview> reviews = new ArrayList<>();
                for (String status : List.of("OPEN", "LINKED", "DECIDED")) {
                    reviews.addAll(IdentityReview.about(childId, read(stated, "/reviews?status={s}", status)));
                }
                return reviews;
            }));
        }
        if (manager) {
            model.addAttribute("viewers", Part.of(() -> Viewing.of(read(stated, "/access-log?child={id}",
                    childId))));
        }
        return "child";
    }

    private void timeline(String childId, String stated, List<String> source, Part<List<MaceAction>> actions,
                          Model model) {
        Set<Lane> chosen = EnumSet.noneOf(Lane.class);
        if (source != null) {
            source.forEach(s -> Lane.ofKey(s).ifPresent(chosen::add));
        }
        Set<Lane> shown = chosen.isEmpty() ? EnumSet.allOf(Lane.class) : chosen;
        Map<Lane, Boolean> lanes = new LinkedHashMap<>();
        for (Lane lane : Lane.values()) {
            lanes.put(lane, shown.contains(lane));
        }
        model.addAttribute("lanes", lanes);
        model.addAttribute("filtered", shown.size() < Lane.values().length);
        Part<List<TimelineEvent>> chronology = Part.of(() -> {
            List<TimelineEvent> events = new ArrayList<>();
            read(stated, "/children/{id}/chronology", childId).forEach(e -> Lane.ofService(
                    Profile.text(e, "source", "")).ifPresent(lane -> events.add(new TimelineEvent(lane,
                    Words.instant(Profile.text(e, "occurredAt", null)), Words.event(Profile.text(e, "eventType", "")),
                    null))));
            return events;
        });
        List<TimelineEvent> events = new ArrayList<>(chronology.present() ? chronology.value() : List.of());
        if (actions.present()) {
            actions.value().forEach(a -> events.addAll(a.events()));
        }
        List<TimelineEvent> listed = events.stream().filter(e -> shown.contains(e.lane()))
                .sorted(Comparator.comparing(TimelineEvent::at, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("chronologyMissing", chronology.unavailable());
        model.addAttribute("maceMissing", actions.unavailable());
        model.addAttribute("events", listed);
        model.addAttribute("timeline", Timeline.draw(events, shown, Words.LONDON));
    }

    @PostMapping("/reviews/{reviewId}/decision")
    public String decide(@PathVariable String childId, @PathVariable String reviewId,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String form, @ModelAttribute Carry carry,
                  RedirectAttributes redirect) {
        if (decision == null || !(decision.equals("CONFIRM") || decision.equals("REJECT"))) {
            return failed(redirect, childId, carry, form, "decision", "Choose whether they are the same child");
        }
        if (reason == null || reason.isBlank()) {
            return failed(redirect, childId, carry, form, "reason", "Say why you decided this");
        }
        return send(redirect, childId, carry, form, "/reviews/{id}/decision", reviewId,
                Map.of("decision", decision, "reason", reason.strip()),
                decision.equals("CONFIRM") ? "You confirmed they are the same child."
                        : "You rejected the match: they are kept apart.");
    }

    @PostMapping("/unlink")
    public String unlink(@PathVariable String childId, @RequestParam(required = false) String recordId,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String form,
                  @ModelAttribute Carry carry, RedirectAttributes redirect) {
        if (recordId == null || recordId.isBlank()) {
            return failed(redirect, childId, carry, form, "reason", "Choose the record to take out");
        }
        if (reason == null || reason.isBlank()) {
            return failed(redirect, childId, carry, form, "reason", "Say why this record is not this child");
        }
        return send(redirect, childId, carry, form, "/records/{id}/unlink", recordId,
                Map.of("reason", reason.strip()), "You took the record out of this child.");
    }

    private String send(RedirectAttributes redirect, String childId, Carry carry, String form, String uri, String id,
                        Map<String, String> body, String done) {
        Purpose purpose = Purpose.of(carry.purpose()).orElse(Purpose.OTHER);
        String stated = purpose.stated(carry.alert(), carry.why() == null ? "identity decision" : carry.why());
        try {
            backends.correlation().post().uri(uri, id).header(Backends.PURPOSE, stated).body(body).retrieve()
                    .toBodilessEntity();
        } catch (BackendProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            String field = problem.detail() != null && problem.detail().contains("decision") ? "decision" : "reason";
            return failed(redirect, childId, carry, form, field,
                    problem.detail() != null ? problem.detail() : problem.title());
        } catch (BackendUnavailable unavailable) {
            return failed(redirect, childId, carry, form, "reason", unavailable.service().words()
                    + " is not answering: nothing was changed. Try again in a minute.");
        }
        redirect.addFlashAttribute("done", done + " The change shows here within moments.");
        return "redirect:" + carry.href(childId) + "#identity";
    }

    private static String failed(RedirectAttributes redirect, String childId, Carry carry, String given, String field,
                                 String message) {
        // the form's name comes back from the browser: only the names the page gives ("review-r-1", "record-0")
        String form = given == null || !given.matches("(review|record)-[A-Za-z0-9_.-]{1,100}") ? null : given;
        redirect.addFlashAttribute("formError", new FormError(form == null ? "" : form, field, message));
        return "redirect:" + carry.href(childId) + "#" + (form == null || form.isBlank() ? "identity" : form);
    }

    /** A decision the service (or the console) refused, shown next to the field of the form it came from. */
    public record FormError(String form, String field, String message) {
    }

    private JsonNode read(String purpose, String uri, Object... variables) {
        return backends.correlation().get().uri(uri, variables).header(Backends.PURPOSE, purpose).retrieve()
                .body(JsonNode.class);
    }
}
