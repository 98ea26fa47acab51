package uk.lantern.cmeregister.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.cmeregister.register.application.RegisterStore;
import uk.lantern.cmeregister.register.domain.EntryId;
import uk.lantern.cmeregister.register.messaging.RegisterEventContract;
import uk.lantern.cmeregister.retention.application.RegisterEntryErasures;
import uk.lantern.cmeregister.retention.domain.Erasure;
import uk.lantern.cmeregister.retention.domain.ErasureReason;
import uk.lantern.cmeregister.support.Notifications;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.cmeregister.CmeRegisterEvent;
import uk.lantern.schemas.cmeregister.CmeRegisterTopics;
import uk.lantern.schemas.cmeregister.RegisterEntryErased;
import uk.lantern.support.idempotency.SubmissionClaims;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.AwkwardMoments;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.MutableClock;
import uk.lantern.testsupport.ServiceRun;
import uk.lantern.testsupport.TestClockConfiguration;
import uk.lantern.testsupport.TopicReader;

/**
 * Retention and erasure through the service's own path, on the embedded broker and store: an entry is kept for the
 * period after the child left the register and erased at its edge, not a second before; a child still on the
 * register is never due; the purge is idempotent and finishes what a pass stopped half-way left; an entry recorded
 * against the wrong child is erased on request; each erasure reaches the topic once, under the entry's key, with
 * nothing of the child; and the child's UPN leads to the right entry afterwards. Its own database, since the clock
 * jumps years; a purge batch of two, so that a purge takes more than one batch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lantern.retention.enabled=false", "lantern.retention.register-entries=P6Y",
                "lantern.retention.purge-batch=2"})
@Import(TestClockConfiguration.class)
class RetentionAndErasureTest {

    private static final Period KEPT = Period.ofYears(6);
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final String WRONGLY_RECORDED = """
            {"reason": "WRONGLY_RECORDED"}""";
    private static TopicReader<CmeRegisterEvent> topic;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/cme-register-retention");
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    RegisterEntryErasures erasures;
    @Autowired
    RegisterStore store;
    @Autowired
    RegisterEventContract contract;
    @Autowired
    SubmissionClaims claims;
    @Autowired
    MongoTemplate mongo;
    Api cme;

    @BeforeEach
    void now() {
        clock.set(AwkwardMoments.JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER);
        cme = new Api(port).as("cme");
        if (topic == null) {
            topic = new TopicReader<>(EmbeddedInfra.broker().bootstrapServers(), CmeRegisterTopics.CME_REGISTER,
                    CmeRegisterEvent::entryId);
        }
    }

    @AfterAll
    static void closeReader() {
        if (topic != null) {
            topic.close();
            topic = null;
        }
    }

    @Test
    void an_entry_is_kept_until_the_period_after_the_child_left_the_register_and_erased_at_its_edge() {
        String upn = Notifications.uniqueUpn();
        String id = removedEntry(upn);
        // the notification and removal are published years before any purge (an erasure drops what is unsent)
        ServiceRun.awaitOutboxEmpty(mongo, "register_entries");
        Instant edge = today().plus(KEPT).atStartOfDay(ENGLAND).toInstant();

        clock.set(edge.minusSeconds(1));
        erasures.purgeDue();
        assertThat(store.find(new EntryId(id))).as("a second before the edge").isPresent();

        clock.set(edge);
        erasures.purgeDue();
        assertThat(store.find(new EntryId(id))).as("at the edge").isEmpty();
        assertThat(store.erasure(new EntryId(id))).get().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ErasureReason.RETENTION);
            assertThat(e.erasedAt()).isEqualTo(edge);
            assertThat(e.erasedBy()).isNull();
        });
        assertThat(cme.get("/register-entries/" + id).status()).isEqualTo(404);
        assertThat(cme.get("/register-entries/history?upn=" + upn).body()).isEmpty();

        List<TopicReader.Event<CmeRegisterEvent>> events = TopicReader.ofRecord(
                topic.readUntil(TopicReader.containsRecord(id, 3), Duration.ofSeconds(30)), id);
        assertThat(events).extracting(e -> e.envelope().eventType())
                .containsExactly("ChildAddedToRegister", "ChildRemovedFromRegister", "RegisterEntryErased");
        assertThat(events.get(2)).satisfies(e -> {
            assertThat(e.key()).isEqualTo("upn:" + upn);
            assertThat(e.envelope().subject()).isEqualTo(Subject.empty());
            assertThat(e.envelope().data()).isInstanceOfSatisfying(RegisterEntryErased.class, erased -> {
                assertThat(erased.reason()).isEqualTo(RegisterEntryErased.Reason.RETENTION);
                assertThat(erased.erasedAt()).isEqualTo(edge);
            });
        });
    }

    @Test
    void a_child_still_on_the_register_is_never_due_however_long_their_whereabouts_stay_unknown() {
        String id = notified(Notifications.deletedFromRoll(Notifications.uniqueUpn(), "110123", today()));
        assertThat(cme.post("/register-entries/" + id + "/enquiries",
                Notifications.enquiry("NATIONAL_DATA", false, today())).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(365L * 30));
        erasures.purgeDue();

        assertThat(store.find(new EntryId(id))).isPresent();
    }

    @Test
    void a_child_removed_as_whereabouts_unknown_is_kept_the_period_after_that_removal_not_after_joining() {
        LocalDate joined = today().minusYears(2).minusDays(1);
        String id = notified(Notifications.deletedFromRoll(Notifications.uniqueUpn(), "110123", joined));
        cme.post("/register-entries/" + id + "/enquiries", Notifications.enquiry("NATIONAL_DATA", false, joined.plusMonths(6)));
        assertThat(cme.post("/register-entries/" + id + "/removal",
                Notifications.removal("\"outcome\": \"WHEREABOUTS_UNKNOWN_RETENTION_ENDED\",")).status()).isEqualTo(200);
        ServiceRun.awaitOutboxEmpty(mongo, "register_entries");
        LocalDate removedOn = today();

        clock.set(joined.plus(KEPT).plusDays(1).atStartOfDay(ENGLAND).toInstant());
        erasures.purgeDue();
        assertThat(store.find(new EntryId(id))).as("the period after joining has passed, not after leaving").isPresent();

        clock.set(removedOn.plus(KEPT).atStartOfDay(ENGLAND).toInstant());
        erasures.purgeDue();
        assertThat(store.find(new EntryId(id))).isEmpty();
    }

    @Test
    void the_purge_finishes_what_a_pass_stopped_half_way_left_and_erases_each_entry_once() {
        List<String> ids = List.of(removedEntry(Notifications.uniqueUpn()), removedEntry(Notifications.uniqueUpn()),
                removedEntry(Notifications.uniqueUpn()));
        ServiceRun.awaitOutboxEmpty(mongo, "register_entries");
        clock.advance(Duration.ofDays(365L * 7));
        // A pass stopped after its first write: the first entry is a tombstone with its event stored, the rest due.
        var first = store.find(new EntryId(ids.get(0))).orElseThrow();
        var erasure = new Erasure(UUID.randomUUID(), new EntryId(ids.get(0)), clock.instant(), ErasureReason.RETENTION,
                null);
        assertThat(store.erase(erasure, first.version(), contract.erasureEntry(first.entry(), erasure))).isTrue();

        int erased = erasures.purgeDue();
        int again = erasures.purgeDue();

        assertThat(erased).as("two batches of two at least: the two left here, and any other test's left due")
                .isGreaterThanOrEqualTo(2);
        assertThat(again).isZero();
        ids.forEach(id -> assertThat(store.find(new EntryId(id))).as(id).isEmpty());
        var all = topic.readUntil(read -> ids.stream().allMatch(id -> TopicReader.ofRecord(read, id).stream()
                .anyMatch(e -> e.envelope().data() instanceof RegisterEntryErased)), Duration.ofSeconds(30));
        for (String id : ids) {
            assertThat(TopicReader.ofRecord(all, id).stream()
                    .filter(e -> e.envelope().data() instanceof RegisterEntryErased)
                    .map(e -> e.envelope().eventId()).distinct()).as(id).hasSize(1);
        }
    }

    @Test
    void an_entry_recorded_against_the_wrong_child_is_erased_on_request_once_and_the_child_notified_again_starts_afresh() {
        String upn = Notifications.uniqueUpn();
        String notification = Notifications.deletedFromRoll(upn, "110123", today().minusDays(3));
        Api.Response created = cme.post("/notifications", notification, "Idempotency-Key", "wrong-" + upn);
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(cme.post("/register-entries/" + id + "/enquiries",
                Notifications.enquiry("HOME_VISIT", false, today())).status()).isEqualTo(200);

        assertThat(new Api(port).as("coordinator").post("/register-entries/" + id + "/erasure", WRONGLY_RECORDED)
                .status()).isEqualTo(403);
        Api.Response retention = cme.post("/register-entries/" + id + "/erasure", """
                {"reason": "RETENTION"}""");
        Api.Response noReason = cme.post("/register-entries/" + id + "/erasure", "{}");
        Api.Response erased = cme.post("/register-entries/" + id + "/erasure", WRONGLY_RECORDED);
        Api.Response repeated = cme.post("/register-entries/" + id + "/erasure", WRONGLY_RECORDED);

        assertThat(retention.status()).isEqualTo(400);
        assertThat(retention.body().at("/errors/0/field").asString()).isEqualTo("reason");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().at("/errors/0/field").asString()).isEqualTo("reason");
        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(200);
        assertThat(erased.body().get("entryId").asString()).isEqualTo(id);
        assertThat(erased.body().get("reason").asString()).isEqualTo("WRONGLY_RECORDED");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body().get("erasedAt")).isEqualTo(erased.body().get("erasedAt"));
        assertThat(cme.get("/register-entries/" + id).status()).isEqualTo(404);
        assertThat(cme.get("/register-entries/history?upn=" + upn).body()).isEmpty();
        assertThat(cme.get("/register-entries?schoolUrn=110123&size=500").body().toString()).doesNotContain(id);
        assertThat(cme.post("/register-entries/" + id + "/enquiries",
                Notifications.enquiry("HOME_VISIT", false, today())).status()).isEqualTo(404);
        assertThat(cme.post("/register-entries/" + UUID.randomUUID() + "/erasure", WRONGLY_RECORDED).status())
                .isEqualTo(404);
        // the tombstone keeps ids and times, nothing of the child (once the erasure, keyed by the UPN, has been sent)
        ServiceRun.awaitOutboxEmpty(mongo, "register_entries");
        Document tombstone = mongo.findById(id, Document.class, "register_entries");
        assertThat(tombstone.toJson()).doesNotContain(upn).doesNotContain("Brown").doesNotContain("PE2")
                .doesNotContain("110123");
        assertThat(tombstone.get("erasure", Document.class).getString("erasedBy")).isNotBlank();

        Api.Response again = cme.post("/notifications", notification, "Idempotency-Key", "wrong-" + upn);
        assertThat(again.status()).as(again.body().toString()).isEqualTo(201);
        assertThat(again.body().get("id").asString()).isNotEqualTo(id);

        var events = TopicReader.ofRecord(topic.readUntil(all -> TopicReader.ofRecord(all, id).stream()
                .anyMatch(e -> e.envelope().data() instanceof RegisterEntryErased), Duration.ofSeconds(30)), id);
        assertThat(events.stream().filter(e -> e.envelope().data() instanceof RegisterEntryErased))
                .singleElement().satisfies(e -> {
                    assertThat(e.key()).isEqualTo("upn:" + upn);
                    assertThat(e.envelope().subject()).isEqualTo(Subject.empty());
                    assertThat(((RegisterEntryErased) e.envelope().data()).reason())
                            .isEqualTo(RegisterEntryErased.Reason.WRONGLY_RECORDED);
                });
    }

    @Test
    void erasing_an_earlier_entry_of_a_child_leaves_the_later_one_on_the_register_and_found_by_the_next_notification() {
        String upn = Notifications.uniqueUpn();
        String earlier = removedEntry(upn);
        Api.Response later = cme.post("/notifications", Notifications.absent(upn, "110456", today()));
        assertThat(later.status()).isEqualTo(201);
        String current = later.body().get("id").asString();

        assertThat(cme.post("/register-entries/" + earlier + "/erasure", WRONGLY_RECORDED).status()).isEqualTo(200);
        Api.Response next = cme.post("/notifications", Notifications.absent(upn, "110789", today()));

        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().get("id").asString()).isEqualTo(current);
        assertThat(next.body().get("notifications")).hasSize(2);
    }

    @Test
    void a_chain_of_upn_claims_written_before_erasure_existed_is_followed_and_folded_and_an_erasure_keeps_it_whole() {
        String upn = Notifications.uniqueUpn();
        String first = removedEntry(upn);
        String second = notified(Notifications.absent(upn, "110456", today()));
        assertThat(second).isNotEqualTo(first);

        asTheOldChain(upn, first, second);
        Api.Response found = cme.post("/notifications", Notifications.absent(upn, "110789", today()));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("id").asString()).isEqualTo(second);
        assertThat(claims.find("cme-upn:" + upn)).get().extracting(SubmissionClaims.Claim::recordId).isEqualTo(second);
        assertThat(claims.find("cme-upn:" + upn + ":after:" + first)).isEmpty();

        asTheOldChain(upn, first, second);
        assertThat(cme.post("/register-entries/" + first + "/erasure", WRONGLY_RECORDED).status()).isEqualTo(200);
        Api.Response afterErasure = cme.post("/notifications", Notifications.absent(upn, "110321", today()));
        assertThat(afterErasure.status()).isEqualTo(200);
        assertThat(afterErasure.body().get("id").asString()).isEqualTo(second);
        assertThat(claims.find("cme-upn:" + upn + ":after:" + first)).isEmpty();
    }

    @Test
    void a_key_held_by_an_erasure_stopped_before_its_claims_were_released_can_be_notified_again() {
        String upn = Notifications.uniqueUpn();
        String notification = Notifications.absent(upn, "110123", today());
        String id = cme.post("/notifications", notification, "Idempotency-Key", "stopped-" + upn)
                .body().get("id").asString();
        var stored = store.find(new EntryId(id)).orElseThrow();
        var erasure = new Erasure(UUID.randomUUID(), new EntryId(id), clock.instant(), ErasureReason.WRONGLY_RECORDED,
                "cme");
        assertThat(store.erase(erasure, stored.version(), contract.erasureEntry(stored.entry(), erasure))).isTrue();

        Api.Response again = cme.post("/notifications", notification, "Idempotency-Key", "stopped-" + upn);
        Api.Response byUpnAlone = cme.post("/notifications", Notifications.absent(upn, "110456", today()));

        assertThat(again.status()).as(again.body().toString()).isEqualTo(201);
        assertThat(again.body().get("id").asString()).isNotEqualTo(id);
        assertThat(byUpnAlone.status()).isEqualTo(200);
        assertThat(byUpnAlone.body().get("id")).isEqualTo(again.body().get("id"));
    }

    /** The claims as the service wrote them before erasure existed: the UPN names the first entry, a link the next. */
    private void asTheOldChain(String upn, String first, String second) {
        String key = "cme-upn:" + upn;
        assertThat(claims.reassign(key, second, first)).isTrue();
        assertThat(claims.claim(key + ":after:" + first, second, "upn").recordId()).isEqualTo(second);
    }

    private String removedEntry(String upn) {
        String id = notified(Notifications.deletedFromRoll(upn, "110123", today().minusDays(10)));
        Api.Response removed = cme.post("/register-entries/" + id + "/removal", Notifications.removal(
                "\"outcome\": \"ON_ROLL_ELSEWHERE\", \"school\": {\"urn\": \"110456\", \"name\": \"Hampton College\"},"));
        assertThat(removed.status()).as(removed.body().toString()).isEqualTo(200);
        return id;
    }

    private String notified(String body) {
        Api.Response response = cme.post("/notifications", body);
        assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
        return response.body().get("id").asString();
    }

    private LocalDate today() {
        return Notifications.today(clock);
    }
}
