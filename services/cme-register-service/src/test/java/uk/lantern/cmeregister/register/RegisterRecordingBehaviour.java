package uk.lantern.cmeregister.register;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.lantern.cmeregister.support.Notifications;
import uk.lantern.schemas.cmeregister.AlternativeProvisionRecorded;
import uk.lantern.schemas.cmeregister.ChildAddedToRegister;
import uk.lantern.schemas.cmeregister.ChildRemovedFromRegister;
import uk.lantern.schemas.cmeregister.CmeRegisterEvent;
import uk.lantern.schemas.cmeregister.CmeRegisterTopics;
import uk.lantern.schemas.cmeregister.EnquiryLogged;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.AwkwardMoments;
import uk.lantern.testsupport.MutableClock;
import uk.lantern.testsupport.TestClockConfiguration;
import uk.lantern.testsupport.TopicReader;

/**
 * What schools and CME officers can rely on, through the HTTP API, a real broker and a real MongoDB-wire store.
 * Run once on the embedded broker and store, and again on real Kafka and MongoDB images where Docker exists. The
 * service's clock is the test's: each test starts just after midnight in London in summer, when the UTC date is still
 * the day before, so a date counted in the wrong zone fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
abstract class RegisterRecordingBehaviour {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;

    Api api;
    static TopicReader<CmeRegisterEvent> topic;

    abstract String bootstrapServers();

    @BeforeAll
    static void noReaderYet() {
        topic = null;
    }

    @AfterAll
    static void closeReader() {
        if (topic != null) {
            topic.close();
        }
    }

    @BeforeEach
    void justAfterMidnightInLondonInSummer() {
        clock.set(AwkwardMoments.JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER);
    }

    /** Today in England by the service's clock. */
    LocalDate today() {
        return Notifications.today(clock);
    }

    TopicReader<CmeRegisterEvent> topic() {
        if (topic == null) {
            topic = new TopicReader<>(bootstrapServers(), CmeRegisterTopics.CME_REGISTER, CmeRegisterEvent::entryId);
        }
        return topic;
    }

    Api api() {
        if (api == null) {
            api = new Api(port).as("cme");
        }
        return api;
    }

    private String notified(String body) {
        Api.Response response = api().post("/notifications", body);
        assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
        return response.body().get("id").asString();
    }

    private List<TopicReader.Event<CmeRegisterEvent>> eventsOf(String entryId, int count) {
        return topic().eventsOf(entryId, count);
    }

    @Test
    void a_notified_child_joins_the_register_and_the_event_is_published_under_its_contract_keyed_by_the_child() {
        String upn = Notifications.uniqueUpn();
        LocalDate date = today().minusDays(3);

        Api.Response created = api().post("/notifications", Notifications.deletedFromRoll(upn, "110123", date));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/register-entries/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        JsonNode entry = api().get("/register-entries/" + id).body();
        assertThat(entry.get("status").asString()).isEqualTo("ON_REGISTER");
        assertThat(entry.get("onRegisterSince").asString()).isEqualTo(date.toString());
        assertThat(entry.get("daysOnRegister").asLong()).isEqualTo(3);
        assertThat(entry.get("whereaboutsUnknownRemovalFrom").asString()).isEqualTo(date.plusYears(2).toString());

        assertThat(eventsOf(id, 1)).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("upn:" + upn);
            assertThat(e.envelope().eventType()).isEqualTo("ChildAddedToRegister");
            assertThat(e.envelope().subject().upn()).isEqualTo(upn);
            assertThat(e.envelope().data()).isInstanceOfSatisfying(ChildAddedToRegister.class, added -> {
                assertThat(added.school().urn()).isEqualTo("110123");
                assertThat(added.deletionGround().name()).isEqualTo("MOVED_AWAY_NO_KNOWN_SCHOOL");
                assertThat(added.date()).isEqualTo(date);
            });
        });
    }

    @Test
    void the_pupils_ethnicity_is_stored_read_back_and_published_on_the_subject_and_a_notification_without_it_still_works() {
        String upn = Notifications.uniqueUpn();
        String without = Notifications.uniqueUpn();
        String body = Notifications.deletedFromRoll(upn, "110123", today().minusDays(2))
                .replace("\"sex\": \"MALE\"", "\"sex\": \"MALE\", \"ethnicity\": \"APKN\"");

        String id = notified(body);
        String oldId = notified(Notifications.deletedFromRoll(without, "110123", today().minusDays(2)));

        assertThat(api().get("/register-entries/" + id).body().at("/pupil/ethnicity").asString()).isEqualTo("APKN");
        assertThat(api().get("/register-entries/" + oldId).body().at("/pupil").has("ethnicity")).isFalse();
        assertThat(eventsOf(id, 1)).singleElement().satisfies(e ->
                assertThat(e.envelope().subject().ethnicity()).isEqualTo(uk.lantern.schemas.Ethnicity.APKN));
        assertThat(eventsOf(oldId, 1)).singleElement().satisfies(e ->
                assertThat(e.envelope().subject().ethnicity()).isNull());
    }

    @Test
    void an_ethnicity_that_is_not_a_dfe_code_is_refused_naming_the_field_and_nothing_is_written() {
        String upn = Notifications.uniqueUpn();
        long before = mongo.getCollection("register_entries").countDocuments();

        Api.Response refused = api().post("/notifications", Notifications.deletedFromRoll(upn, "110123",
                today().minusDays(1)).replace("\"sex\": \"MALE\"", "\"sex\": \"MALE\", \"ethnicity\": \"wbri\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("pupil.ethnicity");
        assertThat(refused.body().at("/errors/0/reason").asString()).contains("WBRI");
        assertThat(mongo.getCollection("register_entries").countDocuments()).isEqualTo(before);
    }

    @Test
    void a_second_notification_for_a_child_on_the_register_is_recorded_on_the_existing_entry_not_as_a_second_one() {
        String upn = Notifications.uniqueUpn();
        Api.Response first = api().post("/notifications", Notifications.deletedFromRoll(upn, "110123", today().minusDays(9)));
        Api.Response second = api().post("/notifications", Notifications.absent(upn, "110456", today().minusDays(2)));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        String id = first.body().get("id").asString();
        assertThat(second.body().get("id").asString()).isEqualTo(id);
        assertThat(second.body().get("notifications")).hasSize(2);
        assertThat(second.header("ETag")).isEqualTo("\"1\"");
        assertThat(ids(api().get("/register-entries/history?upn=" + upn).body())).containsExactly(id);
        assertThat(eventsOf(id, 2)).extracting(e -> e.envelope().eventType())
                .containsExactly("ChildAddedToRegister", "NotificationRecorded");
    }

    static Stream<Arguments> moments_and_the_day_they_fall_on_in_england() {
        return Stream.of(
                arguments(AwkwardMoments.JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER, LocalDate.parse("2026-07-15")),
                arguments(AwkwardMoments.JUST_AFTER_MIDNIGHT_UTC_IN_SUMMER, LocalDate.parse("2026-07-15")),
                arguments(AwkwardMoments.JUST_AFTER_MIDNIGHT_IN_WINTER, LocalDate.parse("2026-11-23")));
    }

    @ParameterizedTest
    @MethodSource("moments_and_the_day_they_fall_on_in_england")
    void today_is_the_day_in_england_a_notification_dated_today_is_taken_tomorrow_is_refused_and_days_on_the_register_count_from_today(
            Instant now, LocalDate todayInEngland) {
        clock.set(now);
        String urn = Notifications.uniqueUrn();

        Api.Response tomorrow = api().post("/notifications",
                Notifications.absent(Notifications.uniqueUpn(), urn, todayInEngland.plusDays(1)));
        Api.Response today = api().post("/notifications",
                Notifications.absent(Notifications.uniqueUpn(), urn, todayInEngland));
        String thirtyOneDays = notified(Notifications.absent(Notifications.uniqueUpn(), urn, todayInEngland.minusDays(31)));
        String thirtyDays = notified(Notifications.absent(Notifications.uniqueUpn(), urn, todayInEngland.minusDays(30)));

        assertThat(tomorrow.status()).isEqualTo(422);
        assertThat(tomorrow.body().at("/errors/0/field").asString()).isEqualTo("date");
        assertThat(today.status()).as(today.body().toString()).isEqualTo(201);
        assertThat(ids(api().get("/register-entries?schoolUrn=" + urn + "&onRegisterForMoreThanDays=30").body()))
                .containsExactly(thirtyOneDays).doesNotContain(thirtyDays);
    }

    @Test
    void a_notification_repeated_with_the_same_idempotency_key_is_recorded_once() {
        String upn = Notifications.uniqueUpn();
        String body = Notifications.absent(upn, "110123", today());
        String repeat = Notifications.absent(upn, "110123", today().minusDays(1));

        Api.Response keyed = api().post("/notifications", body, "Idempotency-Key", "notify-" + upn);
        Api.Response keyedAgain = api().post("/notifications", body, "Idempotency-Key", "notify-" + upn);
        Api.Response later = api().post("/notifications", repeat, "Idempotency-Key", "notify-2-" + upn);
        Api.Response laterAgain = api().post("/notifications", repeat, "Idempotency-Key", "notify-2-" + upn);

        assertThat(keyed.status()).isEqualTo(201);
        assertThat(keyedAgain.status()).isEqualTo(200);
        assertThat(keyedAgain.body().get("id")).isEqualTo(keyed.body().get("id"));
        assertThat(laterAgain.body().get("notifications")).hasSize(2);
        assertThat(laterAgain.header("ETag")).isEqualTo("\"1\"");
        assertThat(later.body().get("id")).isEqualTo(keyed.body().get("id"));
    }

    @Test
    void an_idempotency_key_reused_for_a_different_notification_is_refused() {
        String key = "key-" + Notifications.uniqueUpn();
        api().post("/notifications", Notifications.absent(Notifications.uniqueUpn(), "110123", today()), "Idempotency-Key", key);

        Api.Response reused = api().post("/notifications",
                Notifications.absent(Notifications.uniqueUpn(), "110123", today()), "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void concurrent_notifications_for_one_child_open_one_entry_and_keep_every_notification() throws Exception {
        String upn = Notifications.uniqueUpn();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Api.Response>> notifications = new ArrayList<>();
        for (int days = 1; days <= 4; days++) {
            String body = Notifications.absent(upn, "110123", today().minusDays(days));
            notifications.add(() -> api().post("/notifications", body));
        }
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> response : pool.invokeAll(notifications)) {
            responses.add(response.get());
        }
        pool.shutdown();

        assertThat(responses).extracting(Api.Response::status).containsOnlyOnce(201).containsOnly(200, 201);
        assertThat(responses).extracting(r -> r.body().get("id").asString()).containsOnly(responses.get(0).body().get("id").asString());
        JsonNode history = api().get("/register-entries/history?upn=" + upn).body();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("notifications")).hasSize(4);
    }

    @Test
    void enquiries_alternative_provision_and_removal_are_published_in_order_under_one_key_and_kept_in_the_history() {
        String upn = Notifications.uniqueUpn();
        String id = notified(Notifications.deletedFromRoll(upn, "110123", today().minusDays(30)));

        Api.Response enquiry = api().post("/register-entries/" + id + "/enquiries",
                Notifications.enquiry("NATIONAL_DATA", false, today().minusDays(20)), "If-Match", "\"0\"");
        assertThat(enquiry.status()).isEqualTo(200);
        assertThat(enquiry.body().at("/nationalDataChecks/0").asString()).isEqualTo(today().minusDays(20).toString());
        assertThat(api().post("/register-entries/" + id + "/enquiries",
                Notifications.enquiry("HOME_VISIT", true, today().minusDays(1))
                        .replace("\"Checked\"", "\"Neighbour says the family moved to Leeds\"")).status()).isEqualTo(200);
        // the notes are stored sealed, and read back as written
        org.bson.Document stored = mongo.findById(id, org.bson.Document.class, "register_entries")
                .get("entry", org.bson.Document.class);
        assertThat(stored.toJson()).doesNotContain("Leeds").doesNotContain("Checked");
        assertThat(stored.getList("enquiries", org.bson.Document.class).get(1).get("notes", org.bson.Document.class)
                .getString("enc")).isEqualTo("tink-aead-v1");
        assertThat(api().get("/register-entries/" + id).body().at("/enquiries/1/notes").asString())
                .isEqualTo("Neighbour says the family moved to Leeds");
        Api.Response provision = api().post("/register-entries/" + id + "/alternative-provision",
                Notifications.alternativeProvision(12.5, today()));
        assertThat(provision.status()).isEqualTo(200);
        assertThat(provision.body().at("/alternativeProvision/0/belowThreshold").asBoolean()).isTrue();
        Api.Response removed = api().post("/register-entries/" + id + "/removal", Notifications.removal(
                "\"outcome\": \"ON_ROLL_ELSEWHERE\", \"school\": {\"urn\": \"110456\", \"name\": \"Hampton College\"},"),
                "If-Match", "\"3\"");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.header("ETag")).isEqualTo("\"4\"");
        assertThat(removed.body().get("status").asString()).isEqualTo("REMOVED");

        List<TopicReader.Event<CmeRegisterEvent>> events = eventsOf(id, 5);
        assertThat(events).extracting(e -> e.envelope().eventType()).containsExactly("ChildAddedToRegister",
                "EnquiryLogged", "EnquiryLogged", "AlternativeProvisionRecorded", "ChildRemovedFromRegister");
        assertThat(events).extracting(TopicReader.Event::key).containsOnly("upn:" + upn);
        assertThat(events.get(2).envelope().data()).isInstanceOfSatisfying(
                uk.lantern.schemas.cmeregister.EnquiryLogged.class, e -> assertThat(e.notes()).isNull());
        assertThat(events.get(1).envelope().data()).isInstanceOfSatisfying(EnquiryLogged.class,
                e -> assertThat(e.madeOn()).isEqualTo(today().minusDays(20)));
        assertThat(events.get(3).envelope().data()).isInstanceOfSatisfying(AlternativeProvisionRecorded.class, p -> {
            assertThat(p.belowThreshold()).isTrue();
            assertThat(p.thresholdHours()).isEqualTo(25.0);
        });
        assertThat(events.get(4).envelope().data()).isInstanceOfSatisfying(ChildRemovedFromRegister.class,
                r -> assertThat(r.school().urn()).isEqualTo("110456"));

        String again = notified(Notifications.absent(upn, "110456", today()));
        assertThat(again).isNotEqualTo(id);
        JsonNode history = api().get("/register-entries/history?upn=" + upn).body();
        assertThat(ids(history)).containsExactly(again, id);
        assertThat(history.get(1).get("enquiries")).hasSize(2);
        assertThat(history.get(1).at("/removal/outcome").asString()).isEqualTo("ON_ROLL_ELSEWHERE");
    }

    @Test
    void an_other_outcome_s_reason_stays_sealed_with_the_entry_and_the_removal_is_published_as_v2_without_it() {
        String upn = Notifications.uniqueUpn();
        String id = notified(Notifications.absent(upn, "110123", today().minusDays(12)));

        Api.Response removed = api().post("/register-entries/" + id + "/removal",
                Notifications.removal("\"outcome\": \"OTHER\", \"reason\": \"Moved in with grandparents in Porto\","));

        assertThat(removed.status()).as(removed.body().toString()).isEqualTo(200);
        assertThat(removed.body().at("/removal/reason").asString()).isEqualTo("Moved in with grandparents in Porto");
        org.bson.Document stored = mongo.findById(id, org.bson.Document.class, "register_entries");
        assertThat(stored.toJson()).doesNotContain("Porto");
        assertThat(stored.get("entry", org.bson.Document.class).get("removal", org.bson.Document.class)
                .get("reason", org.bson.Document.class).getString("enc")).isEqualTo("tink-aead-v1");
        assertThat(api().get("/register-entries/history?upn=" + upn).body().at("/0/removal/reason").asString())
                .isEqualTo("Moved in with grandparents in Porto");
        assertThat(eventsOf(id, 2).get(1)).satisfies(e -> {
            assertThat(e.envelope().eventType()).isEqualTo("ChildRemovedFromRegister");
            assertThat(e.envelope().schemaVersion()).isEqualTo(2);
            assertThat(e.envelope().data()).isInstanceOfSatisfying(ChildRemovedFromRegister.class, r -> {
                assertThat(r.outcome()).isEqualTo(ChildRemovedFromRegister.Outcome.OTHER);
                assertThat(r.reason()).isNull();
                assertThat(r.removedOn()).isEqualTo(today());
            });
        });
    }

    @Test
    void removing_without_an_outcome_or_its_school_or_reason_is_refused_naming_the_field_and_nothing_is_written() {
        String id = notified(Notifications.absent(Notifications.uniqueUpn(), "110123", today().minusDays(5)));

        Api.Response noOutcome = api().post("/register-entries/" + id + "/removal", Notifications.removal(""));
        Api.Response noSchool = api().post("/register-entries/" + id + "/removal",
                Notifications.removal("\"outcome\": \"ON_ROLL_ELSEWHERE\","));
        Api.Response noReason = api().post("/register-entries/" + id + "/removal",
                Notifications.removal("\"outcome\": \"OTHER\","));
        Api.Response tooSoon = api().post("/register-entries/" + id + "/removal",
                Notifications.removal("\"outcome\": \"WHEREABOUTS_UNKNOWN_RETENTION_ENDED\","));

        assertThat(List.of(noOutcome, noSchool, noReason, tooSoon)).extracting(Api.Response::status).containsOnly(422);
        assertThat(noOutcome.header("Content-Type")).startsWith("application/problem+json");
        assertThat(noOutcome.body().at("/errors/0/field").asString()).isEqualTo("outcome");
        assertThat(noSchool.body().at("/errors/0/field").asString()).isEqualTo("school");
        assertThat(noReason.body().at("/errors/0/field").asString()).isEqualTo("reason");
        assertThat(tooSoon.body().at("/errors/0/field").asString()).isEqualTo("outcome");
        JsonNode entry = api().get("/register-entries/" + id).body();
        assertThat(entry.get("version").asLong()).isZero();
        assertThat(entry.get("status").asString()).isEqualTo("ON_REGISTER");
    }

    @Test
    void a_child_whose_whereabouts_stay_unknown_may_be_closed_after_the_retention_period_and_a_national_data_check() {
        LocalDate joined = today().minusYears(2).minusDays(1);
        String id = notified(Notifications.deletedFromRoll(Notifications.uniqueUpn(), "110123", joined));
        String whereaboutsUnknown = Notifications.removal("\"outcome\": \"WHEREABOUTS_UNKNOWN_RETENTION_ENDED\",");

        Api.Response unchecked = api().post("/register-entries/" + id + "/removal", whereaboutsUnknown);
        api().post("/register-entries/" + id + "/enquiries", Notifications.enquiry("NATIONAL_DATA", false, joined.plusMonths(6)));
        Api.Response closed = api().post("/register-entries/" + id + "/removal", whereaboutsUnknown);

        assertThat(unchecked.status()).isEqualTo(422);
        assertThat(unchecked.body().get("detail").asString()).contains("national data");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().at("/removal/outcome").asString()).isEqualTo("WHEREABOUTS_UNKNOWN_RETENTION_ENDED");
        assertThat(closed.body().at("/nationalDataChecks/0").asString()).isEqualTo(joined.plusMonths(6).toString());
    }

    @Test
    void the_register_is_filtered_by_ground_regulation_ground_school_and_time_on_it_and_paged() {
        String urn = Notifications.uniqueUrn();
        String longAgo = notified(Notifications.deletedFromRoll(Notifications.uniqueUpn(), urn, today().minusDays(40)));
        String recent = notified(Notifications.absent(Notifications.uniqueUpn(), urn, today().minusDays(5)));
        String removed = notified(Notifications.absent(Notifications.uniqueUpn(), urn, today().minusDays(60)));
        api().post("/register-entries/" + removed + "/removal", Notifications.removal("\"outcome\": \"ELECTIVE_HOME_EDUCATION\","));

        assertThat(ids(api().get("/register-entries?schoolUrn=" + urn).body())).containsExactly(longAgo, recent);
        assertThat(ids(api().get("/register-entries?schoolUrn=" + urn + "&ground=DELETED_FROM_ROLL").body()))
                .containsExactly(longAgo);
        assertThat(ids(api().get("/register-entries?schoolUrn=" + urn + "&deletionGround=MOVED_AWAY_NO_KNOWN_SCHOOL").body()))
                .containsExactly(longAgo);
        assertThat(ids(api().get("/register-entries?schoolUrn=" + urn + "&onRegisterForMoreThanDays=30").body()))
                .containsExactly(longAgo);
        assertThat(ids(api().get("/register-entries?schoolUrn=" + urn + "&size=1&page=1").body())).containsExactly(recent);
        assertThat(api().get("/register-entries?size=0").status()).isEqualTo(400);
        assertThat(api().get("/register-entries?ground=SKIVING").body().at("/errors/0/field").asString()).isEqualTo("ground");
    }

    @Test
    void a_missing_field_an_unknown_value_a_broken_rule_and_malformed_json_each_get_a_4xx_problem_naming_the_field() {
        long before = mongo.getCollection("register_entries").countDocuments();
        String upn = Notifications.uniqueUpn();
        Api.Response noDate = api().post("/notifications",
                Notifications.absent(upn, "110123", today()).replace("\"date\": \"" + today() + "\",", ""));
        Api.Response unknownGround = api().post("/notifications",
                Notifications.absent(upn, "110123", today()).replace("TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE", "SKIVING"));
        Api.Response noDeletionGround = api().post("/notifications", Notifications.deletedFromRoll(upn, "110123", today())
                .replace("\"deletionGround\": \"MOVED_AWAY_NO_KNOWN_SCHOOL\",", ""));
        Api.Response badUpn = api().post("/notifications", Notifications.absent("X12", "110123", today()));
        Api.Response badUrn = api().post("/notifications", Notifications.absent(upn, "1101", today()));
        Api.Response future = api().post("/notifications", Notifications.absent(upn, "110123", today().plusDays(2)));
        Api.Response malformed = api().post("/notifications", "{\"pupil\": ");

        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.body().at("/errors/0/field").asString()).isEqualTo("date");
        assertThat(unknownGround.status()).isEqualTo(400);
        assertThat(unknownGround.body().at("/errors/0/field").asString()).isEqualTo("ground");
        assertThat(noDeletionGround.status()).isEqualTo(422);
        assertThat(noDeletionGround.body().at("/errors/0/field").asString()).isEqualTo("deletionGround");
        assertThat(badUpn.status()).isEqualTo(422);
        assertThat(badUpn.body().at("/errors/0/field").asString()).isEqualTo("pupil.upn");
        assertThat(badUrn.status()).isEqualTo(400);
        assertThat(badUrn.body().at("/errors/0/field").asString()).isEqualTo("school.urn");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body().at("/errors/0/field").asString()).isEqualTo("date");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().at("/errors/0/field").asString()).isEqualTo("body");
        assertThat(mongo.getCollection("register_entries").countDocuments()).isEqualTo(before);
        assertThat(api().get("/register-entries/history?upn=" + upn).body()).isEmpty();
    }

    @Test
    void an_enquiry_on_a_removed_entry_or_with_a_stale_version_is_a_conflict_and_an_unknown_entry_is_not_found() {
        String id = notified(Notifications.absent(Notifications.uniqueUpn(), "110123", today()));
        Api.Response stale = api().post("/register-entries/" + id + "/enquiries",
                Notifications.enquiry("HOME_VISIT", false, today()), "If-Match", "\"7\"");
        api().post("/register-entries/" + id + "/removal", Notifications.removal("\"outcome\": \"CONFIRMED_LEFT_THE_COUNTRY\","));

        Api.Response afterRemoval = api().post("/register-entries/" + id + "/enquiries",
                Notifications.enquiry("HOME_VISIT", false, today()));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("currentVersion").asLong()).isZero();
        assertThat(afterRemoval.status()).isEqualTo(409);
        assertThat(afterRemoval.body().get("detail").asString()).contains("left the register");
        assertThat(api().get("/register-entries/no-such-entry").status()).isEqualTo(404);
        assertThat(api().post("/register-entries/no-such-entry/enquiries",
                Notifications.enquiry("HOME_VISIT", false, today())).status()).isEqualTo(404);
    }

    @Test
    void of_concurrent_updates_from_the_same_version_one_wins_and_the_others_get_409() throws Exception {
        String id = notified(Notifications.absent(Notifications.uniqueUpn(), "110123", today()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> enquiries = new ArrayList<>();
        for (String check : List.of("HOME_VISIT", "HEALTH", "POLICE", "SCHOOL_CONTACT")) {
            enquiries.add(() -> api().post("/register-entries/" + id + "/enquiries",
                    Notifications.enquiry(check, false, today()), "If-Match", "\"0\"").status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(enquiries)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(200).contains(409);
        JsonNode entry = api().get("/register-entries/" + id).body();
        assertThat(entry.get("version").asLong()).isEqualTo(1);
        assertThat(entry.get("enquiries")).hasSize(1);
    }

    @Test
    void a_retried_action_with_the_same_idempotency_key_is_applied_once() {
        String id = notified(Notifications.absent(Notifications.uniqueUpn(), "110123", today()));
        String body = Notifications.enquiry("HOME_VISIT", true, today());

        Api.Response first = api().post("/register-entries/" + id + "/enquiries", body, "Idempotency-Key", "enq-" + id);
        Api.Response retry = api().post("/register-entries/" + id + "/enquiries", body, "Idempotency-Key", "enq-" + id);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("ETag")).isEqualTo("\"1\"");
        assertThat(retry.body().get("enquiries")).hasSize(1);
    }

    @Test
    void metrics_count_the_register_by_ground_outcome_enquiry_and_provision_below_threshold_and_the_api_is_documented() {
        String id = notified(Notifications.deletedFromRoll(Notifications.uniqueUpn(), "110123", today()));
        api().post("/register-entries/" + id + "/enquiries", Notifications.enquiry("POLICE", false, today()));
        api().post("/register-entries/" + id + "/alternative-provision", Notifications.alternativeProvision(10, today()));
        api().post("/register-entries/" + id + "/removal", Notifications.removal("\"outcome\": \"ELECTIVE_HOME_EDUCATION\","));
        api().post("/notifications", "{}");

        String metrics = api().get("/actuator/prometheus").body().asString();
        assertThat(metrics).contains("lantern_cme_children_on_register{ground=\"DELETED_FROM_ROLL\"");
        assertThat(metrics).contains("lantern_cme_children_added_total{ground=\"DELETED_FROM_ROLL\"");
        assertThat(metrics).contains("lantern_cme_children_removed_total{outcome=\"ELECTIVE_HOME_EDUCATION\"");
        assertThat(metrics).contains("lantern_cme_enquiries_logged_total{check=\"POLICE\"");
        assertThat(metrics).contains("lantern_cme_alternative_provision_below_threshold_total");
        assertThat(metrics).contains("lantern_requests_rejected_total{");
        assertThat(metrics).contains("lantern_events_publish_lag_seconds");
        JsonNode paths = api().get("/v3/api-docs").body().at("/paths");
        assertThat(paths.has("/notifications")).isTrue();
        assertThat(paths.has("/register-entries/{id}/removal")).isTrue();
        assertThat(paths.has("/register-entries/history")).isTrue();
    }

    private static List<String> ids(JsonNode entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(e.get("id").asString()));
        return ids;
    }
}
