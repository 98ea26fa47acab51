package uk.lantern.mace.child.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import uk.lantern.mace.child.application.ChildProfiles;
import uk.lantern.mace.child.domain.ChildSeen;

/** One document per child ({@code _id} = Lantern child id); a profile replaces the kept one only if not older. */
@Component
class MongoChildProfiles implements ChildProfiles {

    @Document("children")
    record ChildDocument(@Id String id, long version, int maceScore, List<String> linkIndex, ChildSeen child) {
    }

    private final MongoTemplate mongo;

    MongoChildProfiles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Outcome keep(ChildSeen child) {
        ChildDocument document = new ChildDocument(child.childId(), child.profileVersion(), child.maceScore(),
                child.linkIndex(), child);
        try {
            mongo.findAndReplace(query(where("_id").is(child.childId()).and("version").lte(child.profileVersion())),
                    document, FindAndReplaceOptions.options().upsert());
            return Outcome.STORED;
        } catch (DuplicateKeyException newerKept) {
            return Outcome.STALE;
        }
    }

    @Override
    public Outcome forget(String childId) {
        mongo.remove(query(where("_id").is(childId)), ChildDocument.class);
        return Outcome.DELETED;
    }

    @Override
    public Optional<ChildSeen> find(String childId) {
        return Optional.ofNullable(mongo.findById(childId, ChildDocument.class)).map(ChildDocument::child);
    }

    @Override
    public Map<String, ChildSeen> find(Collection<String> childIds) {
        Map<String, ChildSeen> found = new LinkedHashMap<>();
        if (childIds.isEmpty()) {
            return found;
        }
        mongo.find(query(where("_id").in(childIds)), ChildDocument.class)
                .forEach(d -> found.put(d.id(), d.child()));
        return found;
    }

    @Override
    public List<ChildSeen> scoringAtLeast(int threshold, int limit) {
        return mongo.find(query(where("maceScore").gte(threshold))
                        .with(Sort.by(Sort.Order.desc("maceScore"), Sort.Order.asc("_id"))).limit(limit),
                ChildDocument.class).stream().map(ChildDocument::child).toList();
    }

    @Override
    public List<ChildSeen> touching(Collection<String> linkIndex) {
        if (linkIndex.isEmpty()) {
            return List.of();
        }
        return mongo.find(query(where("linkIndex").in(linkIndex)).with(Sort.by("_id")).limit(500), ChildDocument.class)
                .stream().map(ChildDocument::child).toList();
    }
}
