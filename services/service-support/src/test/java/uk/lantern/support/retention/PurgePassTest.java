package uk.lantern.support.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.lantern.testsupport.MutableClock;

/**
 * The purge loop on its own, over a store in memory: records whose clock started a year before now are due. It pages
 * in batches, counts only what this pass erased (with the clock moving on between readings too), finishes what a pass
 * stopped half-way left, and records not erased never hold up those behind them.
 */
class PurgePassTest {

    private static final Duration KEPT = Duration.ofDays(365);
    private static final Instant START = Instant.parse("2024-03-31T00:30:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final Records records = new Records(clock);

    @Test
    void a_pass_erases_every_due_record_a_batch_at_a_time_and_counts_each_once() {
        for (int i = 0; i < 7; i++) {
            records.add("r" + i, START);
        }
        records.add("recent", START.plus(KEPT));
        clock.advance(KEPT);

        assertThat(pass(2).run()).isEqualTo(7);

        assertThat(records.erased).hasSize(7).doesNotContain("recent");
        assertThat(records.reads).as("four batches of two, the last short").isEqualTo(4);
        assertThat(pass(2).run()).isZero();
    }

    @Test
    void a_pass_counts_what_it_erased_while_the_clock_moves_on_between_readings() {
        for (int i = 0; i < 5; i++) {
            records.add("r" + i, START);
        }
        clock.advance(KEPT.plusDays(1));
        clock.tickOnEachReading(Duration.ofMillis(3));

        assertThat(pass(2).run()).isEqualTo(5);
        assertThat(pass(2).run()).isZero();
    }

    @Test
    void a_pass_stopped_half_way_is_finished_by_the_next_which_counts_only_what_it_erased() {
        for (int i = 0; i < 5; i++) {
            records.add("r" + i, START);
        }
        clock.advance(KEPT);
        records.failAfter = 3;

        assertThatThrownBy(() -> pass(2).run()).hasMessageContaining("store away");
        assertThat(records.erased).hasSize(3);

        records.failAfter = Integer.MAX_VALUE;
        assertThat(pass(2).run()).isEqualTo(2);
        assertThat(records.erased).hasSize(5);
    }

    @Test
    void candidates_that_are_no_longer_due_never_hold_up_those_behind_them() {
        for (int i = 0; i < 4; i++) {
            records.add("a" + i, START);
            records.keptFor.add("a" + i); // found due by the query, kept by the service's own rule
        }
        records.add("b0", START);
        records.add("b1", START);
        clock.advance(KEPT);

        assertThat(pass(2).run()).isEqualTo(2);
        assertThat(records.erased).containsExactlyInAnyOrder("b0", "b1");
    }

    @Test
    void a_record_erased_before_this_pass_is_not_counted_again() {
        records.add("r0", START);
        records.add("r1", START);
        clock.advance(KEPT);
        records.erased.add("r0"); // an earlier pass, or an erasure on request

        assertThat(pass(1).run()).isEqualTo(1);
    }

    @Test
    void a_pass_reads_the_clock_at_each_batch_so_what_became_due_while_it_ran_goes_too() {
        records.add("r0", START);
        records.add("r1", START);
        records.add("z-later", START.plusSeconds(1)); // after the first batch in id order
        clock.advance(KEPT);
        records.onRead = () -> clock.advance(Duration.ofSeconds(1));

        assertThat(pass(2).run()).isEqualTo(3);
    }

    @Test
    void an_empty_batch_is_refused() {
        assertThatThrownBy(() -> pass(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private PurgePass<String> pass(int batch) {
        return new PurgePass<>("records", "kept a year", records::dueAt, records::eraseIfDue, batch, clock);
    }

    /** A store of records in memory: the clock starts when they were recorded. */
    private static final class Records {

        final TreeMap<String, Instant> started = new TreeMap<>();
        final Set<String> erased = new HashSet<>();
        final Set<String> keptFor = new HashSet<>();
        final Clock clock;
        int reads;
        int failAfter = Integer.MAX_VALUE;
        Runnable onRead = () -> { };

        Records(Clock clock) {
            this.clock = clock;
        }

        void add(String id, Instant start) {
            started.put(id, start);
        }

        /** As a store's query: not erased, clock started at or before the cutoff, in id order past {@code after}. */
        List<String> dueAt(Instant now, Optional<String> after, int limit) {
            reads++;
            onRead.run();
            List<String> due = new ArrayList<>();
            for (var record : (after.isPresent() ? started.tailMap(after.get(), false) : started).entrySet()) {
                if (due.size() == limit) {
                    break;
                }
                if (!erased.contains(record.getKey()) && !record.getValue().plus(KEPT).isAfter(now)) {
                    due.add(record.getKey());
                }
            }
            return due;
        }

        boolean eraseIfDue(String id) {
            if (erased.contains(id) || keptFor.contains(id)
                    || started.get(id).plus(KEPT).isAfter(clock.instant())) {
                return false;
            }
            if (erased.size() >= failAfter) {
                throw new IllegalStateException("the store away");
            }
            return erased.add(id);
        }
    }
}
