package uk.lantern.support.testapp;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.bson.Document;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.support.LanternServiceSupport;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLogged;
import uk.lantern.support.problems.NotFound;
import uk.lantern.support.security.AccessRules;
import uk.lantern.support.security.Role;

/** The smallest service that keeps children's records: what the access log tests read through. */
@SpringBootApplication
@Import(LanternServiceSupport.class)
public class ChildRecordsApplication {

    public record ChildRecord(String id, String childId, String nhsNumber, String note) {

        static ChildRecord of(Document d) {
            return new ChildRecord(d.getString("_id"), d.getString("childId"), d.getString("nhsNumber"),
                    d.getString("note"));
        }
    }

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .allow(GET, "/records/{id}", Role.MISSING_COORDINATOR)
                .breakGlass(GET, "/records/{id}", Role.POLICE_RECORDER)
                .allow(GET, "/records", Role.MISSING_COORDINATOR)
                .allow(POST, "/records/{id}/unlink", Role.MISSING_COORDINATOR)
                .build();
    }

    @Bean
    MeterRegistry meters() {
        return new SimpleMeterRegistry();
    }

    @RestController
    static class RecordController {

        private final MongoTemplate mongo;

        RecordController(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @GetMapping("/records/{id}")
        @AccessLogged(AccessAction.READ_RECORD)
        ChildRecord record(@PathVariable String id) {
            Document found = mongo.getCollection("records").find(new Document("_id", id)).first();
            if (found == null) {
                throw new NotFound("no record " + id);
            }
            return ChildRecord.of(found);
        }

        @GetMapping("/records")
        @AccessLogged(value = AccessAction.SEARCH_BY_IDENTIFIER, parameters = "nhsNumber")
        List<ChildRecord> holding(@RequestParam String nhsNumber) {
            return mongo.getCollection("records").find(new Document("nhsNumber", nhsNumber))
                    .map(ChildRecord::of).into(new java.util.ArrayList<>());
        }

        @PostMapping("/records/{id}/unlink")
        @AccessLogged(AccessAction.UNLINK)
        @ResponseStatus(HttpStatus.ACCEPTED)
        void unlink(@PathVariable String id) {
            mongo.getCollection("records").updateOne(new Document("_id", id),
                    new Document("$set", new Document("childId", null)));
        }
    }
}
