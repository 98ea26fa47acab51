package uk.lantern.mace.action.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.lantern.mace.action.domain.Action;
import uk.lantern.support.outbox.OutboxEntry;

/** Where actions and their unpublished events are kept, one document each. */
public interface ActionStore {

    record StoredAction(Action action, long version, List<String> appliedRequestKeys) {
    }

    /** False if an action with this id already exists. */
    boolean insert(Action action, List<OutboxEntry> events, Instant now);

    boolean update(Action action, long expectedVersion, List<OutboxEntry> events, String requestKey, Instant now);

    Optional<StoredAction> find(String id);

    List<Action> find(Collection<String> ids);

    List<Action> open();

    List<Action> ofChild(String childId);

    List<Action> against(String field, String id);
}
