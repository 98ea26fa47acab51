package uk.lantern.correlation.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.api.AreaSettings;

/**
 * The area each stored profile's child lives in, kept on the profile document as {@code area} (absent when no
 * configured area covers its home postcode, or it has none) and indexed, so the alerts board's Area filter finds the
 * children of an area through the index rather than by reading every profile. The projection writes it with the
 * profile, by {@link AreaSettings#areaOf}: the rule an alert's {@code area} is read by. A stored area is only as good
 * as the settings it was computed with, so those are kept beside the profiles ({@code projection_state}, document
 * {@code profile-areas}: each district's area, and the rule's version); a service started with other areas (or a
 * store written before areas were kept) recomputes every profile's once, before it projects or answers anything.
 */
public class ProfileAreas {

    /** The profile document's field: the area, as configured, of the child's home postcode. */
    public static final String FIELD = "area";

    static final String STATE = "projection_state";
    static final String STATE_ID = "profile-areas";
    /** Raised whenever {@link AreaSettings#areaOf} changes, so stores computed by the old rule are recomputed. */
    static final int RULE = 1;
    private static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(ProfileAreas.class);

    private final MongoCollection<Document> profiles;
    private final MongoCollection<Document> state;
    private final AreaSettings areas;

    public ProfileAreas(MongoTemplate mongo, AreaSettings areas) {
        this.profiles = mongo.getCollection(ProfileProjection.COLLECTION);
        this.state = mongo.getCollection(STATE);
        this.areas = areas;
    }

    /** The area of a home postcode, as the profile document keeps it; empty when none covers it or there is none. */
    public Optional<String> of(String homePostcode) {
        return areas.areaOf(homePostcode);
    }

    /** The index the Area filter asks: area, then child id, so the ids of an area are read from the index alone. */
    public void createIndexes() {
        profiles.createIndex(Indexes.compoundIndex(Indexes.ascending(FIELD), Indexes.ascending("_id")),
                new IndexOptions().name(FIELD));
    }

    /**
     * Each stored profile's area recomputed, when the areas configured are not those the stored ones were computed
     * with; nothing when they are. A profile's area is changed only while its home postcode is still the one it was
     * computed from, so a profile the projection replaces meanwhile keeps the area it was written with.
     *
     * @return whether the areas were recomputed
     */
    public boolean recomputeIfChanged() {
        Document wanted = new Document("_id", STATE_ID).append("rule", RULE).append("districts", districts());
        Document stored = state.find(Filters.eq("_id", STATE_ID)).first();
        if (wanted.equals(stored)) {
            return false;
        }
        long read = 0;
        long changed = 0;
        List<WriteModel<Document>> batch = new ArrayList<>();
        for (Document profile : profiles.find().projection(Projections.include("homePostcode", FIELD))) {
            read++;
            Object postcode = profile.get("homePostcode");
            Optional<String> area = of(postcode instanceof String s ? s : null);
            if (!Objects.equals(area.orElse(null), profile.get(FIELD))) {
                changed++;
                batch.add(new UpdateOneModel<>(Filters.and(Filters.eq("_id", profile.get("_id")),
                        Filters.eq("homePostcode", postcode)),
                        area.map(a -> Updates.set(FIELD, a)).orElseGet(() -> Updates.unset(FIELD))));
                if (batch.size() == BATCH) {
                    profiles.bulkWrite(batch, new BulkWriteOptions().ordered(false));
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            profiles.bulkWrite(batch, new BulkWriteOptions().ordered(false));
        }
        state.replaceOne(Filters.eq("_id", STATE_ID), wanted, new ReplaceOptions().upsert(true));
        log.info("The areas configured are not those the profiles' areas were computed with: {} of {} profiles' "
                + "areas changed", changed, read);
        return true;
    }

    /** Each configured postcode district and its area: what decides every profile's area (besides the rule). */
    private Map<String, Object> districts() {
        Map<String, Object> districts = new TreeMap<>();
        areas.areas().forEach((area, its) -> its.forEach(district -> districts.put(district, area)));
        return new Document(districts);
    }
}
