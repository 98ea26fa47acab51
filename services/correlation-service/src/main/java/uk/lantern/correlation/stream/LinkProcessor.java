package uk.lantern.correlation.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import uk.lantern.correlation.patterns.Alert;
import uk.lantern.correlation.patterns.SharedLinks;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.HotspotEnded;
import uk.lantern.schemas.correlation.HotspotEvent;
import uk.lantern.schemas.correlation.HotspotReported;

/**
 * The shared-link stage, keyed by a normalised associate or place ({@code PHONE:447700900123}): every child seen with
 * the key meets here, so SHARED_ASSOCIATE and SHARED_LOCATION are decided where all the evidence is. What it raises
 * and clears goes to the children's tasks, which publish it.
 *
 * <p>A key keeps only the sightings of the last two windows: a link is decided on the sightings in the window, and a
 * run that began in it on the window before. Without that a busy place (a station, a children's home) would gather
 * sightings for years, each message would cost more than the last, and in the end the key's state would outgrow
 * what the broker takes (the stage would stop for every key). A run older than the sightings kept keeps the start
 * and evidence it was raised with. A key with nothing left is deleted at its last deadline.
 */
final class LinkProcessor implements Processor<String, byte[], String, Outbound>, AllOrNothing.Cached {

    static final String STATE = "link-state";
    static final String SCHEDULE = "link-schedule";

    private final CorrelationSettings settings;
    private final Attempts attempts;
    private ProcessorContext<String, Outbound> context;
    private KeyValueStore<String, LinkState> states;
    private Schedule schedule;
    private final CatchUp catchUp;

