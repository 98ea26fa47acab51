package uk.lantern.correlation.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import uk.lantern.correlation.patterns.Alert;
import uk.lantern.correlation.patterns.AlertCode;
import uk.lantern.correlation.patterns.ChildFact;
import uk.lantern.correlation.patterns.ChildFacts;
import uk.lantern.correlation.patterns.PatternEngine;
import uk.lantern.correlation.patterns.SharedLinks;
import uk.lantern.correlation.profile.MaceScore;
import uk.lantern.correlation.profile.ProfileBuilder;
import uk.lantern.correlation.profile.SourceRecord;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.AlertCleared;
import uk.lantern.schemas.correlation.AlertRaised;
import uk.lantern.schemas.correlation.ChildProfile;

/**
 * The child stage, keyed by Lantern child id: keeps each child's events once, runs the pattern rules when a fact
 * arrives and when the wall clock reaches the child's next deadline, and is the one writer of the child's alerts
 * and profile. When records move to another child (a merge, a reviewer's decision) their events travel on with
 * them and what they supported here is cleared.
 */
final class ChildProcessor implements Processor<String, byte[], String, Outbound> {

    static final String STATE = "child-state";
    static final String SCHEDULE = "child-schedule";

    private final CorrelationSettings settings;
    private final PatternEngine engine;
    private final Set<AlertCode> ruleCodes;
    private final ProfileBuilder profiles;
    private ProcessorContext<String, Outbound> context;
    private KeyValueStore<String, ChildState> states;
    private Schedule schedule;

