package uk.lantern.support.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of a retention purge over one kind of record: reads the candidates a batch at a time, in the order of their
 * ids and past the last one read, erases each one still due, and counts only what this pass erased. The service keeps
 * its own domain: which records are candidates (its store's query of the retention clock), what "still due" means,
 * the tombstone and the event; this is only the loop.
 * <p>
 * It reads past the last candidate rather than from the start again, so candidates that are not erased (recorded on
 * since they were read, kept for another record, erased already by an earlier pass) cannot hold up those behind them,
 * and a pass ends: it stops at the first batch shorter than the batch size. A pass stopped half-way (a crash, the
 * store away) leaves each record either erased with its event stored, or untouched and still due: the next pass
 * finishes the work. The cutoff is read from the clock at each batch, so a long pass also takes what became due
 * while it ran.
 *
 * @param <I> the record's id
 */
public final class PurgePass<I> {

    private static final Logger log = LoggerFactory.getLogger(PurgePass.class);

    /** The candidates due at {@code now}: up to {@code limit} ids after {@code after} in id order (all, if empty). */
    @FunctionalInterface
    public interface Candidates<I> {
        List<I> dueAt(Instant now, Optional<I> after, int limit);
    }

    /** Erases the record if it is still due; true only if this call erased it (not found erased, not found due). */
    @FunctionalInterface
    public interface Erasing<I> {
        boolean eraseIfDue(I id);
    }

    private final String records;
    private final String kept;
    private final Candidates<I> candidates;
    private final Erasing<I> erasing;
    private final int batch;
    private final Clock clock;

    /**
     * @param records    what is erased, in the log ("episodes")
     * @param kept       how long they are kept, in the log ("kept P7Y after closure")
     * @param batch      how many candidates one read takes (at least 1)
     */
    public PurgePass(String records, String kept, Candidates<I> candidates, Erasing<I> erasing, int batch, Clock clock) {
        if (batch < 1) {
            throw new IllegalArgumentException("a purge batch must be at least 1: " + batch);
        }
        this.records = records;
        this.kept = kept;
        this.candidates = candidates;
        this.erasing = erasing;
        this.batch = batch;
        this.clock = clock;
    }

    /** Erases every record due now; returns how many this pass erased. */
    public int run() {
        int erased = 0;
        Optional<I> after = Optional.empty();
        while (true) {
            List<I> due = candidates.dueAt(clock.instant(), after, batch);
            for (I id : due) {
                if (erasing.eraseIfDue(id)) {
                    erased++;
                }
            }
            if (due.size() < batch) {
                break;
            }
            after = Optional.of(due.get(due.size() - 1));
        }
        if (erased > 0) {
            log.info("Retention: {} {} erased ({})", erased, records, kept);
        }
        return erased;
    }
}