    LinkProcessor(CorrelationSettings settings, Attempts attempts) {
        this.settings = settings;
        this.attempts = attempts;
        this.catchUp = new CatchUp(settings.catchUpBehind(), settings.catchUpIdle());
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        this.context = context;
        this.states = context.getStateStore(STATE);
        forgetCached();
        context.schedule(settings.clockTick(), PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    /** The schedule's place in its store, read again from the start (after a failed unit of work). */
    @Override
    public void forgetCached() {
        this.schedule = new Schedule(context.getStateStore(SCHEDULE));
    }

    @Override
    public void process(Record<String, byte[]> record) {
        LinkMessage message = InternalJson.read(record.value(), LinkMessage.class);
        LinkState state = states.get(record.key());
        var sightings = new ArrayList<>(state == null ? List.<SharedLinks.Sighting>of() : state.sightings());
        var sighting = new SharedLinks.Sighting(new SharedLinks.LinkKey(
                SharedLinks.LinkKey.Kind.valueOf(message.kind()), message.value()), message.childId(),
                message.eventId(), message.at(), message.label());
        boolean changed = message.withdrawn()
                ? sightings.removeIf(s -> s.eventId().equals(sighting.eventId())
                        && s.childId().equals(sighting.childId()))
                : !sightings.contains(sighting) && sightings.add(sighting);
        catchUp.read(message.at(), context.currentSystemTimeMs());
        if (!changed) {
            return;
        }
        var next = new LinkState(sightings, state == null ? List.of() : state.openAlerts(),
                state == null ? null : state.nextEvaluationAt(), state == null ? null : state.hotspotId());
        if (catchUp.catchingUp(context.currentSystemTimeMs())) {
            // A backlog: the key is evaluated once it is read (a place seen with 26 children is then a hotspot, not
            // 25 pairwise alerts raised on the way and cleared at the 26th).
            schedule.move(record.key(), next.nextEvaluationAt(), BACKLOG);
            save(record.key(), new LinkState(next.sightings(), next.openAlerts(), BACKLOG, next.hotspotId()));
            return;
        }
        save(record.key(), evaluate(record.key(), next, now(), record.timestamp()));
    }

    /** Where a key changed in a backlog waits on the schedule: due at once, taken when the backlog is read. */
    private static final Instant BACKLOG = Instant.EPOCH;

    private void save(String key, LinkState state) {
        if (state.sightings().isEmpty() && state.openAlerts().isEmpty() && state.nextEvaluationAt() == null
                && state.hotspotId() == null) {
            states.delete(key);
        } else {
            states.put(key, state);
        }
    }

    private void tick(long wallClockMs) {
        if (catchUp.catchingUp(wallClockMs)) {
            return;
        }
        for (String key : schedule.takeDue(Instant.ofEpochMilli(wallClockMs))) {
            attempts.attempt("the links of " + key, key, () -> {
                LinkState state = states.get(key);
                if (state != null) {
                    save(key, evaluate(key, state, Instant.ofEpochMilli(wallClockMs), wallClockMs));
                }
            });
        }
    }

    private LinkState evaluate(String key, LinkState state, Instant now, long ts) {
        var window = settings.patterns().window(settings.patterns().sharedLinks().window());
        Instant keptFrom = window.before(window.before(now));
        var sightings = state.sightings().stream().filter(s -> !s.at().isBefore(keptFrom)).toList();
        var links = new SharedLinks(settings.patterns());
        sightings.forEach(links::add);
        var children = new TreeSet<String>();
        sightings.forEach(s -> children.add(s.childId()));
        state.openAlerts().forEach(a -> children.add(a.childId()));
        var open = new ArrayList<>(state.openAlerts());
        Instant next = null;
        for (String childId : children) {
            var evaluation = links.evaluate(childId,
                    state.openAlerts().stream().filter(a -> a.childId().equals(childId)).toList(), now);
            var clears = new ArrayList<>(evaluation.clear());
            var raises = new ArrayList<>(evaluation.raise());
            // One key holds at most one run per child: a run whose start moved (a sighting delivered late) is the
            // same link, so it keeps its alert id and is updated, rather than cleared and raised again.
            while (!clears.isEmpty() && !raises.isEmpty()) {
                Alert before = clears.remove(0);
                Alert current = raises.remove(0);
                if (before.raisedAt().isBefore(window.after(keptFrom))) {
                    continue; // begun before the sightings kept: its start cannot be worked out again, so it stays
                }
                Alert kept = new Alert(before.id(), current.code(), current.severity(), current.childId(),
                        current.evidence(), current.raisedAt(), current.dueBy(), current.actors(), current.summary(),
                        current.relatedChildren());
                open.replaceAll(a -> a.id().equals(before.id()) ? kept : a);
                send(childId, ChildMessage.alertRaised(Alerts.published(kept)), ts);
            }
            for (Alert cleared : clears) {
                open.removeIf(a -> a.id().equals(cleared.id()));
                send(childId, ChildMessage.alertCleared(cleared.id(),
                        "fewer than two children seen with " + key + " in the window"), ts);
            }
            for (Alert raised : raises) {
                open.add(raised);
                send(childId, ChildMessage.alertRaised(Alerts.published(raised)), ts);
            }
            for (Alert updated : evaluation.update()) {
                open.replaceAll(a -> a.id().equals(updated.id()) ? updated : a);
                send(childId, ChildMessage.alertRaised(Alerts.published(updated)), ts);
            }
            Instant at = evaluation.nextEvaluationAt().orElse(null);
            if (at != null && (next == null || at.isBefore(next))) {
                next = at;
            }
        }
        var hotspot = hotspot(key, state.hotspotId(), links, now, ts);
        var hotspotChange = hotspot.nextChange().orElse(null);
        if (hotspotChange != null && (next == null || hotspotChange.isBefore(next))) {
            next = hotspotChange;
        }
        if (next == null && !sightings.isEmpty()) {
            // Nothing changes before the last sighting leaves what is kept: look again then, to delete the key.
            next = window.after(window.after(sightings.stream().map(SharedLinks.Sighting::at)
                    .max(Instant::compareTo).orElseThrow())).plusMillis(1);
        }
        schedule.move(key, state.nextEvaluationAt(), next);
        return new LinkState(sightings, open, next, hotspot.hotspotId());
    }

    private record HotspotNow(String hotspotId, java.util.Optional<Instant> nextChange) {
    }

    /**
     * A key seen with more children in the window than the setting allows is reported once as a hotspot (its id from
     * the key and the first sighting of the window it became one in), and reported ended when it is no longer one.
     */
    private HotspotNow hotspot(String key, String reported, SharedLinks links, Instant now, long ts) {
        var linkKey = linkKey(key);
        var at = links.hotspot(linkKey, now);
        if (at.hotspot().isPresent() && reported == null) {
            var hotspot = at.hotspot().get();
            var id = UUID.nameUUIDFromBytes((key + "\n" + hotspot.firstSeen()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            publishHotspot(key, new HotspotReported(id, linkKey.kind().name(), linkKey.value(), hotspot.children(),
                    hotspot.firstSeen(), hotspot.lastSeen(), hotspot.summary(settings.patterns().zone())), now, ts);
            return new HotspotNow(id, at.nextChange());
        }
        if (at.hotspot().isEmpty() && reported != null) {
            publishHotspot(key, new HotspotEnded(reported, linkKey.kind().name(), linkKey.value(), now), now, ts);
            return new HotspotNow(null, at.nextChange());
        }
        return new HotspotNow(reported, at.nextChange());
    }

    private static SharedLinks.LinkKey linkKey(String key) {
        int colon = key.indexOf(':');
        return new SharedLinks.LinkKey(SharedLinks.LinkKey.Kind.valueOf(key.substring(0, colon)),
                key.substring(colon + 1));
    }

    private void publishHotspot(String key, HotspotEvent event, Instant now, long ts) {
        String type = event.getClass().getSimpleName();
        var id = UUID.nameUUIDFromBytes((type + "\n" + event.hotspotId()).getBytes(StandardCharsets.UTF_8));
        Instant occurred = event instanceof HotspotEnded ended ? ended.endedAt() : now;
        var envelope = new Envelope<>(id, type, 1, occurred, now, "correlation-service",
                new Subject(null, null, null, null, null, null, null, null, null), event);
        context.forward(new Record<>(key, new Outbound(CorrelationTopology.HOTSPOTS, CODEC.encode(envelope)), ts));
    }

    private static final EventCodec CODEC = new EventCodec();

    private void send(String childId, ChildMessage message, long ts) {
        context.forward(new Record<>(childId, new Outbound(CorrelationTopology.CHILD_EVENTS,
                InternalJson.bytes(message)), ts));
    }

    private Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }
}
