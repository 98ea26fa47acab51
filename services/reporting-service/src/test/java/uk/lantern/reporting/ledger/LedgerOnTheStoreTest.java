package uk.lantern.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.reporting.support.Entries.*;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.reporting.ledger.application.LedgerService;
import uk.lantern.reporting.ledger.domain.LedgerEntry;
import uk.lantern.reporting.ledger.persistence.MongoLedger;
import uk.lantern.testsupport.EmbeddedInfra;

/** The ledger on the embedded store: one entry per event, in the fold order, and what an erasure takes away. */
class LedgerOnTheStoreTest {

    MongoClient client;
    LedgerService ledger;

    @BeforeEach
    void store() {
        client = MongoClients.create(EmbeddedInfra.mongo().connectionString());
        MongoLedger store = new MongoLedger(new MongoTemplate(client, "reporting-ledger-" + UUID.randomUUID()));
        store.prepare();
        ledger = new LedgerService(store);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void an_event_delivered_twice_is_one_entry() {
        LedgerEntry e = reported("ep-1", child("1001"), "2026-11-03T20:00:00Z", false, false);
        assertThat(ledger.record(e)).isTrue();
        assertThat(ledger.record(e)).isFalse();
        assertThat(ledger.size()).isEqualTo(1);
        assertThat(ledger.all()).containsExactly(e);
    }

    @Test
    void entries_come_back_in_the_fold_order_to_the_nanosecond_and_as_at_leaves_out_what_was_known_later() {
        LedgerEntry later = knownAt(reported("ep-2", child("1002"), "2026-11-03T20:00:00Z", false, false),
                "2026-11-03T20:00:00.000000002Z");
        LedgerEntry earlier = knownAt(reported("ep-1", child("1001"), "2026-11-03T20:00:00Z", false, false),
                "2026-11-03T20:00:00.000000001Z");
        ledger.record(later);
        ledger.record(earlier);
        assertThat(ledger.all()).containsExactly(earlier, later);
        assertThat(ledger.knownBy(Instant.parse("2026-11-03T20:00:00.000000001Z"))).containsExactly(earlier);
    }

    @Test
    void an_erasure_takes_the_childs_details_off_the_records_entries_and_off_any_that_arrive_after_it() {
        LedgerEntry report = reported("ep-1", child("1001"), "2026-11-03T20:00:00Z", false, false);
        LedgerEntry other = reported("ep-2", child("1001"), "2026-11-04T20:00:00Z", false, false);
        ledger.record(report);
        ledger.record(other);
        ledger.record(erased("ep-1", "2026-12-10T09:00:00Z"));
        LedgerEntry lateReturn = returned("ep-1", child("1001"), "2026-11-04T10:00:00Z");
        ledger.record(lateReturn);
        List<LedgerEntry> all = ledger.all();
        assertThat(all).filteredOn(e -> e.recordId().equals("ep-1")).allMatch(e -> e.child().isEmpty()).hasSize(3);
        assertThat(all).filteredOn(e -> e.recordId().equals("ep-2")).allMatch(e -> !e.child().isEmpty());
        // the facts the counts need stay
        assertThat(all).filteredOn(e -> e.eventId().equals(report.eventId())).first()
                .satisfies(e -> assertThat(e.facts()).isEqualTo(report.facts()));
    }
}
