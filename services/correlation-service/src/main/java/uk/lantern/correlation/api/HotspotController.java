package uk.lantern.correlation.api;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.correlation.projection.HotspotProjection;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;

/**
 * Hotspots for police analysts and the MACE panel: places and adults seen with more children within the window than
 * the setting allows, each reported once (not as an alert for every pair of children), the most children first.
 */
@RestController
@RequestMapping("/hotspots")
@Validated
class HotspotController {

    /** One hotspot: the place or adult, the children seen with it, over what period, and what was found in words. */
    record HotspotView(String hotspotId, String kind, String value, String status, int children,
                       List<String> childIds, Instant firstSeenAt, Instant lastSeenAt, Instant reportedAt,
                       Instant endedAt, String summary) {

        static HotspotView of(Document d) {
            return new HotspotView(d.getString("_id"), d.getString("kind"), d.getString("value"),
                    d.getString("status"), d.getInteger("children", 0), d.getList("childIds", String.class, List.of()),
                    instant(d, "firstSeenAt"), instant(d, "lastSeenAt"), instant(d, "reportedAt"),
                    instant(d, "endedAt"), d.getString("summary"));
        }

        private static Instant instant(Document d, String field) {
            Date date = d.getDate(field);
            return date == null ? null : date.toInstant();
        }
    }

    private final MongoCollection<Document> hotspots;

    HotspotController(MongoTemplate mongo) {
        this.hotspots = mongo.getCollection(HotspotProjection.COLLECTION);
    }

    @Operation(summary = "Hotspots, the most children first; CURRENT (default) or ENDED")
    @GetMapping
    @AccessLogged(AccessAction.READ_LIST)
    List<HotspotView> list(@RequestParam(defaultValue = "CURRENT") String status,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        var filter = Filters.eq("status", AlertWork.known("status", status,
                HotspotProjection.HotspotStatus.values()));
        var found = new ArrayList<HotspotView>();
        hotspots.find(filter).sort(Sorts.orderBy(Sorts.descending("children"), Sorts.ascending("_id"))).limit(size)
                .forEach(d -> found.add(HotspotView.of(d)));
        return found;
    }
}