    ChildProcessor(CorrelationSettings settings) {
        this.settings = settings;
        this.engine = new PatternEngine(settings.patterns());
        this.ruleCodes = engine.codes();
        this.profiles = new ProfileBuilder(settings.patterns(), MaceScore.defaults());
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        this.context = context;
        this.states = context.getStateStore(STATE);
        this.schedule = new Schedule(context.getStateStore(SCHEDULE));
        context.schedule(settings.clockTick(), PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String childId = record.key();
        ChildMessage message = InternalJson.read(record.value(), ChildMessage.class);
        ChildState state = Objects.requireNonNullElseGet(states.get(childId), () -> ChildState.empty(childId));
        long ts = record.timestamp();
        if (state.mergedInto() != null) {
            // The child was merged away: whatever still arrives for it belongs to the child it joined.
            send(state.mergedInto(), message, ts);
            return;
        }
        Instant now = now();
        switch (message.kind()) {
            case SOURCE_EVENT -> state = add(state, List.of(message.event()), now, ts);
            case RECORDS_ADOPTED -> state = add(state, message.events(), now, ts);
            case RECORD_MOVED -> state = remove(state, e -> e.recordId().equals(message.recordId()),
                    message.toChild(), message.reason(), now, ts);
            case MERGED_INTO -> state = mergeAway(state, message.toChild(), message.reason(), now, ts);
            case ALERT_RAISED -> state = raiseExternal(state, message.alert(), now, ts);
            case ALERT_CLEARED -> state = clearExternal(state, message.alertId(), message.reason(), now, ts);
        }
        states.put(childId, state);
    }

    private void tick(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        for (String childId : schedule.takeDue(now)) {
            ChildState state = states.get(childId);
            if (state != null && state.mergedInto() == null) {
                states.put(childId, evaluate(state, now, wallClockMs, false));
            }
        }
    }

    private ChildState add(ChildState state, List<StoredEvent> arriving, Instant now, long ts) {
        var known = new LinkedHashMap<String, StoredEvent>();
        state.events().forEach(e -> known.put(e.eventId(), e));
        var added = new ArrayList<StoredEvent>();
        for (StoredEvent event : arriving) {
            if (known.putIfAbsent(event.eventId(), event) == null) {
                added.add(event);
            }
        }
        if (added.isEmpty()) {
            return state; // a redelivery: nothing changes, nothing is published twice
        }
        for (StoredEvent event : added) {
            sightings(state.childId(), event, false, ts);
        }
        var next = new ChildState(state.childId(), state.version(), List.copyOf(known.values()), state.openAlerts(),
                state.nextEvaluationAt(), null);
        return evaluate(next, now, ts, true);
    }

    private ChildState remove(ChildState state, Predicate<StoredEvent> leaving, String toChild, String reason,
                              Instant now, long ts) {
        var moving = state.events().stream().filter(leaving).toList();
        if (moving.isEmpty()) {
            return state;
        }
        moving.forEach(e -> sightings(state.childId(), e, true, ts));
        send(toChild, ChildMessage.adopted(moving), ts);
        var staying = state.events().stream().filter(leaving.negate()).toList();
        var open = state.openAlerts();
        if (staying.isEmpty()) {
            // No record left: nothing can hold an alert here any more, whoever raised it.
            for (AlertRaised alert : open) {
                publishAlert(new AlertCleared(alert.alertId(), alert.code(), state.childId(), now,
                        "the child's records moved to child " + toChild + ": " + reason), state.version() + 1, now,
                        subject(state), ts);
            }
            open = List.of();
        }
        var next = new ChildState(state.childId(), state.version(), staying, open, state.nextEvaluationAt(), null);
        return evaluate(next, now, ts, true);
    }

    private ChildState mergeAway(ChildState state, String toChild, String reason, Instant now, long ts) {
        state.events().forEach(e -> sightings(state.childId(), e, true, ts));
        if (!state.events().isEmpty()) {
            send(toChild, ChildMessage.adopted(state.events()), ts);
        }
        Subject subject = subject(state);
        long version = state.version() + 1;
        for (AlertRaised open : state.openAlerts()) {
            publishAlert(new AlertCleared(open.alertId(), open.code(), state.childId(), now,
                    "records merged into child " + toChild + ": " + reason), version, now, subject, ts);
        }
        schedule.move(state.childId(), state.nextEvaluationAt(), null);
        context.forward(new Record<>(state.childId(), new Outbound(CorrelationTopology.PROFILES, null), ts));
        return new ChildState(state.childId(), version, List.of(), List.of(), null, toChild);
    }

    /** An alert raised by another stage; raised again with other content, it is an update of the open one. */
    private ChildState raiseExternal(ChildState state, AlertRaised alert, Instant now, long ts) {
        var raised = new AlertRaised(alert.alertId(), alert.code(), alert.severity(), state.childId(),
                alert.evidence(), alert.raisedAt(), alert.dueBy(), alert.actors(), alert.summary(),
                alert.relatedChildId());
        var current = state.openAlerts().stream().filter(a -> a.alertId().equals(alert.alertId())).findFirst();
        if (current.isPresent() && current.get().equals(raised)) {
            return state;
        }
        var open = new ArrayList<>(state.openAlerts());
        open.removeIf(a -> a.alertId().equals(alert.alertId()));
        open.add(raised);
        var next = new ChildState(state.childId(), state.version() + 1, state.events(), open,
                state.nextEvaluationAt(), null);
        publishAlert(current.isPresent() ? Alerts.updated(raised) : raised, next.version(), now, subject(next), ts);
        publishProfile(next, now, ts);
        return next;
    }

    private ChildState clearExternal(ChildState state, String alertId, String reason, Instant now, long ts) {
        var cleared = state.openAlerts().stream().filter(a -> a.alertId().equals(alertId)).findFirst();
        if (cleared.isEmpty()) {
            return state;
        }
        var open = state.openAlerts().stream().filter(a -> !a.alertId().equals(alertId)).toList();
        var next = new ChildState(state.childId(), state.version() + 1, state.events(), open,
                state.nextEvaluationAt(), null);
        publishAlert(new AlertCleared(alertId, cleared.get().code(), state.childId(), now, reason), next.version(),
                now, subject(next), ts);
        publishProfile(next, now, ts);
        return next;
    }

    /** Runs the rules; publishes what they raise and clear, and the profile when {@code changed} or alerts moved. */
    private ChildState evaluate(ChildState state, Instant now, long ts, boolean changed) {
        ChildFacts facts = ChildFacts.of(state.childId(), facts(state));
        List<Alert> openRules = state.openAlerts().stream()
                .filter(a -> ruleCodes.contains(AlertCode.valueOf(a.code())))
                .map(Alerts::rule)
                .toList();
        var evaluation = engine.evaluate(facts, openRules, now);
        var open = new ArrayList<>(state.openAlerts());
        long version = state.version() + 1;
        Subject subject = subject(state);
        for (Alert cleared : evaluation.clear()) {
            open.removeIf(a -> a.alertId().equals(cleared.id()));
            publishAlert(new AlertCleared(cleared.id(), cleared.code().name(), state.childId(), now,
                    "the facts that ended it arrived"), version, now, subject, ts);
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
        schedule.move(state.childId(), state.nextEvaluationAt(), next);
        boolean alertsMoved = !evaluation.raise().isEmpty() || !evaluation.clear().isEmpty()
                || !evaluation.update().isEmpty();
        if (!changed && !alertsMoved) {
            return new ChildState(state.childId(), state.version(), state.events(), state.openAlerts(), next, null);
        }
        var result = new ChildState(state.childId(), version, state.events(), open, next, null);
        publishProfile(result, facts, now, ts);
        return result;
    }

    private void publishProfile(ChildState state, Instant now, long ts) {
        publishProfile(state, ChildFacts.of(state.childId(), facts(state)), now, ts);
    }

    private void publishProfile(ChildState state, ChildFacts facts, Instant now, long ts) {
        if (state.events().isEmpty()) {
            // Every record moved away: the child is gone from the profiles (a tombstone) until one comes back.
            context.forward(new Record<>(state.childId(), new Outbound(CorrelationTopology.PROFILES, null), ts));
            return;
        }
        var records = new LinkedHashMap<String, SourceRecord>();
        state.events().forEach(e -> records.putIfAbsent(e.recordId(),
                new SourceRecord(e.recordId(), e.source(), e.subject())));
        var chronology = state.events().stream()
                .map(e -> new ChildProfile.ChronologyEntry(e.eventId(), e.source(), e.eventType(), e.occurredAt(),
                        e.recordedAt(), e.recordId()))
                .toList();
        var flags = state.openAlerts().stream()
                .map(a -> new ChildProfile.OpenFlag(a.alertId(), a.code(), a.severity(), a.raisedAt(), a.dueBy()))
                .toList();
        ChildProfile profile = profiles.build(state.childId(), state.version(), now, List.copyOf(records.values()),
                facts, chronology, flags);
        context.forward(new Record<>(state.childId(),
                new Outbound(CorrelationTopology.PROFILES, InternalJson.bytes(profile)), ts));
    }

    private void publishAlert(uk.lantern.schemas.correlation.AlertEvent event, long version, Instant now,
                              Subject subject, long ts) {
        context.forward(new Record<>(event.childId(),
                new Outbound(CorrelationTopology.ALERTS, Alerts.envelope(event, version, now, subject)), ts));
    }

    private void sightings(String childId, StoredEvent event, boolean withdrawn, long ts) {
        if (event.fact() == null) {
            return;
        }
        ChildFact fact = FactCodec.fact(event.factType(), event.fact());
        for (var sighting : SharedLinks.sightingsOf(childId, fact, settings.patterns().zone())) {
            var key = sighting.key().kind() + ":" + sighting.key().value();
            var message = new LinkMessage(withdrawn, sighting.key().kind().name(), sighting.key().value(), childId,
                    sighting.eventId(), sighting.at());
            context.forward(new Record<>(key, new Outbound(Outbound.LINK_SIGHTINGS, InternalJson.bytes(message)),
                    ts));
        }
    }

    private void send(String childId, ChildMessage message, long ts) {
        context.forward(new Record<>(childId, new Outbound(CorrelationTopology.CHILD_EVENTS,
                InternalJson.bytes(message)), ts));
    }

    private static List<ChildFact> facts(ChildState state) {
        return state.events().stream()
                .filter(e -> e.fact() != null)
                .map(e -> FactCodec.fact(e.factType(), e.fact()))
                .toList();
    }

    /** The child as the alert envelopes name it: each field from the most recently recorded event holding it. */
    static Subject subject(ChildState state) {
        var events = state.events().stream()
                .sorted(Comparator.comparing(StoredEvent::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed())
                .map(StoredEvent::subject)
                .filter(Objects::nonNull)
                .toList();
        return new Subject(first(events, Subject::localAuthorityPersonId), first(events, Subject::nhsNumber),
                first(events, Subject::upn), first(events, Subject::policePersonId), first(events, Subject::givenName),
                first(events, Subject::familyName), first(events, Subject::dateOfBirth), first(events, Subject::sex),
                first(events, Subject::postcode));
    }

    private static <T> T first(List<Subject> subjects, java.util.function.Function<Subject, T> field) {
        return subjects.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }

}
