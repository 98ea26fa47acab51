package uk.lantern.support.crypto;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A store's way to its collection when some fields are sealed: documents are mapped by Spring Data's own converter,
 * sealed before they are written and opened after they are read, so the mapping is the one the store had before.
 */
public final class SensitiveDocuments {

    private final MongoTemplate mongo;
    private final SensitiveFields fields;

    public SensitiveDocuments(MongoTemplate mongo, SensitiveFields fields) {
        this.mongo = mongo;
        this.fields = fields;
    }

    /** Inserts a whole document (a {@code @Document} record), sealed. Duplicate keys throw as {@code insert} does. */
    public void insert(Object document) {
        Document raw = new Document();
        mongo.getConverter().write(document, raw);
        mongo.insert(fields.seal(raw), fields.collection());
    }

    /** The stored form of {@code value} set as top-level field {@code topField} of document {@code id}, sealed. */
    public Document sealed(String id, String topField, Object value) {
        Document raw = new Document();
        MongoConverter converter = mongo.getConverter();
        converter.write(value, raw);
        raw.remove("_class"); // the field's declared type is the value's type: no type hint, as when nested
        return fields.seal(id, topField, raw);
    }

    public <T> Optional<T> findById(String id, Class<T> type) {
        return Optional.ofNullable(mongo.findById(id, Document.class, fields.collection())).map(d -> read(d, type));
    }

    public <T> List<T> find(Query query, Class<T> type) {
        return mongo.find(query, Document.class, fields.collection()).stream().map(d -> read(d, type)).toList();
    }

    public <T> T read(Document raw, Class<T> type) {
        return mongo.getConverter().read(type, fields.open(raw));
    }
}
