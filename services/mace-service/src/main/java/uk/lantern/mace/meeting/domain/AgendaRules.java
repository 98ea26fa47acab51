package uk.lantern.mace.meeting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.mace.common.domain.RiskCategory;

/**
 * The agenda, built, not typed. A child is on it for any of four reasons, each given in words:
 * <ol>
 *   <li>its MACE score is at or above the threshold: the highest, up to the agenda size;</li>
 *   <li>an agency nominated it (for this meeting, or for an earlier one that never discussed it);</li>
 *   <li>one of its open actions is due on or before the meeting's date;</li>
 *   <li>the panel discussed it at the last meeting and its risk has not fallen since.</li>
 * </ol>
 * The children are ordered by MACE score, highest first. Every open action of a child on the agenda that was agreed at
 * an earlier meeting is carried over to this one. Drift is flagged on each entry ({@link DriftRules}).
 */
public final class AgendaRules {

    /**
     * What the agenda is built from.
     *
     * @param highScores             children at or above the threshold, highest first (the store's order)
     * @param nominations            this meeting's nominations
     * @param undiscussedNominations nominations to earlier meetings that closed without discussing the child
     * @param openActions            every open action, of any child
     * @param history                earlier discussions of children (any order)
     * @param lastMeetingId          the latest earlier meeting that closed, null when none
     * @param children               the children's current profiles, by child id
     */
    public record Input(String meetingId, LocalDate heldOn, List<ChildSeen> highScores, List<Nomination> nominations,
                        List<PastNomination> undiscussedNominations, List<AgendaAction> openActions,
                        List<PastDiscussion> history, String lastMeetingId, Map<String, ChildSeen> children) {
    }

    private final AgendaSettings settings;
    private final DriftRules drift;

    public AgendaRules(AgendaSettings settings) {
        this.settings = settings;
        this.drift = new DriftRules(settings);
    }

    public List<AgendaEntry> build(Input in) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        int rank = 0;
        for (ChildSeen child : in.highScores().stream().limit(settings.size()).toList()) {
            rank++;
            draft(drafts, child.childId()).reason(AgendaReason.HIGH_MACE_SCORE, "MACE score " + child.maceScore()
                    + ", at or above the threshold of " + settings.scoreThreshold() + " (ranked " + rank + ")");
        }
        for (Nomination n : in.nominations()) {
            draft(drafts, n.childId()).reason(AgendaReason.NOMINATED, "Nominated by " + DriftRules.agency(n)
                    + (n.nominatedBy() == null ? "" : " (" + n.nominatedBy() + ")") + ": " + n.reason());
        }
        for (PastNomination p : in.undiscussedNominations()) {
            List<PastDiscussion> discussions = discussionsOf(in, p.nomination().childId());
            drift.nominatedNeverDiscussed(p, discussions).ifPresent(flag -> {
                Draft d = draft(drafts, p.nomination().childId());
                d.reason(AgendaReason.NOMINATED, "Nominated by " + DriftRules.agency(p.nomination()) + " for the meeting of "
                        + p.heldOn() + ": " + p.nomination().reason());
                d.flag(flag);
            });
        }
        for (AgendaAction a : in.openActions()) {
            if (a.dueOn() != null && !a.dueOn().isAfter(in.heldOn())) {
                draft(drafts, a.childId()).reason(AgendaReason.ACTION_DUE, "Action \"" + a.what() + "\" ("
                        + a.owner().words() + ") " + (a.dueOn().isBefore(in.heldOn()) ? "overdue since " : "due on ")
                        + a.dueOn());
            }
        }
        if (in.lastMeetingId() != null) {
            for (PastDiscussion last : in.history()) {
                if (last.meetingId().equals(in.lastMeetingId())) {
                    ChildSeen now = in.children().get(last.childId());
                    riskNotFallen(last, now).ifPresent(words ->
                            draft(drafts, last.childId()).reason(AgendaReason.RISK_NOT_FALLEN, words));
                }
            }
        }

        List<Draft> ordered = new ArrayList<>();
        for (Draft d : drafts.values()) {
            d.seen = in.children().get(d.childId);
            ordered.add(d);
        }
        ordered.sort(Comparator.comparingInt((Draft d) -> d.seen == null ? -1 : d.seen.maceScore()).reversed()
                .thenComparing(d -> d.childId));

