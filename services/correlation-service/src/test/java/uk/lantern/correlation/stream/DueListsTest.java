package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The schedule of time rules and the list of profiles due, on real (in-memory) Kafka Streams stores. */
class DueListsTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private final KeyValueStore<String, String> store = store("due");

    @Test
    void aKeyIsTakenOnceWhenItsTimeComesAndNotBefore() {
        var schedule = new Schedule(store);
        schedule.move("child-1", null, T.plusSeconds(10));

        assertThat(schedule.takeDue(T.plusSeconds(9))).isEmpty();
        assertThat(schedule.takeDue(T.plusSeconds(10))).containsExactly("child-1");
        assertThat(schedule.takeDue(T.plusSeconds(11))).isEmpty();
        assertThat(count(store)).isZero();
    }

    @Test
    void aKeyScheduledBeforeTheLastReadIsStillTaken() {
        var schedule = new Schedule(store);
        schedule.move("child-1", null, T.plusSeconds(10));
        assertThat(schedule.takeDue(T.plusSeconds(60))).containsExactly("child-1");

        // Due before the last read (a deadline already past when its event arrived): the next read must find it.
        schedule.move("child-2", null, T.plusSeconds(30));
        schedule.move("child-3", null, T.plusSeconds(61));

        assertThat(schedule.takeDue(T.plusSeconds(62))).containsExactly("child-2", "child-3");
    }

    @Test
    void aMovedKeyIsTakenOnlyAtItsNewTime() {
        var schedule = new Schedule(store);
        schedule.move("child-1", null, T.plusSeconds(10));
        schedule.move("child-1", T.plusSeconds(10), T.plusSeconds(100));

        assertThat(schedule.takeDue(T.plusSeconds(50))).isEmpty();
        assertThat(schedule.takeDue(T.plusSeconds(100))).containsExactly("child-1");
    }

    @Test
    void aScheduleReadAfterARestartFindsWhatWasDueBefore() {
        new Schedule(store).move("child-1", null, T.plusSeconds(10));

        var afterRestart = new Schedule(store);

        assertThat(afterRestart.takeDue(T.plusSeconds(3600))).containsExactly("child-1");
    }

    @Test
    void profilesDueWhenTheTaskStoppedAreTakenAfterItStartsAgain() {
        var before = new ProfilesDue(store);
        before.changed("child-1", 3);
        before.changed("child-2", 1);

        var afterRestart = new ProfilesDue(store);

        assertThat(afterRestart.take()).containsExactlyInAnyOrder("child-1", "child-2");
        assertThat(afterRestart.take()).isEmpty();
        assertThat(count(store)).isZero();
    }

    @Test
    void aChildChangedTwiceIsDueOnceAndAForgottenChildNotAtAll() {
        var due = new ProfilesDue(store);
        due.changed("child-1", 1);
        due.changed("child-1", 2);
        due.changed("child-2", 1);
        due.forget("child-2");

        assertThat(due.take()).containsExactly("child-1");
        assertThat(store.get("child-2")).isNull();
    }

    @Test
    void aChildAlreadyDueIsNotWrittenAgain() {
        var due = new ProfilesDue(store);
        due.changed("child-1", 1);
        due.changed("child-1", 2);

        assertThat(store.get("child-1")).as("the version that made it due, written once").isEqualTo("1");
        assertThat(due.take()).containsExactly("child-1");
        due.changed("child-1", 3);
        assertThat(store.get("child-1")).as("due again after the tick took it").isEqualTo("3");
    }

    private static KeyValueStore<String, String> store(String name) {
        KeyValueStore<String, String> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                Serdes.String(), Serdes.String()).withLoggingDisabled().build();
        var context = new MockProcessorContext<String, String>();
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private static long count(KeyValueStore<String, String> store) {
        try (var all = store.all()) {
            long n = 0;
            while (all.hasNext()) {
                all.next();
                n++;
            }
            return n;
        }
    }
}
