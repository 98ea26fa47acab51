package uk.lantern.mace.meeting.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import uk.lantern.mace.action.application.ActionStore;
import uk.lantern.mace.action.domain.Action;
import uk.lantern.mace.child.application.ChildProfiles;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.mace.common.domain.AllocatedWorker;
import uk.lantern.mace.common.domain.MaceRuleViolation;
import uk.lantern.mace.common.domain.PanelMember;
import uk.lantern.mace.common.domain.RiskCategory;
import uk.lantern.mace.concern.application.ConcernStore;
import uk.lantern.mace.meeting.domain.AgendaAction;
import uk.lantern.mace.meeting.domain.AgendaEntry;
import uk.lantern.mace.meeting.domain.AgendaRules;
import uk.lantern.mace.meeting.domain.Discussion;
import uk.lantern.mace.meeting.domain.Meeting;
import uk.lantern.mace.meeting.domain.MeetingEvent;
import uk.lantern.mace.meeting.domain.NewAction;
import uk.lantern.mace.meeting.domain.Nomination;
import uk.lantern.mace.meeting.domain.PastDiscussion;
import uk.lantern.mace.meeting.domain.PastNomination;
import uk.lantern.mace.meeting.domain.SharedAction;
import uk.lantern.mace.messaging.MaceEventContract;
import uk.lantern.support.idempotency.SubmissionClaims;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.support.problems.IdempotencyKeyReused;
import uk.lantern.support.problems.NotFound;
import uk.lantern.support.problems.VersionConflict;

/**
 * A meeting from scheduling to closing. The agenda is built here from the service's own projection of the children's
 * profiles, its open actions and its earlier meetings, and fixed in the meeting when it opens.
 */
@Service
public class MeetingService {

    private final MeetingStore store;
    private final ActionStore actions;
    private final ChildProfiles children;
    private final ConcernStore concerns;
    private final SubmissionClaims claims;
    private final MaceEventContract contract;
    private final EventPublication publication;
    private final OutcomeShares shares;
    private final MaceMetrics metrics;
    private final MaceSettings settings;
    private final Clock clock;

    public MeetingService(MeetingStore store, ActionStore actions, ChildProfiles children, ConcernStore concerns,
                          SubmissionClaims claims, MaceEventContract contract, EventPublication publication,
                          OutcomeShares shares, MaceMetrics metrics, MaceSettings settings, Clock clock) {
        this.store = store;
        this.actions = actions;
        this.children = children;
        this.concerns = concerns;
        this.claims = claims;
        this.contract = contract;
        this.publication = publication;
        this.shares = shares;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    public record Scheduled(StoredMeeting stored, boolean created) {
    }

    public record Discussed(StoredMeeting stored, List<Action> actions) {
    }

    public Scheduled schedule(LocalDate heldOn, PanelMember chair, Optional<String> idempotencyKey, String fingerprint) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Meeting.Change change = Meeting.schedule(id, heldOn, chair, now);
        if (idempotencyKey.isPresent()) {
            SubmissionClaims.Claim claim = claims.claim("request:" + idempotencyKey.get(), id, fingerprint);
            if (!claim.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused("this Idempotency-Key was used with a different request");
            }
            Optional<StoredMeeting> earlier = store.find(claim.recordId());
            if (earlier.isPresent()) {
                return new Scheduled(earlier.get(), false);
            }
            id = claim.recordId();
            change = Meeting.schedule(id, heldOn, chair, now);
        }
        if (!store.insert(change.meeting(), contract.meetingEntries(change.events(), now), null, now)) {
            return new Scheduled(store.find(id).orElseThrow(), false);
        }
        publication.eventsStored();
        return new Scheduled(new StoredMeeting(change.meeting(), 0, List.of()), true);
    }

    public Optional<StoredMeeting> meeting(String id) {
        return store.find(id);
    }

    public StoredMeeting existing(String id) {
        return store.find(id).orElseThrow(() -> new NotFound("meeting " + id));
    }

    public List<Meeting> meetings(int page, int size) {
        return store.list(page, size);
    }

    public StoredMeeting nominate(String id, String childId, uk.lantern.mace.common.domain.Agency agency, String reason,
                                  AllocatedWorker worker, String nominatedBy, Optional<Long> ifMatch,
                                  Optional<String> requestKey) {
        if (childId != null && !childId.isBlank() && children.find(childId.strip()).isEmpty()) {
            throw new MaceRuleViolation("childId", "no profile of this child has been received: give the Lantern "
                    + "child id of the child's profile");
        }
        Nomination nomination = new Nomination(childId, agency, reason, nominatedBy, clock.instant(), worker);
        return change(id, ifMatch, requestKey, m -> m.nominate(nomination));
    }

