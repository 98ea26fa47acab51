package uk.lantern.support.crypto;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Rewrites every stored sensitive value that is not sealed under the primary key (plain text written before
 * encryption, or sealed under an older key) so that it is: the middle step of a key rotation.
 *
 * <ul>
 *   <li><b>Idempotent and resumable</b>: a value already under the primary key is left alone, so a second run, or a
 *       run after an interrupted one, only does what is left. Documents are read in {@code _id} order, a page at a
 *       time.</li>
 *   <li><b>Safe while the service runs</b>: each document is rewritten with one update that matches only if it is
 *       still as read — at the same {@code version} where the collection keeps one (as the services' own writes
 *       check), otherwise holding the same stored values. The version is not raised (the content does not change,
 *       so clients' ETags stay valid). If the service changed the document meanwhile, it is read again.</li>
 *   <li><b>Nothing is lost silently</b>: a value that does not open with the keyset (sealed under a retired key,
 *       or moved) is left as it is and reported, with its place and key id.</li>
 * </ul>
 */
public final class ReEncryption {

    private static final Logger log = LoggerFactory.getLogger(ReEncryption.class);
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final int batchSize;

    public ReEncryption(MongoTemplate mongo, int batchSize) {
        this.mongo = mongo;
        this.batchSize = batchSize;
    }

    /** What a run did in one collection. */
    public record Report(String collection, long documentsRead, long documentsRewritten, long valuesRewritten,
                         Map<Integer, Long> valuesByKeyBefore, long plaintextBefore, List<String> unreadable,
                         long conflictsRetried) {

        public boolean complete() {
            return unreadable.isEmpty();
        }
    }

    public List<Report> run(List<SensitiveFields> collections) {
        return collections.stream().map(this::run).toList();
    }

    public Report run(SensitiveFields fields) {
        FieldCipher cipher = fields.cipher();
        long read = 0;
        long documents = 0;
        long values = 0;
        long plaintext = 0;
        long conflicts = 0;
        Map<Integer, Long> byKey = new TreeMap<>();
        List<String> unreadable = new ArrayList<>();
        Object after = null;
        while (true) {
            Query page = after == null ? new Query() : query(where("_id").gt(after));
            page.with(Sort.by("_id")).limit(batchSize);
            List<Document> batch = mongo.find(page, Document.class, fields.collection());
            if (batch.isEmpty()) {
                break;
            }
            for (Document doc : batch) {
                read++;
                for (SensitiveFields.Located v : fields.locate(doc)) { // census of what was found, before rewriting
                    if (v.value() instanceof String) {
                        plaintext++;
                    } else if (v.value() instanceof Document d) {
                        byKey.merge(FieldCipher.keyId(d), 1L, Long::sum);
                    }
                }
                Document current = doc;
                for (int attempt = 1; ; attempt++) {
                    Outcome outcome = rewrite(fields, current);
                    unreadableOf(outcome, unreadable, attempt);
                    if (outcome.applied()) {
                        if (outcome.values() > 0) {
                            documents++;
                            values += outcome.values();
                        }
                        break;
                    }
                    conflicts++;
                    current = mongo.findById(doc.get("_id"), Document.class, fields.collection());
                    if (current == null || attempt == ATTEMPTS) {
                        if (current != null) {
                            unreadable.add(fields.place(String.valueOf(doc.get("_id")), "*")
                                    + ": changed on every attempt; run again");
                        }
                        break;
                    }
                }
            }
            after = batch.get(batch.size() - 1).get("_id");
        }
        Report report = new Report(fields.collection(), read, documents, values, byKey, plaintext,
                List.copyOf(unreadable), conflicts);
        log.info("Re-encryption of {}: {}", fields.collection(), report);
        return report;
    }

    private static void unreadableOf(Outcome outcome, List<String> unreadable, int attempt) {
        if (outcome.applied() || attempt == ATTEMPTS) {
            unreadable.addAll(outcome.unreadable());
        }
    }

    private record Outcome(boolean applied, int values, List<String> unreadable) {
    }

    private Outcome rewrite(SensitiveFields fields, Document doc) {
        FieldCipher cipher = fields.cipher();
        String id = String.valueOf(doc.get("_id"));
        Update update = new Update();
        Criteria unchanged = where("_id").is(doc.get("_id"));
        boolean versioned = doc.containsKey("version");
        if (versioned) {
            unchanged.and("version").is(doc.get("version"));
        }
        int count = 0;
        List<String> unreadable = new ArrayList<>();
        for (SensitiveFields.Located v : fields.locate(doc)) {
            if (v.value() == null || cipher.isCurrent(v.value())) {
                continue;
            }
            String place = fields.place(id, v.path());
            String plaintext;
            try {
                plaintext = cipher.open(v.value(), place);
            } catch (UnreadableSensitiveText e) {
                unreadable.add(e.getMessage());
                continue;
            }
            update.set(v.path(), cipher.seal(plaintext, place));
            if (!versioned) {
                unchanged.and(v.path()).is(v.value());
            }
            count++;
        }
        if (count == 0) {
            return new Outcome(true, 0, unreadable);
        }
        boolean applied = mongo.updateFirst(new Query(unchanged), update, fields.collection()).getMatchedCount() == 1;
        return new Outcome(applied, count, unreadable);
    }

}
