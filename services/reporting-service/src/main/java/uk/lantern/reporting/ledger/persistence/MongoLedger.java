package uk.lantern.reporting.ledger.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.reporting.ledger.application.LedgerStore;
import uk.lantern.reporting.ledger.domain.ChildDetails;
import uk.lantern.reporting.ledger.domain.Erasures;
import uk.lantern.reporting.ledger.domain.LedgerEntry;

/**
 * The ledger in MongoDB, collection {@value #COLLECTION}: one document per event, its {@code _id} the event id, so a
 * redelivered event is refused by the store itself (duplicate key) and adds nothing. {@code knownAt} is kept as a date
 * for the query and exactly (to the nanosecond, as the envelope had it) for the fold's order.
 */
public class MongoLedger implements LedgerStore {

    public static final String COLLECTION = "ledger";

    private final MongoCollection<Document> entries;

    public MongoLedger(MongoTemplate mongo) {
        this.entries = mongo.getCollection(COLLECTION).withWriteConcern(WriteConcern.ACKNOWLEDGED.withJournal(true));
    }

    public void prepare() {
        try {
            entries.createIndex(Indexes.ascending("knownAt"));
            entries.createIndex(Indexes.ascending("source", "recordId"));
        } catch (RuntimeException e) {
            // the store may be down at start-up; the first append says so when it matters
        }
    }

    @Override
    public boolean append(LedgerEntry entry) {
        try {
            entries.insertOne(toDocument(entry));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<LedgerEntry> knownBy(Instant asAt) {
        List<LedgerEntry> known = new ArrayList<>();
        for (Document d : entries.find(Filters.lte("knownAt", Date.from(asAt.truncatedTo(ChronoUnit.MILLIS))))) {
            LedgerEntry entry = fromDocument(d);
            if (!entry.knownAt().isAfter(asAt)) {
                known.add(entry);
            }
        }
        known.sort(LedgerEntry.FOLD_ORDER);
        return known;
    }

    @Override
    public List<LedgerEntry> all() {
        List<LedgerEntry> all = new ArrayList<>();
        for (Document d : entries.find()) {
            all.add(fromDocument(d));
        }
        all.sort(LedgerEntry.FOLD_ORDER);
        return all;
    }

    @Override
    public boolean erased(LedgerEntry.Source source, String recordId) {
        return entries.find(Filters.and(Filters.eq("source", source.name()), Filters.eq("recordId", recordId),
                Filters.in("type", List.copyOf(Erasures.TYPES)))).first() != null;
    }

    @Override
    public void forgetChild(LedgerEntry.Source source, String recordId) {
        entries.updateMany(Filters.and(Filters.eq("source", source.name()), Filters.eq("recordId", recordId),
                Filters.exists("child")), Updates.unset("child"));
    }

    @Override
    public long size() {
        return entries.countDocuments();
    }

    static Document toDocument(LedgerEntry e) {
        Document d = new Document("_id", e.eventId())
                .append("source", e.source().name())
                .append("type", e.type())
                .append("version", e.version())
                .append("recordId", e.recordId())
                .append("occurredAt", e.occurredAt().toString())
                .append("knownAt", Date.from(e.knownAt()))
                .append("knownAtExact", e.knownAt().toString())
                .append("facts", new Document(new LinkedHashMap<>(e.facts())));
        ChildDetails c = e.child();
        if (!c.isEmpty()) {
            Document child = new Document();
            putIfKnown(child, "localAuthorityPersonId", c.localAuthorityPersonId());
            putIfKnown(child, "sex", c.sex());
            putIfKnown(child, "dateOfBirth", c.dateOfBirth() == null ? null : c.dateOfBirth().toString());
            putIfKnown(child, "ethnicity", c.ethnicity());
            putIfKnown(child, "sourceKey", c.sourceKey());
            d.append("child", child);
        }
        return d;
    }

    static LedgerEntry fromDocument(Document d) {
        Map<String, String> facts = new LinkedHashMap<>();
        Document f = d.get("facts", Document.class);
        if (f != null) {
            f.forEach((k, v) -> facts.put(k, String.valueOf(v)));
        }
        Document c = d.get("child", Document.class);
        ChildDetails child = c == null ? ChildDetails.NONE : new ChildDetails(c.getString("localAuthorityPersonId"),
                c.getString("sex"), c.getString("dateOfBirth") == null ? null : LocalDate.parse(c.getString("dateOfBirth")),
                c.getString("ethnicity"), c.getString("sourceKey"));
        return new LedgerEntry(d.getString("_id"), LedgerEntry.Source.valueOf(d.getString("source")),
                d.getString("type"), d.getInteger("version", 1), d.getString("recordId"),
                Instant.parse(d.getString("occurredAt")), Instant.parse(d.getString("knownAtExact")), facts, child);
    }

    private static void putIfKnown(Document d, String name, String value) {
        if (value != null) {
            d.append(name, value);
        }
    }
}
