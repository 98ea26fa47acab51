package uk.lantern.correlation.api;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.projection.ProfileAreas;
import uk.lantern.correlation.projection.ProfileProjection;
import uk.lantern.correlation.projection.ReviewProjection;

/**
 * Who an alert is about, read from the children's current profiles when the alert is read, never from the alert's
 * events (they keep no names): the child's name and age, and the area of its home postcode. A name corrected at a
 * source shows at the next read. A child merged into another is followed there: its last profile's records
 * ({@link ProfileProjection#FORMER_CHILDREN}) are found in the record resolutions, which always name the child a
 * record belongs to now.
 */
class AlertChildren {

    private static final Pattern SAME_CHILD = Pattern.compile("^(?:Records .+ and .+|This child and another child)"
            + "( may be the same child.*)$", Pattern.DOTALL);
    /** SharedLinks' words: "Seen at the same place (Bus station, PE1 2BB) as 2 other children, between …". */
    private static final Pattern OTHERS = Pattern.compile("^(.+ as )[0-9]+ other child(?:ren)?(, (?:on|between) .*)$",
            Pattern.DOTALL);

    private final MongoCollection<Document> profiles;
    private final MongoCollection<Document> former;
    private final MongoCollection<Document> resolutions;
    private final AreaSettings areas;
    private final Clock clock;
    private final ZoneId zone;

    /** @param zone a child's age is counted on the date of this zone (London's) */
    AlertChildren(MongoTemplate mongo, AreaSettings areas, Clock clock, ZoneId zone) {
        this.profiles = mongo.getCollection(ProfileProjection.COLLECTION);
        this.former = mongo.getCollection(ProfileProjection.FORMER_CHILDREN);
        this.resolutions = mongo.getCollection(ReviewProjection.RESOLUTIONS);
        this.areas = areas;
        this.clock = clock;
        this.zone = zone;
    }

    /** A child as an alert names it now, and the area the child lives in. */
    record Known(AlertView.Child child, String area) {
    }

