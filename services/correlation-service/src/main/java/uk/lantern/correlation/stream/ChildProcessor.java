package uk.lantern.correlation.stream;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import uk.lantern.correlation.mace.MaceEntries;
import uk.lantern.correlation.patterns.Alert;
import uk.lantern.correlation.patterns.AlertCode;
import uk.lantern.correlation.patterns.ChildFact;
import uk.lantern.correlation.patterns.ChildFacts;
import uk.lantern.correlation.patterns.PatternEngine;
import uk.lantern.correlation.patterns.SharedLinks;
import uk.lantern.correlation.profile.ProfileBuilder;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.AlertCleared;
import uk.lantern.schemas.correlation.AlertEvent;
import uk.lantern.schemas.correlation.AlertRaised;
import uk.lantern.schemas.correlation.ChildProfile;

/**
 * The child stage, keyed by Lantern child id: keeps each child's events once, runs the pattern rules when a fact
 * arrives and when the wall clock reaches the child's next deadline, and is the one writer of the child's alerts
 * and profile. Alerts go out with the message that moves them; a child's profile goes out on the next clock tick
 * after it changed, once however many events changed it. A profile also changes with the clock alone (an episode
 * leaves the last 30 days), so when one is built the child is scheduled for the instant its next count would change,
 * in the same schedule as its rules, and rebuilt then with no new event. When records move to another child (a merge, a
 * reviewer's decision) their events travel on with them and what they supported here is cleared.
 */
final class ChildProcessor implements Processor<String, byte[], String, Outbound>, AllOrNothing.Cached {

    static final String STATE = "child-state";
    static final String HISTORY = "child-history";
    static final String SCHEDULE = "child-schedule";
    /** Children whose profile changed since it was last published: published, and taken off, on the next tick. */
    static final String PROFILES_DUE = "child-profiles-due";
    /** How many children's decoded facts and states are kept between messages (caches of their stores). */
    static final int CACHED_CHILDREN = 20_000;
    private static final String ONE_CHILD_NOW = "both records now belong to one child: a link joined child ";

    private final CorrelationSettings settings;
    private final Attempts attempts;
    private final PatternEngine engine;
    private final Set<AlertCode> ruleCodes;
    private final ProfileBuilder profiles;
    private ProcessorContext<String, Outbound> context;
    private ChildStates states;
    private ProfilesDue profilesDue;
    private ChildHistory history;
    private Schedule schedule;
    private final CatchUp catchUp;

