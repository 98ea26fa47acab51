package uk.lantern.mace.action.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import uk.lantern.mace.action.domain.Action;
import uk.lantern.mace.meeting.application.MaceMetrics;
import uk.lantern.mace.meeting.application.MaceSettings;
import uk.lantern.mace.messaging.MaceEventContract;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.support.problems.NotFound;
import uk.lantern.support.problems.VersionConflict;

/** Actions done (with evidence) or cancelled (with a reason) between meetings. */
@Service
public class ActionService {

    private final ActionStore store;
    private final MaceEventContract contract;
    private final EventPublication publication;
    private final MaceMetrics metrics;
    private final MaceSettings settings;
    private final Clock clock;

    public ActionService(ActionStore store, MaceEventContract contract, EventPublication publication, MaceMetrics metrics,
                         MaceSettings settings, Clock clock) {
        this.store = store;
        this.contract = contract;
        this.publication = publication;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    public ActionStore.StoredAction existing(String id) {
        return store.find(id).orElseThrow(() -> new NotFound("action " + id));
    }

    public List<Action> ofChild(String childId) {
        return store.ofChild(childId);
    }

    public ActionStore.StoredAction done(String id, String evidence, LocalDate doneOn, Optional<Long> ifMatch,
                                         Optional<String> requestKey) {
        LocalDate on = doneOn != null ? doneOn : LocalDate.now(clock.withZone(settings.zone()));
        return change(id, ifMatch, requestKey, a -> a.done(evidence, on), "done");
    }

    public ActionStore.StoredAction cancel(String id, String reason, Optional<Long> ifMatch, Optional<String> requestKey) {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        return change(id, ifMatch, requestKey, a -> a.cancel(reason, today), "cancelled");
    }

    private ActionStore.StoredAction change(String id, Optional<Long> ifMatch, Optional<String> requestKey,
                                            Function<Action, Action.Change> command, String metric) {
        ActionStore.StoredAction stored = existing(id);
        if (requestKey.isPresent() && stored.appliedRequestKeys().contains(requestKey.get())) {
            return stored;
        }
        if (ifMatch.isPresent() && ifMatch.get() != stored.version()) {
            throw new VersionConflict("action " + id, stored.version());
        }
        Action.Change change = command.apply(stored.action());
        Instant now = clock.instant();
        if (!store.update(change.action(), stored.version(), contract.actionEntries(change.events(), now),
                requestKey.orElse(null), now)) {
            throw new VersionConflict("action " + id, store.find(id).map(ActionStore.StoredAction::version)
                    .orElse(stored.version()));
        }
        publication.eventsStored();
        metrics.action(metric);
        return new ActionStore.StoredAction(change.action(), stored.version() + 1, stored.appliedRequestKeys());
    }
}
