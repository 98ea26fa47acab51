package uk.lantern.correlation.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.schemas.EventSchemas;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.CorrelationEventTypes;

/**
 * {@code lantern.child-profiles.v2} into the collection {@code profiles}, one document per child ({@code _id} = child
 * id), the profile as published, with the area its home postcode is in ({@link ProfileAreas}). A profile replaces the
 * stored one only when its version is at least the stored version, so a redelivered or late older profile changes
 * nothing; a tombstone (the child was merged into another) deletes it. A document written from v1 carries the child's
 * chronology: its events are kept in the chronology collection first, since the source topics may no longer hold
 * them.
 */
public class ProfileProjection {

    public static final String COLLECTION = "profiles";

    /**
     * The children whose profile a tombstone took away (merged into another, or every record moved): each with the
     * records its last profile listed, so a read of an old alert can follow the records to the child they are in now.
     */
    public static final String FORMER_CHILDREN = "former_children";

    public enum Outcome { STORED, STALE, DELETED }

    static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final EventSchemas schemas = new EventSchemas();
    private final MongoCollection<Document> profiles;
    private final MongoCollection<Document> former;
    private final ChronologyProjection chronology;
    private final ProfileAreas areas;

    /** @param areas the area each profile is written with ({@link ProfileAreas#FIELD}) */
    public ProfileProjection(MongoTemplate mongo, ProfileAreas areas) {
        this.areas = areas;
        this.profiles = mongo.getCollection(COLLECTION);
        this.former = mongo.getCollection(FORMER_CHILDREN);
        this.chronology = new ChronologyProjection(mongo);
    }

    /** @param value the profile's JSON, or null for a tombstone */
    public Outcome apply(String key, byte[] value) {
        if (value == null) {
            if (key == null || key.isBlank()) {
                throw new UndecodableEventException("a tombstone without a key names no child");
            }
            keepV1Chronology(key);
            Document last = profiles.find(Filters.eq("_id", key)).projection(new Document("records", 1)).first();
            if (last != null && !last.getList("records", String.class, List.of()).isEmpty()) {
                former.replaceOne(Filters.eq("_id", key), new Document("_id", key)
                        .append("records", last.getList("records", String.class)), new ReplaceOptions().upsert(true));
            }
            profiles.deleteOne(Filters.eq("_id", key));
            return Outcome.DELETED;
        }
        ChildProfile profile = decode(value);
        Document document = Document.parse(JSON.writeValueAsString(profile));
        document.put("_id", profile.childId());
        areas.of(profile.homePostcode()).ifPresent(area -> document.put(ProfileAreas.FIELD, area));
        keepV1Chronology(profile.childId());
        try {
            profiles.replaceOne(Filters.and(Filters.eq("_id", profile.childId()),
                            Filters.lte("version", profile.version())), document,
                    new ReplaceOptions().upsert(true));
            return Outcome.STORED;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return Outcome.STALE; // a newer version is stored: the upsert found no match and could not insert
            }
            throw e;
        }
    }

    /** A document the v1 projection wrote holds the child's chronology: kept before it is replaced or deleted. */
    private void keepV1Chronology(String childId) {
        Document v1 = profiles.find(Filters.and(Filters.eq("_id", childId), Filters.exists("chronology"))).first();
        if (v1 != null) {
            chronology.keepFromV1(v1);
        }
    }

    ChildProfile decode(byte[] value) {
        JsonNode message;
        try {
            message = JSON.readTree(value);
        } catch (JacksonException e) {
            throw new UndecodableEventException(List.of("not JSON: " + e.getOriginalMessage()), e);
        }
        List<String> violations = schemas.violations(CorrelationEventTypes.CHILD_PROFILE, message);
        if (!violations.isEmpty()) {
            throw new UndecodableEventException(violations, null);
        }
        try {
            return JSON.treeToValue(message, ChildProfile.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UndecodableEventException(List.of("cannot read ChildProfile: " + e.getMessage()), e);
        }
    }
}
