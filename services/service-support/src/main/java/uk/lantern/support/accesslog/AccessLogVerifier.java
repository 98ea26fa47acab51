package uk.lantern.support.accesslog;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Walks an access log's chain from entry 1 and says whether it is intact, or names the first entry that was altered
 * (its contents no longer match its hash), removed (a gap in the sequence) or moved (an entry in another's place).
 *
 * <p>A chain shows changes to what is in it; it cannot show entries cut off its end, nor a log rewritten from some
 * entry on by someone who recomputed every hash after it. Keep the count and last hash this reports somewhere else
 * (a ticket, a signed report) and compare.
 *
 * <p>As a command: {@code AccessLogVerifier [mongo-uri] [database...]}, by default the local stack's store and the five
 * services' databases; exit status 0 when every log is intact, 1 when one is not, 2 when a store cannot be read.
 */
public final class AccessLogVerifier {

    /** The local stack's databases (tools/local-stack's LanternService). */
    static final List<String> LOCAL_DATABASES = List.of("missing-episodes", "return-interviews", "cme-register",
            "exploitation-risk", "correlation", "reporting");

    /**
     * What the walk found.
     *
     * @param intact    true when every entry is in its place and as written
     * @param entries   how many entries were walked (up to the first bad one)
     * @param lastHash  the hash of the last good entry
     * @param firstBad  the sequence of the first entry altered, removed or moved; null when intact
     * @param problem   what is wrong with it, in words; null when intact
     */
    public record Verification(boolean intact, long entries, String lastHash, Long firstBad, String problem) {

        @Override
        public String toString() {
            return intact ? "intact: " + entries + " entries, last hash " + lastHash
                    : "BROKEN at entry " + firstBad + ": " + problem + " (" + entries + " entries before it are intact)";
        }
    }

    public static Verification verify(MongoCollection<Document> log) {
        long expected = 1;
        String previous = AccessLogEntry.GENESIS;
        for (Document d : log.find().sort(Sorts.ascending("_id"))) {
            long count = expected - 1;
            if (!(d.get("_id") instanceof Number id)) {
                return broken(count, previous, expected, "a document that is not an entry (_id " + d.get("_id")
                        + ") is in the log");
            }
            long position = id.longValue();
            if (position != expected) {
                String gap = position == expected + 1 ? "entry " + expected + " was removed"
                        : position > expected ? "entries " + expected + " to " + (position - 1) + " were removed"
                        : "an entry numbered " + position + " is before entry " + expected;
                return broken(count, previous, expected, gap + " (the entry after " + count + " is " + position + ")");
            }
            AccessLogEntry entry;
            try {
                entry = AccessLogEntry.fromDocument(d);
            } catch (IllegalArgumentException e) {
                return broken(count, previous, position, "entry " + position + " was altered: " + e.getMessage());
            }
            if (entry.sequence() != position) {
                return broken(count, previous, position, "entry " + entry.sequence() + " was moved into the place of "
                        + "entry " + position + " (entries re-ordered)");
            }
            boolean asWritten = entry.computeHash().equals(entry.hash());
            if (!previous.equals(entry.previousHash())) {
                return asWritten && position > 1
                        ? broken(count - 1, null, position - 1, "entry " + (position - 1) + " was altered and its "
                        + "hash recomputed: entry " + position + ", as written, follows an entry with another hash")
                        : broken(count, previous, position, "entry " + position + " was altered or moved: it does not "
                        + "follow entry " + (position - 1));
            }
            if (!asWritten) {
                return broken(count, previous, position, "entry " + position + " was altered: its contents do not "
                        + "match its hash");
            }
            previous = entry.hash();
            expected++;
        }
        return new Verification(true, expected - 1, previous, null, null);
    }

    private static Verification broken(long intactEntries, String lastHash, long firstBad, String problem) {
        return new Verification(false, intactEntries, lastHash, firstBad, problem);
    }

    public static void main(String[] args) {
        quietDriver();
        String uri = args.length > 0 ? args[0] : "mongodb://localhost:27017";
        List<String> databases = args.length > 1 ? List.of(args).subList(1, args.length) : LOCAL_DATABASES;
        System.exit(run(uri, databases, new ArrayList<>()));
    }

    /** Verifies each database's log, adds a line per database to {@code out}, and returns the exit status. */
    static int run(String uri, List<String> databases, List<String> out) {
        int status = 0;
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            for (String name : databases) {
                String line;
                try {
                    MongoDatabase database = client.getDatabase(name);
                    if (!database.listCollectionNames().into(new ArrayList<>()).contains(AccessLog.COLLECTION)) {
                        line = name + ": no access log";
                    } else {
                        Verification result = verify(database.getCollection(AccessLog.COLLECTION));
                        line = name + ": " + result;
                        status = Math.max(status, result.intact() ? 0 : 1);
                    }
                } catch (RuntimeException e) {
                    line = name + ": cannot be read: " + e.getMessage();
                    status = 2;
                }
                out.add(line);
                System.out.println(line);
            }
        }
        return status;
    }

    private static void quietDriver() {
        try {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        } catch (RuntimeException | LinkageError e) {
            // another logging backend: its own settings apply
        }
    }

    private AccessLogVerifier() {
    }
}