    /** The agenda as it would be fixed if the meeting opened now. */
    public List<AgendaEntry> agendaPreview(String id) {
        Meeting meeting = existing(id).meeting();
        if (!meeting.agenda().isEmpty()) {
            return meeting.agenda();
        }
        return buildAgenda(meeting);
    }

    public StoredMeeting open(String id, List<PanelMember> attendees, List<PanelMember> apologies,
                              Optional<Long> ifMatch, Optional<String> requestKey) {
        StoredMeeting stored = existing(id);
        if (requestKey.isPresent() && stored.appliedRequestKeys().contains(requestKey.get())) {
            return stored;
        }
        checkVersion(stored, ifMatch);
        List<AgendaEntry> agenda = buildAgenda(stored.meeting());
        Meeting.Change change = stored.meeting().open(attendees, apologies, settings.quorumRule(), agenda, clock.instant());
        // the actions reviewed at this meeting are carried over to it first: idempotent, so a retry after a failed
        // write of the meeting carries nothing twice
        for (AgendaEntry entry : agenda) {
            for (AgendaAction a : entry.actions()) {
                actions.find(a.actionId()).ifPresent(s -> {
                    Action.Change carried = s.action().carryOver(id);
                    if (!carried.events().isEmpty()) {
                        Instant now = clock.instant();
                        if (actions.update(carried.action(), s.version(), contract.actionEntries(carried.events(), now),
                                null, now)) {
                            metrics.action("carried-over");
                        }
                    }
                });
            }
        }
        StoredMeeting opened = write(stored, change, requestKey);
        metrics.meetingOpened(Boolean.TRUE.equals(opened.meeting().quorate()));
        change.events().stream().filter(e -> e instanceof MeetingEvent.DriftFlagged)
                .forEach(e -> metrics.driftFlagged(((MeetingEvent.DriftFlagged) e).flag().drift().name()));
        return opened;
    }

    public Discussed discuss(String id, String childId, RiskCategory agreedCategory, String reasonForDifference,
                             String decision, AllocatedWorker worker, List<NewAction> newActions, String recordedBy,
                             Optional<Long> ifMatch, Optional<String> requestKey) {
        StoredMeeting stored = existing(id);
        if (requestKey.isPresent() && stored.appliedRequestKeys().contains(requestKey.get())) {
            return new Discussed(stored, stored.meeting().discussion(childId)
                    .map(d -> actions.find(d.actionIds())).orElse(List.of()));
        }
        checkVersion(stored, ifMatch);
        Meeting meeting = stored.meeting();
        Instant now = clock.instant();
        List<Action.Change> agreed = new ArrayList<>();
        List<NewAction> asked = newActions == null ? List.of() : newActions;
        for (int i = 0; i < asked.size(); i++) {
            NewAction a = asked.get(i);
            String field = "actions[" + i + "]";
            if (a == null) {
                throw new MaceRuleViolation(field, "is required");
            }
            if (a.personOfConcernId() != null && concerns.person(a.personOfConcernId()).isEmpty()) {
                throw new MaceRuleViolation(field + ".personOfConcernId", "no such person of concern");
            }
            if (a.placeOfConcernId() != null && concerns.place(a.placeOfConcernId()).isEmpty()) {
                throw new MaceRuleViolation(field + ".placeOfConcernId", "no such place of concern");
            }
            String actionId = UUID.nameUUIDFromBytes((id + "/" + childId + "/" + i).getBytes(StandardCharsets.UTF_8))
                    .toString();
            try {
                agreed.add(Action.agree(actionId, id, childId, a.what(), a.owner(), a.dueOn(), meeting.heldOn(),
                        a.personOfConcernId(), a.placeOfConcernId(), now));
            } catch (MaceRuleViolation v) {
                throw new MaceRuleViolation(field + "." + v.field(), v.reason());
            }
        }
        Meeting.Change change = meeting.discuss(childId, agreedCategory, reasonForDifference, decision, worker,
                agreed.stream().map(c -> c.action().id()).toList(), recordedBy, now);
        // the actions first, under ids made from the meeting, the child and their place: a retry inserts none twice
        for (Action.Change c : agreed) {
            if (actions.insert(c.action(), contract.actionEntries(c.events(), now), now)) {
                metrics.action("agreed");
            }
        }
        StoredMeeting written = write(stored, change, requestKey);
        return new Discussed(written, agreed.stream().map(Action.Change::action).toList());
    }