    /** The children (by the ids alerts name) as their profiles now stand; an id with no child now is left out. */
    Map<String, Known> about(Collection<String> childIds) {
        Set<String> wanted = childIds.stream().filter(id -> id != null && !id.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Known> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        profiles(wanted).forEach((id, known) -> found.put(id, known));
        Set<String> gone = new LinkedHashSet<>(wanted);
        gone.removeAll(found.keySet());
        if (!gone.isEmpty()) {
            Map<String, String> mergedInto = mergedInto(gone);
            Map<String, Known> survivors = profiles(new LinkedHashSet<>(mergedInto.values()));
            mergedInto.forEach((old, now) -> {
                Known survivor = survivors.get(now);
                if (survivor != null) {
                    found.put(old, survivor);
                }
            });
        }
        return found;
    }

    /** The configured area of this name, in any case. */
    Optional<String> area(String name) {
        return areas.named(name);
    }

    List<AlertWork.Area> areas() {
        return areas.areas().entrySet().stream().map(e -> new AlertWork.Area(e.getKey(), e.getValue())).toList();
    }

    /**
     * The child ids in the area now: those whose profiles' stored area ({@link ProfileAreas}, computed at each write by
     * {@link AreaSettings#areaOf}, the rule an alert's {@code area} is read by) is this one, read through its index,
     * and the children merged away into them. Nothing else of the profiles is read.
     */
    Set<String> livingIn(String area) {
        Set<String> ids = new LinkedHashSet<>();
        profiles.find(Filters.eq(ProfileAreas.FIELD, area)).projection(Projections.include("_id"))
                .forEach(d -> ids.add(d.getString("_id")));
        ids.addAll(mergedAwayInto(ids));
        return ids;
    }

    /**
     * Of these children (the ones the alerts asked about name), those in no configured area now: no home postcode,
     * one outside every area, or no profile now (nor a survivor with one). Read as an alert's row reads its child
     * ({@link #about}), so the filter never keeps a row that names an area. The complement of every area's children
     * could only be had by reading them all; these are only the children the matching alerts name.
     */
    Set<String> inNoArea(Collection<String> childIds) {
        Map<String, Known> known = about(childIds);
        return childIds.stream().filter(Objects::nonNull)
                .filter(id -> !known.containsKey(id) || AreaSettings.NOT_KNOWN.equals(known.get(id).area()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The children merged away whose alerts name one of these survivors. Found backwards, through indexes: the
     * records now in the survivors ({@code resolutions} by {@code childId}), then the former children whose last
     * profile listed one of them ({@code former_children} by {@code records}); each is then followed forwards by the
     * rule a row is read by ({@link #about}: its own profile when it has one again, otherwise the child its first
     * still-resolved record is in), so only those whose rows name one of the survivors are kept.
     */
    private Set<String> mergedAwayInto(Set<String> survivors) {
        Set<String> merged = new LinkedHashSet<>();
        if (survivors.isEmpty()) {
            return merged;
        }
        Set<String> records = new HashSet<>();
        resolutions.find(Filters.in("childId", survivors)).projection(Projections.include("_id"))
                .forEach(r -> records.add(r.getString("_id")));
        if (records.isEmpty()) {
            return merged;
        }
        Set<String> candidates = new LinkedHashSet<>();
        former.find(Filters.in("records", records)).projection(Projections.include("_id"))
                .forEach(d -> candidates.add(d.getString("_id")));
        candidates.removeAll(survivors);
        about(candidates).forEach((id, known) -> {
            if (survivors.contains(known.child().childId())) {
                merged.add(id);
            }
        });
        return merged;
    }

    /**
     * The indexes the Area filter follows a merge backwards through: a child's records, and the former children that
     * listed a record. (The profiles' area index is {@link ProfileAreas#createIndexes}.)
     */
    void createIndexes() {
        resolutions.createIndex(Indexes.compoundIndex(Indexes.ascending("childId"), Indexes.ascending("_id")),
                new IndexOptions().name("childId"));
        former.createIndex(Indexes.ascending("records"), new IndexOptions().name("records"));
    }

    /**
     * A SHARED_ASSOCIATE or SHARED_LOCATION alert's summary with the other children named in place of their count
     * ("Seen with the same associate (Dean Marsh) as Leah Smith (13) and Jay Jones (15), on 3 Nov 2026"); those not
     * known now (or known without a name) stay counted ("as Leah Smith (13) and 1 other child"). As it is when none
     * is named.
     */
    static String sharedInWords(String summary, List<AlertView.Child> others, int notKnown) {
        if (summary == null) {
            return null;
        }
        Matcher m = OTHERS.matcher(summary);
        List<String> names = new ArrayList<>();
        int unnamed = notKnown;
        for (AlertView.Child other : others) {
            if (other.name() == null || other.name().isBlank()) {
                unnamed++;
            } else {
                names.add(AlertView.words(other));
            }
        }
        if (!m.matches() || names.isEmpty()) {
            return summary;
        }
        if (unnamed > 0) {
            names.add(unnamed + (unnamed == 1 ? " other child" : " other children"));
        }
        String listed = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return m.group(1) + listed + m.group(2);
    }

    /**
     * A POSSIBLE_SAME_CHILD alert's summary with both children named ("Kai Brown (14) and Kai Browne (14) may be the
     * same child (score 7.2): below link threshold"); with no record keys when a child is not known now.
     */
    static String sameChildInWords(String summary, AlertView.Child child, AlertView.Child related) {
        if (summary == null) {
            return null;
        }
        Matcher m = SAME_CHILD.matcher(summary);
        if (!m.matches()) {
            return summary;
        }
        boolean named = child != null && child.name() != null && related != null && related.name() != null;
        return (named ? AlertView.words(child) + " and " + AlertView.words(related) : "This child and another child") + m.group(1);
    }

    private Map<String, Known> profiles(Set<String> ids) {
        Map<String, Known> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        profiles.find(Filters.in("_id", ids))
                .projection(Projections.include("names", "dateOfBirth", "homePostcode"))
                .forEach(p -> {
                    String id = p.getString("_id");
                    found.put(id, new Known(new AlertView.Child(id, name(p), age(p.getString("dateOfBirth"), today)),
                            areas.areaOf(p.getString("homePostcode")).orElse(AreaSettings.NOT_KNOWN)));
                });
        return found;
    }

    /** Where each child that has gone was merged: the child its last profile's first still-resolved record is in. */
    private Map<String, String> mergedInto(Set<String> gone) {
        Map<String, List<String>> recordsOf = new HashMap<>();
        former.find(Filters.in("_id", gone)).forEach(d -> recordsOf.put(d.getString("_id"),
                d.getList("records", String.class, List.of())));
        Set<String> records = recordsOf.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<String, String> childOfRecord = new HashMap<>();
        if (!records.isEmpty()) {
            resolutions.find(Filters.in("_id", records)).projection(Projections.include("childId"))
                    .forEach(r -> Optional.ofNullable(r.getString("childId"))
                            .ifPresent(c -> childOfRecord.put(r.getString("_id"), c)));
        }
        Map<String, String> into = new HashMap<>();
        recordsOf.forEach((old, its) -> its.stream().map(childOfRecord::get)
                .filter(c -> c != null && !c.equals(old)).findFirst().ifPresent(c -> into.put(old, c)));
        return into;
    }

    /** The profile's own choice of name: the first of its names (as the child's page shows it), given then family. */
    private static String name(Document profile) {
        List<String> names = new ArrayList<>();
        for (Document n : profile.getList("names", Document.class, List.of())) {
            String name = ((n.getString("givenName") == null ? "" : n.getString("givenName")) + " "
                    + (n.getString("familyName") == null ? "" : n.getString("familyName"))).strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : names.get(0);
    }

    static Integer age(String dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            return null;
        }
        try {
            LocalDate born = LocalDate.parse(dateOfBirth);
            return born.isAfter(today) ? null : Period.between(born, today).getYears();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
