package uk.lantern.support.accesslog;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The service's access log, in the manner of DPA 2018 s.62: an append-only, hash-chained record of every access to a
 * child's record, in the service's own MongoDB (collection {@value #COLLECTION}).
 *
 * <p>Appends are serialised so that the chain never forks, without transactions (which the embedded store lacks) and
 * across several instances of a service: an entry's sequence number is its {@code _id}, so two appends of the same
 * number cannot both succeed. The loser reads the new tail and tries again with the next number. Within one instance
 * a lock keeps its own threads from racing, and the tail is remembered so an append costs one insert.
 *
 * <p>Nothing here updates or deletes an entry. A manager's review of a break-the-glass access is a new entry.
 */
public class AccessLog {

    public static final String COLLECTION = "access_log";

    private final MongoCollection<Document> entries;
    private final Clock clock;
    private final int attempts;
    private final ReentrantLock appending = new ReentrantLock();
    private final Counter appended;
    private final Counter failed;
    private Tail tail;

    private record Tail(long sequence, String hash) {
    }

    public AccessLog(MongoCollection<Document> entries, Clock clock, AccessLogSettings settings, MeterRegistry meters) {
        this.entries = entries.withWriteConcern(WriteConcern.ACKNOWLEDGED.withJournal(true));
        this.clock = clock;
        this.attempts = settings.appendAttempts();
        this.appended = Counter.builder("lantern.access.log.appends").description("Entries written to the access log")
                .register(meters);
        this.failed = Counter.builder("lantern.access.log.failures")
                .description("Accesses refused because the access log could not be written").register(meters);
    }

    /** Indexes for the manager's questions (a real MongoDB builds them; the embedded store accepts them). */
    public void prepare() {
        try {
            entries.createIndex(Indexes.ascending("children"));
            entries.createIndex(Indexes.ascending("breakGlass"));
            entries.createIndex(Indexes.ascending("reviewOf"));
        } catch (RuntimeException e) {
            // the store may be down at start-up; appends say so when it matters
        }
    }

    /** Writes the entry at the end of the chain, or fails with {@link AccessLogUnavailable}. */
    public AccessLogEntry append(AccessLogEntry.Draft draft) {
        appending.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                Tail last = tail != null ? tail : readTail();
                AccessLogEntry entry = draft.chain(last.sequence() + 1, clock.instant(), last.hash());
                try {
                    entries.insertOne(entry.toDocument());
                    tail = new Tail(entry.sequence(), entry.hash());
                    appended.increment();
                    return entry;
                } catch (MongoWriteException e) {
                    tail = null;
                    boolean taken = e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                            && entries.find(Filters.eq("_id", entry.sequence())).first() != null;
                    if (!taken || attempt >= attempts) {
                        throw e;
                    }
                    // another instance wrote this sequence number first: chain after its entry
                }
            }
        } catch (RuntimeException e) {
            tail = null;
            failed.increment();
            throw new AccessLogUnavailable("the access log could not be written: " + e.getMessage(), e);
        } finally {
            appending.unlock();
        }
    }

    private Tail readTail() {
        Document last = entries.find().sort(Sorts.descending("_id")).limit(1).first();
        if (last == null) {
            return new Tail(0, AccessLogEntry.GENESIS);
        }
        AccessLogEntry entry = AccessLogEntry.fromDocument(last);
        return new Tail(entry.sequence(), entry.hash());
    }

    /** Entries naming the child reference (any of its ids or identifiers), newest first. */
    public List<AccessLogEntry> about(Optional<String> child, Optional<Instant> from, Optional<Instant> to, int limit) {
        List<Bson> filters = new ArrayList<>();
        child.ifPresent(c -> filters.add(Filters.eq("children", c)));
        from.ifPresent(f -> filters.add(Filters.gte("at", Date.from(f))));
        to.ifPresent(t -> filters.add(Filters.lt("at", Date.from(t))));
        return find(filters.isEmpty() ? new Document() : Filters.and(filters), limit);
    }

    /** Break-the-glass accesses, newest first: those awaiting review, or those reviewed. */
    public List<AccessLogEntry> brokenGlass(boolean reviewed, int limit) {
        Set<Long> done = reviewed();
        List<AccessLogEntry> flagged = new ArrayList<>();
        for (Document d : entries.find(Filters.ne("breakGlass", null)).sort(Sorts.descending("_id"))) {
            AccessLogEntry entry = AccessLogEntry.fromDocument(d);
            if (done.contains(entry.sequence()) == reviewed) {
                flagged.add(entry);
                if (flagged.size() >= limit) {
                    break;
                }
            }
        }
        return flagged;
    }

    public Optional<AccessLogEntry> entry(long sequence) {
        return Optional.ofNullable(entries.find(Filters.eq("_id", sequence)).first()).map(AccessLogEntry::fromDocument);
    }

    /** The reviews of the entry, oldest first. */
    public List<AccessLogEntry> reviewsOf(long sequence) {
        List<AccessLogEntry> reviews = find(Filters.eq("reviewOf", sequence), Integer.MAX_VALUE);
        java.util.Collections.reverse(reviews);
        return reviews;
    }

    private Set<Long> reviewed() {
        Set<Long> done = new HashSet<>();
        for (Document d : entries.find(Filters.ne("reviewOf", null))) {
            done.add(((Number) d.get("reviewOf")).longValue());
        }
        return done;
    }

    private List<AccessLogEntry> find(Bson filter, int limit) {
        List<AccessLogEntry> found = new ArrayList<>();
        entries.find(filter).sort(Sorts.descending("_id")).limit(limit)
                .forEach(d -> found.add(AccessLogEntry.fromDocument(d)));
        return found;
    }

    /** The collection, for the verifier. */
    public MongoCollection<Document> collection() {
        return entries;
    }
}