    public StoredMeeting close(String id, Optional<Long> ifMatch, Optional<String> requestKey) {
        StoredMeeting stored = existing(id);
        if (requestKey.isPresent() && stored.appliedRequestKeys().contains(requestKey.get())) {
            return stored;
        }
        checkVersion(stored, ifMatch);
        List<String> ids = stored.meeting().discussions().stream().flatMap(d -> d.actionIds().stream()).toList();
        Map<String, SharedAction> shared = new HashMap<>();
        for (Action a : actions.find(ids)) {
            shared.put(a.id(), new SharedAction(a.id(), a.what(), a.owner(), a.dueOn(), a.status().name()));
        }
        Meeting.Change change = stored.meeting().close(shared, clock.instant());
        for (Discussion d : change.meeting().discussions()) {
            shares.sharing(change.meeting(), d);
        }
        StoredMeeting closed = write(stored, change, requestKey);
        metrics.outcomesShared(closed.meeting().discussions().size());
        return closed;
    }

    List<AgendaEntry> buildAgenda(Meeting meeting) {
        List<Meeting> earlier = store.closedBefore(meeting.heldOn(), settings.drift().lookBackMeetings());
        List<PastDiscussion> history = new ArrayList<>();
        Map<String, PastNomination> undiscussed = new LinkedHashMap<>();
        for (Meeting m : earlier) {
            m.discussions().forEach(d -> history.add(new PastDiscussion(m.id(), m.heldOn(), d.childId(),
                    d.agreedCategory(), d.seen())));
        }
        List<Meeting> oldestFirst = new ArrayList<>(earlier);
        java.util.Collections.reverse(oldestFirst);
        for (Meeting m : oldestFirst) { // the first nomination never discussed is the one named
            for (Nomination n : m.nominations()) {
                if (m.discussion(n.childId()).isEmpty()) {
                    undiscussed.putIfAbsent(n.childId(), new PastNomination(m.id(), m.heldOn(), n));
                }
            }
        }
        List<AgendaAction> open = actions.open().stream().map(a -> new AgendaAction(a.id(), a.meetingId(), a.childId(),
                a.what(), a.owner(), a.dueOn(), a.timesCarriedOver())).toList();
        List<ChildSeen> high = children.scoringAtLeast(settings.agenda().scoreThreshold(), settings.agenda().size());
        Set<String> ids = new HashSet<>();
        high.forEach(c -> ids.add(c.childId()));
        meeting.nominations().forEach(n -> ids.add(n.childId()));
        undiscussed.keySet().forEach(ids::add);
        open.forEach(a -> ids.add(a.childId()));
        history.forEach(d -> ids.add(d.childId()));
        Map<String, ChildSeen> seen = children.find(ids);
        return new AgendaRules(settings.agendaSettings()).build(new AgendaRules.Input(meeting.id(), meeting.heldOn(),
                high, meeting.nominations(), List.copyOf(undiscussed.values()), open, history,
                earlier.isEmpty() ? null : earlier.get(0).id(), seen));
    }

    private StoredMeeting change(String id, Optional<Long> ifMatch, Optional<String> requestKey,
                                 Function<Meeting, Meeting.Change> command) {
        StoredMeeting stored = existing(id);
        if (requestKey.isPresent() && stored.appliedRequestKeys().contains(requestKey.get())) {
            return stored;
        }
        checkVersion(stored, ifMatch);
        return write(stored, command.apply(stored.meeting()), requestKey);
    }

    private static void checkVersion(StoredMeeting stored, Optional<Long> ifMatch) {
        if (ifMatch.isPresent() && ifMatch.get() != stored.version()) {
            throw new VersionConflict("meeting " + stored.meeting().id(), stored.version());
        }
    }

    private StoredMeeting write(StoredMeeting stored, Meeting.Change change, Optional<String> requestKey) {
        Instant now = clock.instant();
        if (!store.update(change.meeting(), stored.version(), contract.meetingEntries(change.events(), now),
                requestKey.orElse(null), now)) {
            throw new VersionConflict("meeting " + change.meeting().id(),
                    store.find(change.meeting().id()).map(StoredMeeting::version).orElse(stored.version()));
        }
        if (!change.events().isEmpty()) {
            publication.eventsStored();
        }
        List<String> applied = new ArrayList<>(stored.appliedRequestKeys());
        requestKey.ifPresent(applied::add);
        return new StoredMeeting(change.meeting(), stored.version() + 1, applied);
    }
}