    ChildProcessor(CorrelationSettings settings, Attempts attempts) {
        this.settings = settings;
        this.attempts = attempts;
        this.engine = new PatternEngine(settings.patterns());
        this.ruleCodes = engine.codes();
        this.catchUp = new CatchUp(settings.catchUpBehind(), settings.catchUpIdle());
        this.profiles = new ProfileBuilder(settings.patterns(), settings.profile());
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        this.context = context;
        forgetCached();
        context.schedule(settings.clockTick(), PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    /**
     * What this stage keeps in memory over its stores, made afresh from them: when the task starts, and after a
     * failed unit of work, whose writes were undone in the stores but may linger here.
     */
    @Override
    public void forgetCached() {
        this.states = new ChildStates(context.getStateStore(STATE), CACHED_CHILDREN);
        this.history = new ChildHistory(context.getStateStore(HISTORY), CACHED_CHILDREN);
        this.profilesDue = new ProfilesDue(context.getStateStore(PROFILES_DUE));
        this.schedule = new Schedule(context.getStateStore(SCHEDULE));
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String childId = record.key();
        ChildMessage message = InternalJson.read(record.value(), ChildMessage.class);
        ChildState current = read(childId);
        long ts = record.timestamp();
        if (current.mergedInto() != null) {
            // The child was merged away: whatever still arrives for it belongs to the child it joined.
            send(current.mergedInto(), message, ts);
            return;
        }
        if (message.kind() == ChildMessage.Kind.SOURCE_EVENT && current.version() == 0
                && CorrelationTopology.MACE.equals(message.event().topic())) {
            // The panel only knows children from their profiles: an id never seen here is not a child of Lantern's.
            throw new IllegalArgumentException("a MACE event names child " + childId
                    + ", whom the correlation service does not know");
        }
        Instant now = now();
        if (message.kind() == ChildMessage.Kind.SOURCE_EVENT) {
            catchUp.read(message.event().occurredAt(), context.currentSystemTimeMs());
        }
        // Records moving here bring the erasures their child had: an erased record's events on their way are dropped.
        ChildState state = current.withErased(message.erasedBefore());
        ChildState next = switch (message.kind()) {
            case SOURCE_EVENT -> add(state, List.of(message.event()), true, now, ts);
            case RECORDS_ADOPTED -> message.moreToCome() ? adoptPart(state, message.events(), ts)
                    : settleReviewsWith(add(state, message.events(), true, now, ts), message, now, ts);
            case RECORD_MOVED -> remove(state, e -> e.recordId().equals(message.recordId()),
                    message.toChild(), message.reason(), now, ts);
            case MERGED_INTO -> mergeAway(state, message.toChild(), message.reason(), now, ts);
            case ALERT_RAISED -> raiseExternal(state, message.alert(), now, ts);
            case ALERT_CLEARED -> clearExternal(state, message.alertId(), message.reason(), now, ts);
            case ERASED, EPISODE_ERASED -> forget(state, message.erasureToApply(), now, ts);
        };
        if (!next.equals(current)) {
            states.put(childId, next);
        }
    }

    private void tick(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        if (catchUp.catchingUp(wallClockMs)) {
            publishDueProfiles(now, wallClockMs);
            return; // the children changed in a backlog wait on the schedule until it is read
        }
        for (String childId : schedule.takeDue(now)) {
            attempts.attempt("the time rules of child " + childId, childId, () -> {
                ChildState state = read(childId);
                if (state.mergedInto() == null && state.version() > 0) {
                    states.put(childId, evaluate(state, now, wallClockMs, state.profileChangedBy(now)));
                }
            });
        }
        publishDueProfiles(now, wallClockMs);
    }

    /** The child's state; one written before events had their own store has them moved there first. */
    private ChildState read(String childId) {
        ChildState state = states.get(childId);
        if (state == null) {
            return ChildState.empty(childId);
        }
        if (state.unmigratedEvents() != null) {
            state.unmigratedEvents().forEach(e -> history.add(childId, e));
            state = state.withoutUnmigratedEvents();
            states.put(childId, state);
        }
        return state;
    }

    private ChildState add(ChildState state, List<StoredEvent> arriving, boolean last, Instant now, long ts) {
        boolean added = keep(state, arriving, last, ts);
        if (!added && !state.adoptedUnevaluated()) {
            return state; // a redelivery: nothing changes, nothing is published twice
        }
        return evaluate(state, now, ts, true);
    }

    /** A part of a move with more to come: its events are kept, the rules run when the last part arrives. */
    private ChildState adoptPart(ChildState state, List<StoredEvent> arriving, long ts) {
        return keep(state, arriving, false, ts) ? state.withAdoptedUnevaluated() : state;
    }

    /**
     * Keeps the events the child did not have, and sends their sightings on; false when it had them all. An event of
     * a record erased here before it arrived is dropped; on the last part of a move, a record left with no event by
     * that is reported emptied, as {@link #forget} reports one.
     */
    private boolean keep(ChildState state, List<StoredEvent> arriving, boolean last, long ts) {
        String childId = state.childId();
        boolean added = false;
        var dropped = new java.util.LinkedHashMap<String, Erasure>();
        for (StoredEvent event : arriving) {
            var erasure = state.erasureOf(event);
            if (erasure.isPresent()) {
                dropped.putIfAbsent(event.recordId(), erasure.get());
            } else if (history.add(childId, event)) {
                sightings(childId, event, false, ts);
                added = true;
            }
        }
        if (last && !dropped.isEmpty()) {
            var left = recordsOf(history.events(childId));
            dropped.forEach((recordId, erasure) -> {
                if (!left.contains(recordId)) {
                    emptied(childId, recordId, erasure, ts);
                }
            });
        }
        return added;
    }

    private ChildState remove(ChildState state, Predicate<StoredEvent> leaving, String toChild, String reason,
                              Instant now, long ts) {
        var events = history.events(state.childId());
        var moving = events.stream().filter(leaving).toList();
        if (moving.isEmpty()) {
            return state;
        }
        if (moving.size() < events.size() && events.stream().filter(leaving.negate()).allMatch(ChildProcessor::fromMace)) {
            // Only the MACE panel's entries would be left, and they are about no record of a source: the child is the
            // one its records joined, and its entries (and whatever the panel says of it later) go there too.
            return mergeAway(state, toChild, reason, now, ts);
        }
        moving.forEach(e -> sightings(state.childId(), e, true, ts));
        ChildMessage.adopted(moving, null, null, state.erasures()).forEach(part -> send(toChild, part, ts));
        history.remove(state.childId(), moving);
        var open = state.openAlerts();
        if (moving.size() == events.size()) {
            // No record left: nothing can hold an alert here any more, whoever raised it.
            Subject subject = KnownChild.of(state.childId(), events).subject();
            for (AlertRaised alert : open) {
                publishAlert(new AlertCleared(alert.alertId(), alert.code(), state.childId(), now,
                        "the child's records moved to child " + toChild + ": " + reason), state.version() + 1, now,
                        subject, ts);
            }
            open = List.of();
        }
        return evaluate(state.withOpenAlerts(state.version(), open), now, ts, true);
    }

    /**
     * Forgets a record erased at its source (an episode, a case, a register entry, a concern, an assessment): its
     * events leave the history with nothing sent on, their sightings are taken back (so the shared-link stage clears
     * what they alone raised), and the rules run again, clearing what no longer holds; with nothing left, every open
     * alert is cleared and the profile becomes a tombstone on the next tick. The child keeps the erasure, so that an
     * event of the record still on its way here is dropped when it comes. Each identity record (a source's details of
     * the child) left with no event is reported to the identity stage, which forgets it too. An erasure the child
     * had already, or of a record it never held, changes nothing and publishes nothing.
     */
    private ChildState forget(ChildState state, Erasure erasure, Instant now, long ts) {
        var kept = state.withErased(List.of(erasure));
        var events = history.events(state.childId());
        var forgotten = new ArrayList<>(events.stream().filter(erasure::covers).toList());
        if (forgotten.isEmpty()) {
            return kept; // a redelivery, or a record this child never had (or whose events are still on their way)
        }
        var rest = events.stream().filter(e -> !erasure.covers(e)).toList();
        if (!rest.isEmpty() && rest.stream().allMatch(ChildProcessor::fromMace)) {
            // No source's record of the child is left: the MACE panel's entries about it go too (the copy here only
            // served the child's record; mace-service keeps the panel's own, under its own retention).
            forgotten.addAll(rest);
        }
        String reason = erasure.description();
        Subject subject = KnownChild.of(state.childId(), events).subject();
        forgotten.forEach(e -> sightings(state.childId(), e, true, ts));
        history.remove(state.childId(), forgotten);
        var open = kept.openAlerts();
        if (forgotten.size() == events.size()) {
            for (AlertRaised alert : open) {
                publishAlert(new AlertCleared(alert.alertId(), alert.code(), state.childId(), now,
                        "every record of the child was erased: " + reason), state.version() + 1, now, subject, ts);
            }
            open = List.of();
        }
        var left = recordsOf(history.events(state.childId()));
        recordsOf(forgotten).stream().filter(r -> !left.contains(r))
                .filter(r -> !r.startsWith(MaceEntries.SOURCE + "|")) // not a record of the identity index
                .forEach(recordId -> emptied(state.childId(), recordId, erasure, ts));
        return evaluate(kept.withOpenAlerts(kept.version(), open), now, ts, true, "what held it was erased: " + reason);
    }

    /**
     * Tells the identity stage that the child has no event of this record left, after the erasure: it forgets the
     * record unless an event of it has been resolved since (RETENTION.md). Not for an erasure sent before erasures
     * carried their id, which the identity stage cannot match.
     */
    private void emptied(String childId, String recordId, Erasure erasure, long ts) {
        if (erasure.erasureId() == null) {
            return;
        }
        var message = new RecordEmptied(recordId, childId, erasure.erasureId(), erasure.erasedAt());
        var headers = new RecordHeaders();
        headers.add(IdentityProcessor.SOURCE_TOPIC_HEADER, RecordEmptied.ORIGIN.getBytes(UTF_8));
        context.forward(new Record<>(Intake.IDENTITY_KEY,
                new Outbound(Outbound.RECORDS_EMPTIED, InternalJson.bytes(message)), ts, headers));
    }

    private static Set<String> recordsOf(List<StoredEvent> events) {
        var records = new java.util.HashSet<String>();
        events.forEach(e -> records.add(e.recordId()));
        return records;
    }

    private static boolean fromMace(StoredEvent event) {
        return CorrelationTopology.MACE.equals(event.topic());
    }

    private ChildState mergeAway(ChildState state, String toChild, String reason, Instant now, long ts) {
        var events = history.events(state.childId());
        events.forEach(e -> sightings(state.childId(), e, true, ts));
        ChildMessage.adopted(events, state.childId(), state.absorbedChildren(), state.erasures())
                .forEach(part -> send(toChild, part, ts));
        Subject subject = KnownChild.of(state.childId(), events).subject();
        history.remove(state.childId(), events);
        long version = state.version() + 1;
        for (AlertRaised open : state.openAlerts()) {
            if (AlertCode.POSSIBLE_SAME_CHILD.name().equals(open.code())) {
                // The question stays open for a reviewer: it travels with the records to the child they joined.
                send(toChild, ChildMessage.alertRaised(open), ts);
            } else {
                publishAlert(new AlertCleared(open.alertId(), open.code(), state.childId(), now,
                        "records merged into child " + toChild + ": " + reason), version, now, subject, ts);
            }
        }
        schedule.move(state.childId(), state.wakeAt(), null);
        profilesDue.forget(state.childId());
        context.forward(new Record<>(state.childId(), new Outbound(CorrelationTopology.PROFILES, null), ts));
        return new ChildState(state.childId(), version, List.of(), null, toChild);
    }

    /**
     * A child has just been merged into this one, with the children merged into it before: a possible-same-child
     * question between this child and any of them is answered by the links that joined them, so its alert is
     * cleared (the review item stays for a reviewer). The other child of a question may have been merged into a
     * third child before the third was merged here, so the question names a child id that is no longer in use.
     */
    private ChildState settleReviewsWith(ChildState state, ChildMessage adopted, Instant now, long ts) {
        List<String> joined = adopted.absorbedByTheMerge();
        if (joined.isEmpty()) {
            return state;
        }
        var next = state.withAbsorbed(joined);
        var settled = next.openAlerts().stream()
                .filter(a -> AlertCode.POSSIBLE_SAME_CHILD.name().equals(a.code()))
                .filter(a -> joined.contains(a.relatedChildId()))
                .toList();
        for (AlertRaised alert : settled) {
            next = clearExternal(next, alert.alertId(), ONE_CHILD_NOW + adopted.mergedFrom(), now, ts);
        }
        return next;
    }

    /** An alert raised by another stage; raised again with other content, it is an update of the open one. */
    private ChildState raiseExternal(ChildState state, AlertRaised alert, Instant now, long ts) {
        var raised = new AlertRaised(alert.alertId(), alert.code(), alert.severity(), state.childId(),
                alert.evidence(), alert.raisedAt(), alert.dueBy(), alert.actors(), alert.summary(),
                alert.relatedChildId(), alert.relatedChildIds());
        var current = state.openAlerts().stream().filter(a -> a.alertId().equals(alert.alertId())).findFirst();
        if (current.isPresent() && current.get().equals(raised)) {
            return state;
        }
        if (state.isOrAbsorbed(alert.relatedChildId())) {
            // A possible-same-child alert carried here from the other child of its question, or from a child
            // whose question was about a child merged here before: answered.
            var next = state.withOpenAlerts(state.version() + 1, state.openAlerts());
            publishAlert(new AlertCleared(alert.alertId(), alert.code(), state.childId(), now,
                    ONE_CHILD_NOW + alert.childId()), next.version(), now, subject(next.childId()), ts);
            return next;
        }
        var open = new ArrayList<>(state.openAlerts());
        open.removeIf(a -> a.alertId().equals(alert.alertId()));
        open.add(raised);
        var next = state.withOpenAlerts(state.version() + 1, open);
        publishAlert(current.isPresent() ? Alerts.updated(raised) : raised, next.version(), now,
                subject(next.childId()), ts);
        profileChanged(next);
        return next;
    }

    private ChildState clearExternal(ChildState state, String alertId, String reason, Instant now, long ts) {
        var cleared = state.openAlerts().stream().filter(a -> a.alertId().equals(alertId)).findFirst();
        if (cleared.isEmpty()) {
            return state;
        }
        var open = state.openAlerts().stream().filter(a -> !a.alertId().equals(alertId)).toList();
        var next = state.withOpenAlerts(state.version() + 1, open);
        publishAlert(new AlertCleared(alertId, cleared.get().code(), state.childId(), now, reason), next.version(),
                now, subject(next.childId()), ts);
        profileChanged(next);
        return next;
    }

    /** Runs the rules; publishes what they raise and clear; the profile is due when {@code changed} or alerts moved. */
    private ChildState evaluate(ChildState state, Instant now, long ts, boolean changed) {
        return evaluate(state, now, ts, changed, "the facts that ended it arrived");
    }

    /** As {@link #evaluate(ChildState, Instant, long, boolean)}, saying why a rule's alert cleared. */
    private ChildState evaluate(ChildState state, Instant now, long ts, boolean changed, String clearReason) {
        if (catchUp.catchingUp(context.currentSystemTimeMs())) {
            return deferred(state, changed);
        }
        ChildFacts facts = history.child(state.childId()).facts();
        state.erasures().stream().filter(Erasure::ofInterviewCase).forEach(e -> facts.interviewCaseErased(e.id()));
        List<Alert> openRules = state.openAlerts().stream()
                .filter(a -> ruleCodes.contains(AlertCode.valueOf(a.code())))
                .map(Alerts::rule)
                .toList();
        var evaluation = engine.evaluate(facts, openRules, now);
        var open = new ArrayList<>(state.openAlerts());
        long version = state.version() + 1;
        boolean alertsMoved = !evaluation.raise().isEmpty() || !evaluation.clear().isEmpty()
                || !evaluation.update().isEmpty();
        // Who the child is, for the alert envelopes: worked out only when an alert goes out.
        Subject subject = alertsMoved ? history.child(state.childId()).subject() : null;
        for (Alert cleared : evaluation.clear()) {
            open.removeIf(a -> a.alertId().equals(cleared.id()));
            publishAlert(new AlertCleared(cleared.id(), cleared.code().name(), state.childId(), now, clearReason),
                    version, now, subject, ts);
        }
        for (Alert raised : evaluation.raise()) {
            var published = Alerts.published(raised);
            open.add(published);
            publishAlert(published, version, now, subject, ts);
        }
        for (Alert updated : evaluation.update()) {
            var published = Alerts.published(updated);
            open.replaceAll(a -> a.alertId().equals(updated.id()) ? published : a);
            publishAlert(Alerts.updated(published), version, now, subject, ts);
        }
        Instant next = evaluation.nextEvaluationAt().orElse(null);
        if (!changed && !alertsMoved) {
            var result = state.withNextEvaluationAt(next);
            schedule.move(state.childId(), state.wakeAt(), result.wakeAt());
            return result;
        }
        // The profile is due: when it next changes with the clock is worked out as it is built.
        var result = new ChildState(state.childId(), version, open, next, null, null, null, state.absorbed(), null,
                state.erased());
        schedule.move(state.childId(), state.wakeAt(), result.wakeAt());
        profileChanged(result);
        return result;
    }

    /**
     * Reading a backlog: the child is due on the schedule at once, and the tick evaluates it when the backlog has been
     * read; its alerts stay as they are until then. A changed child's profile still goes out (it is built from facts).
     */
    private ChildState deferred(ChildState state, boolean changed) {
        var result = changed
                ? new ChildState(state.childId(), state.version() + 1, state.openAlerts(), BACKLOG, null, null, null,
                        state.absorbed(), null, state.erased())
                : state.withNextEvaluationAt(BACKLOG);
        schedule.move(state.childId(), state.wakeAt(), result.wakeAt());
        if (changed) {
            profileChanged(result);
        }
        return result;
    }

    /** Where a child changed in a backlog waits on the schedule: due at once, taken when the backlog is read. */
    private static final Instant BACKLOG = Instant.EPOCH;

    private void profileChanged(ChildState state) {
        profilesDue.changed(state.childId(), state.version());
    }

    /** Publishes the profile of every child changed since the last tick, each once. */
    private void publishDueProfiles(Instant now, long ts) {
        for (String childId : profilesDue.take()) {
            attempts.attempt("the profile of child " + childId, childId, () -> {
                ChildState state = read(childId);
                if (state.mergedInto() == null) {
                    publishProfile(state, now, ts);
                }
            });
        }
    }

    private void publishProfile(ChildState state, Instant now, long ts) {
        KnownChild child = history.child(state.childId());
        if (child.isEmpty()) {
            // Every record moved away: the child is gone from the profiles (a tombstone) until one comes back.
            nextProfileChange(state, null);
            context.forward(new Record<>(state.childId(), new Outbound(CorrelationTopology.PROFILES, null), ts));
            return;
        }
        var flags = state.openAlerts().stream()
                .map(a -> new ChildProfile.OpenFlag(a.alertId(), a.code(), a.severity(), a.raisedAt(), a.dueBy()))
                .toList();
        ChildProfile profile = profiles.build(state.childId(), state.version(), now, child.records(), child.facts(),
                flags, child.subject().postcode());
        nextProfileChange(state, profiles.nextChange(child.facts(), now).orElse(null));
        byte[] json = InternalJson.bytes(profile);
        if (json.length > settings.profileMaxBytes()) {
            // Sent, it would stop the topology for every child; held back, the child's last profile stays readable.
            tooLarge(profile, json.length, ts);
            return;
        }
        context.forward(new Record<>(state.childId(), new Outbound(CorrelationTopology.PROFILES, json), ts));
    }

    /**
     * Schedules the child for when the profile just built would next change with no new event: the tick then runs
     * its rules and publishes the profile again (a new version). A child with nothing timed ahead has no slot for it.
     */
    private void nextProfileChange(ChildState state, Instant at) {
        var next = state.withProfileChangesAt(at);
        if (!next.equals(state)) {
            schedule.move(state.childId(), state.wakeAt(), next.wakeAt());
            states.put(state.childId(), next);
        }
    }

    private void tooLarge(ChildProfile profile, int size, long ts) {
        String reason = "profile of child " + profile.childId() + " version " + profile.version() + " is " + size
                + " bytes, over lantern.correlation.profile-max-bytes (" + settings.profileMaxBytes()
                + "): not published; the last one published stays";
        var headers = new RecordHeaders();
        headers.add(IdentityProcessor.SOURCE_TOPIC_HEADER, CorrelationTopology.PROFILES.getBytes(UTF_8));
        headers.add(IdentityProcessor.REASON_HEADER, reason.getBytes(UTF_8));
        var summary = new ProfileHeldBack(profile.childId(), profile.version(), size, settings.profileMaxBytes(),
                profile.records().size(), profile.episodes().size());
        context.forward(new Record<>(profile.childId(),
                new Outbound(CorrelationTopology.DEAD_LETTERS, InternalJson.bytes(summary)), ts, headers));
    }

    /** What the dead-letter topic says of a profile too large to publish (the profile itself would be too). */
    record ProfileHeldBack(String childId, long version, int bytes, int maxBytes, int records, int episodes) {
    }

    private void publishAlert(AlertEvent event, long version, Instant now, Subject subject, long ts) {
        context.forward(new Record<>(event.childId(), new Outbound(CorrelationTopology.ALERTS,
                Alerts.envelope(namingTheWorker(event), version, now, subject)), ts));
    }

    /**
     * An alert raised or updated names the child's allocated social worker and team where the child's records know
     * them (the profile's allocation: the latest any source recorded), in its words and its {@code allocatedWorker}.
     */
    private AlertEvent namingTheWorker(AlertEvent event) {
        if (event instanceof AlertCleared) {
            return event;
        }
        var allocation = ProfileBuilder.allocation(history.child(event.childId()).facts());
        return allocation.map(a -> Alerts.namingTheWorker(event, new AllocatedWorker(a.name(), a.team())))
                .orElse(event);
    }

    private void sightings(String childId, StoredEvent event, boolean withdrawn, long ts) {
        if (event.fact() == null) {
            return;
        }
        ChildFact fact = ChildHistory.fact(event);
        // A withdrawal takes back whatever the event could have added, whatever the child's postcodes were then.
        var sightings = withdrawn ? SharedLinks.sightingsOf(childId, fact, settings.patterns().zone())
                : SharedLinks.linkSightingsOf(childId, fact, settings.patterns().zone(),
                        settings.patterns().sharedLinks(), history.child(childId).postcodes());
        for (var sighting : sightings) {
            var key = sighting.key().kind() + ":" + sighting.key().value();
            var message = new LinkMessage(withdrawn, sighting.key().kind().name(), sighting.key().value(), childId,
                    sighting.eventId(), sighting.at(), sighting.label());
            context.forward(new Record<>(key, new Outbound(Outbound.LINK_SIGHTINGS, InternalJson.bytes(message)),
                    ts));
        }
    }

    private void send(String childId, ChildMessage message, long ts) {
        context.forward(new Record<>(childId, new Outbound(CorrelationTopology.CHILD_EVENTS,
                InternalJson.bytes(message)), ts));
    }

    private Subject subject(String childId) {
        return history.child(childId).subject();
    }

    private Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }
}