        List<AgendaEntry> agenda = new ArrayList<>();
        for (Draft d : ordered) {
            List<AgendaAction> actions = new ArrayList<>();
            for (AgendaAction a : in.openActions()) {
                if (a.childId().equals(d.childId)) {
                    AgendaAction carried = a.meetingId().equals(in.meetingId()) ? a
                            : new AgendaAction(a.actionId(), a.meetingId(), a.childId(), a.what(), a.owner(), a.dueOn(),
                                    a.timesCarriedOver() + 1);
                    actions.add(carried);
                    drift.actionOverdue(carried, in.heldOn()).ifPresent(d::flag);
                    drift.carriedOver(carried).ifPresent(d::flag);
                }
            }
            List<PastDiscussion> discussions = discussionsOf(in, d.childId);
            drift.noChangeInRisk(discussions).ifPresent(d::flag);
            agenda.add(new AgendaEntry(agenda.size() + 1, d.childId, d.seen == null ? "Child " + d.childId : d.seen.name(),
                    List.copyOf(d.reasons), d.why, d.drift, whatIsNew(discussions, d.seen, settings.zone()), actions, d.seen));
        }
        return agenda;
    }

    /**
     * Risk has fallen when the child's assessed category is now lower than it was when the panel discussed the child
     * (the profile's, like with like: the panel's own agreed category may be above the assessment), or, the category
     * not lower, when the MACE score is lower than it was then. Otherwise it has not: the words say what it is now.
     */
    static Optional<String> riskNotFallen(PastDiscussion last, ChildSeen now) {
        if (now == null) {
            return Optional.empty();
        }
        Optional<RiskCategory> category = now.riskCategory();
        Optional<RiskCategory> then = last.seen() == null ? Optional.empty() : last.seen().riskCategory();
        if (category.isPresent() && then.isPresent() && category.get().compareTo(then.get()) < 0) {
            return Optional.empty();
        }
        int before = last.seen() == null ? 0 : last.seen().maceScore();
        if (now.maceScore() < before) {
            return Optional.empty();
        }
        return Optional.of("Discussed on " + last.heldOn() + " (agreed " + last.agreedCategory().words()
                + "); risk has not fallen: category now " + category.map(RiskCategory::words).orElse("not assessed")
                + ", MACE score " + now.maceScore() + " (was " + before + ")");
    }

    /** The fields of the profile that changed since the child was last discussed. */
    static List<String> whatIsNew(List<PastDiscussion> discussions, ChildSeen now, java.time.ZoneId zone) {
        Optional<PastDiscussion> last = discussions.stream().max(Comparator.comparing(PastDiscussion::heldOn));
        if (now == null) {
            return List.of("No profile of this child has been received yet");
        }
        if (last.isEmpty() || last.get().seen() == null) {
            return List.of("Not discussed by the panel before");
        }
        ChildSeen then = last.get().seen();
        List<String> news = new ArrayList<>();
        Set<String> newEpisodes = new LinkedHashSet<>(now.episodeIds());
        newEpisodes.removeAll(then.episodeIds());
        if (!newEpisodes.isEmpty()) {
            news.add(newEpisodes.size() + " missing episode" + (newEpisodes.size() == 1 ? "" : "s") + " since "
                    + last.get().heldOn());
        }
        Map<String, ChildSeen.Episode> before = new LinkedHashMap<>();
        then.episodes().forEach(e -> before.put(e.episodeId(), e));
        for (ChildSeen.Episode e : now.episodes()) {
            ChildSeen.Episode was = before.get(e.episodeId());
            if (was == null) {
                if (!then.episodeIds().contains(e.episodeId())) { // known then, by id, to a profile kept without them
                    news.add(episodeWords(e, zone));
                }
            } else if (!java.util.Objects.equals(was.interviewStatus(), e.interviewStatus())) {
                news.add("Return interview after the episode of " + day(e.start(), zone) + ": " + words(was.interviewStatus())
                        + " → " + words(e.interviewStatus()));
            } else if (was.returnedAt() == null && e.returnedAt() != null) {
                news.add("Returned on " + day(e.returnedAt(), zone) + " from the episode of " + day(e.start(), zone));
            }
        }
        if (then.cmeStatus() != null && now.cmeStatus() != null && !then.cmeStatus().equals(now.cmeStatus())) {
            news.add("Missing education: " + words(then.cmeStatus()) + " → " + words(now.cmeStatus()));
        }
        if (then.assessmentStatus() != null && now.assessmentStatus() != null
                && !then.assessmentStatus().equals(now.assessmentStatus())) {
            news.add("Exploitation assessment: " + words(then.assessmentStatus()) + " → "
                    + words(now.assessmentStatus()));
        }
        if (now.allocatedWorker() != null && !now.allocatedWorker().equals(then.allocatedWorker())) {
            news.add("Allocated to " + now.allocatedWorker().words());
        }
        Set<String> opened = new LinkedHashSet<>(now.openFlags());
        opened.removeAll(then.openFlags());
        if (!opened.isEmpty()) {
            news.add("Flags raised: " + String.join(", ", opened));
        }
        Set<String> cleared = new LinkedHashSet<>(then.openFlags());
        cleared.removeAll(now.openFlags());
        if (!cleared.isEmpty()) {
            news.add("Flags no longer open: " + String.join(", ", cleared));
        }
        if (!java.util.Objects.equals(then.category(), now.category())) {
            news.add("Exploitation category " + then.riskCategory().map(RiskCategory::words).orElse("not assessed")
                    + " → " + now.riskCategory().map(RiskCategory::words).orElse("not assessed"));
        }
        Set<String> newLinks = new LinkedHashSet<>(now.linkIndex());
        newLinks.removeAll(then.linkIndex());
        if (!newLinks.isEmpty()) {
            news.add("Seen with " + newLinks(newLinks) + " (see the child's network)");
        }
        if (then.maceScore() != now.maceScore()) {
            news.add("MACE score " + then.maceScore() + " → " + now.maceScore());
        }
        if (news.isEmpty()) {
            news.add("Nothing new since " + last.get().heldOn());
        }
        return news;
    }

    static String episodeWords(ChildSeen.Episode e, java.time.ZoneId zone) {
        String context = words(e.context());
        return Character.toUpperCase(context.charAt(0)) + context.substring(1) + " from " + day(e.start(), zone)
                + (e.returnedAt() == null ? ", not yet returned" : ", returned " + day(e.returnedAt(), zone))
                + (e.riskGrade() == null ? "" : "; risk " + words(e.riskGrade()))
                + (e.interviewStatus() == null ? "" : "; return interview " + words(e.interviewStatus()));
    }

    /** The day of an instant in the time zone of English meetings. */
    private static String day(java.time.Instant at, java.time.ZoneId zone) {
        return at == null ? "an unknown day" : at.atZone(zone).toLocalDate().toString();
    }

    /** A code in words: MISSING_FROM_HOME as "missing from home". */
    private static String words(String code) {
        return code == null ? "unknown" : code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    /** "1 new phone, 2 new places": the kinds of the new links, counted (the service keeps no link in plain). */
    static String newLinks(Set<String> indexes) {
        Map<String, Integer> byKind = new java.util.TreeMap<>();
        indexes.forEach(i -> byKind.merge(kindWords(i), 1, Integer::sum));
        return byKind.entrySet().stream().map(e -> e.getValue() + " new " + e.getKey()
                + (e.getValue() == 1 ? "" : "s")).collect(Collectors.joining(", "));
    }

    private static String kindWords(String index) {
        int at = index.indexOf('#');
        return switch (at < 0 ? "" : index.substring(0, at)) {
            case "PHONE" -> "phone";
            case "VEHICLE" -> "vehicle";
            case "PERSON_NAME" -> "associate";
            case "POSTCODE" -> "postcode";
            case "PLACE_NAME" -> "place";
            default -> "link";
        };
    }

    private static List<PastDiscussion> discussionsOf(Input in, String childId) {
        return in.history().stream().filter(d -> d.childId().equals(childId)).collect(Collectors.toList());
    }

    private static Draft draft(Map<String, Draft> drafts, String childId) {
        return drafts.computeIfAbsent(childId, Draft::new);
    }

    private static final class Draft {
        final String childId;
        final Set<AgendaReason> reasons = new LinkedHashSet<>();
        final List<AgendaEntry.Why> why = new ArrayList<>();
        final List<DriftFlag> drift = new ArrayList<>();
        ChildSeen seen;

        Draft(String childId) {
            this.childId = childId;
        }

        void reason(AgendaReason reason, String words) {
            reasons.add(reason);
            why.add(new AgendaEntry.Why(reason, words));
        }

        void flag(DriftFlag flag) {
            drift.add(flag);
        }
    }
}
