package uk.lantern.correlation.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import io.micrometer.core.instrument.MeterRegistry;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.correlation.support.EmbeddedInfraProperties;
import uk.lantern.correlation.support.Feed;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.correlation.api.ProfileQueries;
import uk.lantern.correlation.profile.ChronologyEntry;
import uk.lantern.correlation.stream.SourceRecords;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.cmeregister.CmeRegisterEventTypes;
import uk.lantern.schemas.cmeregister.RegisterEntryErased;
import uk.lantern.schemas.exploitationrisk.Agency;
import uk.lantern.schemas.exploitationrisk.AssessmentErased;
import uk.lantern.schemas.exploitationrisk.AssessmentSharedWithPolice;
import uk.lantern.schemas.exploitationrisk.ConcernErased;
import uk.lantern.schemas.exploitationrisk.ConcernRaised;
import uk.lantern.schemas.exploitationrisk.ErasureReason;
import uk.lantern.schemas.exploitationrisk.ExploitationRiskEventTypes;
import uk.lantern.schemas.exploitationrisk.RiskCategory;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;
import uk.lantern.schemas.returninterview.InterviewCaseErased;
import uk.lantern.schemas.returninterview.InterviewCaseOpened;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.returninterview.ReturnInterviewEventTypes;
import uk.lantern.schemas.vocabulary.ExploitationIndicator;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.schemas.correlation.ReviewDecided;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.RawTopicReader;

/**
 * The projections on the real broker and store: profiles, alerts and reviews land in MongoDB once however often they
 * arrive, an older version never overwrites a newer one, and a bad message is dead-lettered without stalling.
 */
@WithoutTopology
class ProjectionsTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static Feed feed;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ChronologyProjection chronology;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfraProperties.register(registry);
    }

    static Feed feed() {
        if (feed == null) {
            feed = new Feed(EmbeddedInfra.broker().bootstrapServers());
        }
        return feed;
    }

    @AfterAll
    static void close() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    Document profile(String childId) {
        return mongo.getCollection("profiles").find(new Document("_id", childId)).first();
    }

    Document alert(String alertId) {
        return mongo.getCollection("alerts").find(new Document("_id", alertId)).first();
    }

    @Test
    void the_same_profile_twice_is_one_document_and_an_older_version_never_replaces_a_newer_one() {
        String child = Correlated.uniqueChildId();
        String nhs = Correlated.uniqueNhsNumber();
        String profiles = CorrelationTopics.CHILD_PROFILES.name();
        feed().send(profiles, Correlated.profile(child, 2, nhs, "Amelia", List.of(), List.of(), List.of()));
        feed().send(profiles, Correlated.profile(child, 2, nhs, "Amelia", List.of(), List.of(), List.of()));
        feed().send(profiles, Correlated.profile(child, 1, nhs, "Stale", List.of(), List.of(), List.of()));
        String marker = Correlated.uniqueChildId();
        feed().send(profiles, Correlated.profile(marker, 1, nhs));

        Awaitility.await().atMost(WAIT).until(() -> profile(marker) != null);

        assertThat(mongo.getCollection("profiles").countDocuments(new Document("_id", child))).isEqualTo(1);
        Document stored = profile(child);
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(2);
        assertThat(stored.getList("names", Document.class).get(0).getString("givenName")).isEqualTo("Amelia");

        feed().send(profiles, Correlated.profile(child, 3, nhs, "Amelia-Rose", List.of(), List.of(), List.of()));
        Awaitility.await().atMost(WAIT).until(() -> profile(child).get("version", Number.class).longValue() == 3);
        assertThat(profile(child).getList("names", Document.class).get(0).getString("givenName"))
                .isEqualTo("Amelia-Rose");
    }

    @Test
    void the_chronology_is_every_event_of_the_records_asked_for_once_each_oldest_first() {
        String nhs = Correlated.uniqueNhsNumber();
        var amelia = new Subject(null, nhs, null, null, "Amelia", "Jones", LocalDate.of(2010, 4, 1),
                Subject.Sex.FEMALE, "PE1 2AB");
        var ameliaElsewhere = new Subject(null, nhs, null, null, "Amelia", "Jones-Smith", LocalDate.of(2010, 4, 1),
                Subject.Sex.FEMALE, "PE1 2AB");
        var someoneElse = new Subject(null, Correlated.uniqueNhsNumber(), null, null, "Ben", "Carter",
                LocalDate.of(2011, 2, 3), Subject.Sex.MALE, "PE2 9XY");
        Instant at = WithoutTopology.START.minus(Duration.ofDays(3));
        String key = "nhs:" + nhs;
        var returned = Correlated.returned(amelia, "ep-2", at.plus(Duration.ofHours(30)));
        var reported = Correlated.reported(amelia, "ep-2", at.plus(Duration.ofHours(20)));
        var earlier = Correlated.reported(ameliaElsewhere, "ep-1", at);
        var notHers = Correlated.reported(someoneElse, "ep-9", at.plus(Duration.ofHours(1)));
        String episodes = Topics.MISSING_EPISODES.name();
        feed().send(episodes, key, returned);
        feed().send(episodes, key, reported);
        feed().send(episodes, key, returned);
        feed().send(episodes, key, earlier);
        feed().send(episodes, "nhs:" + someoneElse.nhsNumber(), notHers);
        String record = SourceRecords.recordId("missing-episode-service", key, amelia);
        String otherRecord = SourceRecords.recordId("missing-episode-service", key, ameliaElsewhere);

        Awaitility.await().atMost(WAIT).until(() -> chronology.ofRecords(List.of(record, otherRecord)).size() == 3
                && !chronology.ofRecords(List.of(SourceRecords.recordId("missing-episode-service",
                "nhs:" + someoneElse.nhsNumber(), someoneElse))).isEmpty());

        assertThat(chronology.ofRecords(List.of(record, otherRecord)))
                .extracting(ChronologyEntry::eventId, ChronologyEntry::recordId)
                .containsExactly(tuple(earlier.eventId().toString(), otherRecord),
                        tuple(reported.eventId().toString(), record),
                        tuple(returned.eventId().toString(), record));
        assertThat(chronology.ofRecords(List.of(record))).extracting(ChronologyEntry::eventType)
                .containsExactly("EpisodeReported", "ChildReturned");
        assertThat(mongo.getCollection(ChronologyProjection.COLLECTION)
                .countDocuments(new Document("_id", returned.eventId().toString()))).as("sent twice, kept once")
                .isEqualTo(1);
    }

    @Test
    void the_mace_panels_events_about_a_child_are_in_its_chronology_in_plain_words_once_each() {
        String child = "child-" + UUID.randomUUID();
        Instant at = WithoutTopology.START.minus(Duration.ofDays(2));
        var moderate = uk.lantern.schemas.exploitationrisk.RiskCategory.MODERATE;
        var discussed = Envelope.of(uk.lantern.schemas.mace.MaceEventTypes.CHILD_DISCUSSED, UUID.randomUUID(), at, at,
                "mace-service", Subject.empty(), new uk.lantern.schemas.mace.ChildDiscussed("m-1", child, at,
                        moderate, uk.lantern.schemas.exploitationrisk.RiskCategory.MILD, true));
        var outcome = Envelope.of(uk.lantern.schemas.mace.MaceEventTypes.OUTCOME_SHARED, UUID.randomUUID(),
                at.plusSeconds(3600), at.plusSeconds(3600), "mace-service", Subject.empty(),
                new uk.lantern.schemas.mace.OutcomeShared("m-1", child, LocalDate.of(2026, 11, 20),
                        new uk.lantern.schemas.AllocatedWorker("Jo Bloggs", "North team"), moderate,
                        "Keep on the agenda; share with the school",
                        List.of(new uk.lantern.schemas.mace.OutcomeShared.SharedAction("a-1", "Visit the family",
                                "PC Okafor", uk.lantern.schemas.mace.Agency.POLICE, LocalDate.of(2026, 12, 1),
                                uk.lantern.schemas.mace.ActionStatus.OPEN))));
        var meeting = Envelope.of(uk.lantern.schemas.mace.MaceEventTypes.MEETING_CLOSED, UUID.randomUUID(), at, at,
                "mace-service", Subject.empty(), new uk.lantern.schemas.mace.MeetingClosed("m-1", at, 1, 1));
        String mace = Topics.MACE.name();
        feed().send(mace, "child:" + child, discussed);
        feed().send(mace, "child:" + child, outcome);
        feed().send(mace, "child:" + child, outcome);
        feed().send(mace, "meeting:m-1", meeting);
        String record = uk.lantern.correlation.mace.MaceEntries.recordId(child);

        Awaitility.await().atMost(WAIT).until(() -> chronology.ofRecords(List.of(record)).size() == 2);

        assertThat(chronology.ofRecords(List.of(record))).extracting(ChronologyEntry::source,
                        ChronologyEntry::eventType, ChronologyEntry::summary)
                .containsExactly(tuple("mace-service", "ChildDiscussed",
                                "Discussed at the MACE panel: risk agreed as moderate, differing from the latest "
                                        + "assessment (mild)"),
                        tuple("mace-service", "OutcomeShared", "MACE outcome of 20 Nov 2026 shared with Jo Bloggs "
                                + "(North team): risk agreed as moderate. Decision: Keep on the agenda; share with the "
                                + "school. Actions: Visit the family (PC Okafor, police, due 1 Dec 2026)"));
        assertThat(mongo.getCollection(ChronologyProjection.COLLECTION)
                .countDocuments(new Document("_id", meeting.eventId().toString()))).as("about no child").isZero();
    }

    @Test
    void every_source_s_erasure_deletes_the_chronology_entries_of_its_record_and_of_no_other() {
        String nhs = Correlated.uniqueNhsNumber();
        String key = "nhs:" + nhs;
        var amelia = new Subject(null, nhs, null, null, "Amelia", "Jones", LocalDate.of(2010, 4, 1),
                Subject.Sex.FEMALE, "PE1 2AB");
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant at = WithoutTopology.START.minus(Duration.ofDays(3));
        Instant erasedAt = WithoutTopology.START.minus(Duration.ofDays(1));
        String episodes = Topics.MISSING_EPISODES.name();
        String interviews = Topics.RETURN_INTERVIEWS.name();
        String register = Topics.CME_REGISTER.name();
        String risk = Topics.EXPLOITATION_RISK.name();
        // 1. Two episodes, the first one's case, two register entries, a concern and an assessment (shared with the
        //    police: an event of it no rule reads).
        var erasedEpisode = Correlated.reported(amelia, "ep-a-" + run, at);
        var keptEpisode = Correlated.reported(amelia, "ep-b-" + run, at.plusSeconds(60));
        var erasedCase = Envelope.of(ReturnInterviewEventTypes.INTERVIEW_CASE_OPENED, UUID.randomUUID(), at, at,
                "return-interview-service", amelia, new InterviewCaseOpened("ep-a-" + run,
                        ReturnInterviewEvent.Context.MISSING_FROM_CARE, at, at.plus(Duration.ofHours(72)), "RHI"));
        var erasedEntry = Correlated.addedToCme(amelia, LocalDate.of(2026, 11, 2));
        var erasedEntryId = erasedEntry.data().entryId();
        var keptEntry = Correlated.addedToCme(amelia, LocalDate.of(2026, 11, 3));
        var concern = Envelope.of(ExploitationRiskEventTypes.CONCERN_RAISED, UUID.randomUUID(), at, at,
                "cse-risk-service", amelia, new ConcernRaised("cn-" + run,
                        ExploitationIndicator.values()[0], at, Agency.POLICE, Correlated.PC, "seen with older males", null));
        var shared = Envelope.of(ExploitationRiskEventTypes.ASSESSMENT_SHARED_WITH_POLICE, UUID.randomUUID(), at, at,
                "cse-risk-service", amelia, new AssessmentSharedWithPolice("as-" + run, at, Correlated.PC, "CSE-1",
                        RiskCategory.MODERATE));
        feed().send(episodes, key, erasedEpisode);
        feed().send(episodes, key, keptEpisode);
        feed().send(interviews, key, erasedCase);
        feed().send(register, key, erasedEntry);
        feed().send(register, key, keptEntry);
        feed().send(risk, key, concern);
        feed().send(risk, key, shared);
        var records = List.of(SourceRecords.recordId("missing-episode-service", key, amelia),
                SourceRecords.recordId("return-interview-service", key, amelia),
                SourceRecords.recordId("cme-register-service", key, amelia),
                SourceRecords.recordId("cse-risk-service", key, amelia));
        Awaitility.await().atMost(WAIT).until(() -> chronology.ofRecords(records).size() == 7);

        // 2. The episode erased: only its own entry goes, not its case's (another source's record).
        feed().send(episodes, key, Envelope.of(MissingEpisodeEventTypes.EPISODE_ERASED, UUID.randomUUID(), erasedAt,
                erasedAt, "missing-episode-service", Subject.empty(),
                new EpisodeErased("ep-a-" + run, erasedAt, EpisodeErased.Reason.RETENTION)));
        Awaitility.await().atMost(WAIT).until(() -> chronology.ofRecords(records).size() == 6);
        assertThat(ids(records)).contains(erasedCase.eventId().toString())
                .doesNotContain(erasedEpisode.eventId().toString());

        // 3. The case, an entry and the assessment erased at their sources.
        feed().send(interviews, key, Envelope.of(ReturnInterviewEventTypes.INTERVIEW_CASE_ERASED, UUID.randomUUID(),
                erasedAt, erasedAt, "return-interview-service", Subject.empty(),
                new InterviewCaseErased("ep-a-" + run, erasedAt, InterviewCaseErased.Reason.EPISODE_ERASED)));
        feed().send(register, key, Envelope.of(CmeRegisterEventTypes.REGISTER_ENTRY_ERASED, UUID.randomUUID(),
                erasedAt, erasedAt, "cme-register-service", Subject.empty(),
                new RegisterEntryErased(erasedEntryId, erasedAt, RegisterEntryErased.Reason.WRONGLY_RECORDED)));
        feed().send(risk, key, Envelope.of(ExploitationRiskEventTypes.ASSESSMENT_ERASED, UUID.randomUUID(), erasedAt,
                erasedAt, "cse-risk-service", Subject.empty(),
                new AssessmentErased("as-" + run, erasedAt, ErasureReason.RETENTION)));

        Awaitility.await().atMost(WAIT).until(() -> chronology.ofRecords(records).size() == 3);
        assertThat(ids(records)).containsExactlyInAnyOrder(keptEpisode.eventId().toString(),
                keptEntry.eventId().toString(), concern.eventId().toString());

        // 4. The concern, last.
        feed().send(risk, key, Envelope.of(ExploitationRiskEventTypes.CONCERN_ERASED, UUID.randomUUID(), erasedAt,
                erasedAt, "cse-risk-service", Subject.empty(),
                new ConcernErased("cn-" + run, erasedAt, ErasureReason.WRONGLY_RECORDED)));
        Awaitility.await().atMost(WAIT).until(() -> chronology.ofRecords(records).size() == 2);
    }

    private List<String> ids(List<String> records) {
        return chronology.ofRecords(records).stream().map(ChronologyEntry::eventId).toList();
    }

    @Test
    void a_source_event_the_chronology_cannot_read_is_dead_lettered_with_its_reason_and_the_next_is_kept() {
        String key = "nhs:" + Correlated.uniqueNhsNumber();
        String broken = "{\"eventId\":\"not-a-uuid\",\"eventType\":\"EpisodeReported\"}";
        feed().send(Topics.MISSING_EPISODES.name(), key, broken.getBytes(StandardCharsets.UTF_8));
        var amelia = new Subject(null, key.substring(4), null, null, "Amelia", "Jones", LocalDate.of(2010, 4, 1),
                Subject.Sex.FEMALE, "PE1 2AB");
        var next = Correlated.reported(amelia, "ep-1", WithoutTopology.START.minus(Duration.ofDays(1)));
        feed().send(Topics.MISSING_EPISODES.name(), key, next);

        try (RawTopicReader dlt = new RawTopicReader(EmbeddedInfra.broker().bootstrapServers(),
                "lantern.correlation.chronology.projection-dlt")) {
            RawTopicReader.Raw dead = dlt.readUntil(all -> all.stream().anyMatch(r -> key.equals(r.key())), WAIT)
                    .stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            assertThat(dead.headers().get("x-exception-message")).contains("eventType");
        }
        String record = SourceRecords.recordId("missing-episode-service", key, amelia);
        Awaitility.await().atMost(WAIT).until(() -> chronology.ofRecords(List.of(record)).size() == 1);
    }

    @Test
    void the_chronology_inside_a_profile_the_v1_projection_wrote_is_served_and_kept_when_v2_replaces_it() {
        String child = Correlated.uniqueChildId();
        mongo.getCollection(ProfileProjection.COLLECTION).insertOne(writtenByV1(child, 3));
        var queries = new ProfileQueries(mongo, java.time.Clock.fixed(java.time.Instant.parse("2026-12-06T12:00:00Z"),
                java.time.ZoneOffset.UTC), uk.lantern.correlation.api.NetworkSettings.defaults(),
                java.time.ZoneId.of("Europe/London"));
        assertThat(queries.chronology(child)).extracting(e -> e.path("eventId").asString())
                .as("served from the document while it is v1").containsExactly("v1-reported-" + child,
                        "v1-returned-" + child);

        feed().send(CorrelationTopics.CHILD_PROFILES.name(),
                Correlated.profile(child, 4, Correlated.uniqueNhsNumber()));
        Awaitility.await().atMost(WAIT).until(() -> profile(child).get("version", Number.class).longValue() == 4);

        assertThat(profile(child).containsKey("chronology")).isFalse();
        assertThat(queries.chronology(child)).extracting(e -> e.path("eventId").asString())
                .as("kept in the chronology when v2 replaced it").containsExactly("v1-reported-" + child,
                        "v1-returned-" + child);
    }

    @Test
    void the_chronology_inside_a_v1_profile_is_kept_when_a_tombstone_deletes_it() {
        String child = Correlated.uniqueChildId();
        mongo.getCollection(ProfileProjection.COLLECTION).insertOne(writtenByV1(child, 3));

        feed().send(CorrelationTopics.CHILD_PROFILES.name(), child, (byte[]) null);
        Awaitility.await().atMost(WAIT).until(() -> profile(child) == null);

        assertThat(chronology.ofRecords(List.of("rec-" + child))).extracting(ChronologyEntry::eventId)
                .containsExactly("v1-reported-" + child, "v1-returned-" + child);
    }

    /** A profile document as the v1 projection stored it: its chronology inside. */
    private static Document writtenByV1(String child, long version) {
        String record = "rec-" + child;
        return new Document("_id", child).append("childId", child).append("version", version)
                .append("records", List.of(record))
                .append("chronology", List.of(
                        new Document("eventId", "v1-reported-" + child).append("source", "missing-episode-service")
                                .append("eventType", "EpisodeReported").append("occurredAt", "2019-03-01T10:00:00Z")
                                .append("recordedAt", "2019-03-01T10:05:00Z").append("recordId", record),
                        new Document("eventId", "v1-returned-" + child).append("source", "missing-episode-service")
                                .append("eventType", "ChildReturned").append("occurredAt", "2019-03-02T08:00:00Z")
                                .append("recordedAt", "2019-03-02T08:01:00Z").append("recordId", record)));
    }

    @Test
    void a_tombstone_removes_the_profile_of_a_child_merged_into_another() {
        String child = Correlated.uniqueChildId();
        feed().send(CorrelationTopics.CHILD_PROFILES.name(), Correlated.profile(child, 1, Correlated.uniqueNhsNumber()));
        Awaitility.await().atMost(WAIT).until(() -> profile(child) != null);

        feed().send(CorrelationTopics.CHILD_PROFILES.name(), child, (byte[]) null);

        Awaitility.await().atMost(WAIT).until(() -> profile(child) == null);
    }

    @Test
    void the_same_alert_raised_twice_is_one_open_alert_counted_once() {
        String alertId = UUID.randomUUID().toString();
        String child = Correlated.uniqueChildId();
        Instant at = WithoutTopology.START.minusSeconds(10);
        var raised = Correlated.raised(alertId, "NEED_TO_KNOW", "URGENT", child, at);
        double before = raisedCount("NEED_TO_KNOW");

        feed().send(CorrelationTopics.ALERTS.name(), child, raised);
        feed().send(CorrelationTopics.ALERTS.name(), child, raised);
        Awaitility.await().atMost(WAIT).until(() -> alert(alertId) != null);
        String marker = UUID.randomUUID().toString();
        feed().send(CorrelationTopics.ALERTS.name(), child, Correlated.raised(marker, "RHI_OVERDUE", "HIGH", child, at));
        Awaitility.await().atMost(WAIT).until(() -> alert(marker) != null);

        assertThat(mongo.getCollection("alerts").countDocuments(new Document("_id", alertId))).isEqualTo(1);
        Document stored = alert(alertId);
        assertThat(stored.getString("status")).isEqualTo("OPEN");
        assertThat(stored.getString("severity")).isEqualTo("URGENT");
        assertThat(stored.getList("evidence", String.class)).containsExactly("ev-1");
        assertThat(raisedCount("NEED_TO_KNOW") - before).isEqualTo(1.0);
    }

    @Test
    void an_update_replaces_the_evidence_of_the_open_alert_without_counting_a_new_raise() {
        String alertId = UUID.randomUUID().toString();
        String child = Correlated.uniqueChildId();
        Instant t = WithoutTopology.START;
        String alerts = CorrelationTopics.ALERTS.name();
        double before = raisedCount("SCREENING_GAP");
        feed().send(alerts, child, Correlated.raised(alertId, "SCREENING_GAP", "HIGH", child, t));
        feed().send(alerts, child, Correlated.updated(alertId, "SCREENING_GAP", child, List.of("ev-0"),
                t.plusSeconds(30)));

        Awaitility.await().atMost(WAIT).until(() -> alert(alertId) != null
                && List.of("ev-0").equals(alert(alertId).getList("evidence", String.class)));
        assertThat(alert(alertId).getString("status")).isEqualTo("OPEN");
        assertThat(raisedCount("SCREENING_GAP") - before).isEqualTo(1.0);
    }

    @Test
    void a_clear_closes_the_alert_and_a_late_older_raise_does_not_reopen_it_but_a_newer_one_does() {
        String alertId = UUID.randomUUID().toString();
        String child = Correlated.uniqueChildId();
        Instant t = WithoutTopology.START;
        String alerts = CorrelationTopics.ALERTS.name();
        feed().send(alerts, child, Correlated.raised(alertId, "NEED_TO_KNOW", "URGENT", child, t));
        feed().send(alerts, child, Correlated.cleared(alertId, "NEED_TO_KNOW", child, t.plusSeconds(60)));
        Awaitility.await().atMost(WAIT).until(() -> alert(alertId) != null
                && "CLEARED".equals(alert(alertId).getString("status")));
        assertThat(alert(alertId).getString("clearReason")).isEqualTo("child returned");

        feed().send(alerts, child, Correlated.raised(alertId, "NEED_TO_KNOW", "URGENT", child, t.plusSeconds(30)));
        String marker = UUID.randomUUID().toString();
        feed().send(alerts, child, Correlated.raised(marker, "NEED_TO_KNOW", "URGENT", child, t));
        Awaitility.await().atMost(WAIT).until(() -> alert(marker) != null);
        assertThat(alert(alertId).getString("status")).as("a raise older than the clear").isEqualTo("CLEARED");

        feed().send(alerts, child, Correlated.raised(alertId, "NEED_TO_KNOW", "URGENT", child, t.plusSeconds(120)));
        Awaitility.await().atMost(WAIT).until(() -> "OPEN".equals(alert(alertId).getString("status")));
        assertThat(alert(alertId).get("clearedAt")).isNull();
    }

    @Test
    void a_clear_that_arrives_before_its_raise_keeps_the_alert_cleared() {
        String alertId = UUID.randomUUID().toString();
        String child = Correlated.uniqueChildId();
        Instant t = WithoutTopology.START;
        String alerts = CorrelationTopics.ALERTS.name();
        feed().send(alerts, child, Correlated.cleared(alertId, "RHI_OVERDUE", child, t.plusSeconds(60)));
        feed().send(alerts, child, Correlated.raised(alertId, "RHI_OVERDUE", "HIGH", child, t));

        Awaitility.await().atMost(WAIT).until(() -> alert(alertId) != null && alert(alertId).get("severity") != null);
        assertThat(alert(alertId).getString("status")).isEqualTo("CLEARED");
        assertThat(alert(alertId).getString("summary")).isEqualTo("Looked-after child missing");
    }

    @Test
    void a_profile_s_ethnicity_and_current_allocation_are_stored_with_it() {
        String child = Correlated.uniqueChildId();
        feed().send(CorrelationTopics.CHILD_PROFILES.name(),
                Correlated.profileWithEthnicityAndAllocation(child, 1, Correlated.uniqueNhsNumber()));

        Awaitility.await().atMost(WAIT).until(() -> profile(child) != null);

        Document stored = profile(child);
        assertThat(stored.getString("ethnicity")).isEqualTo("MWBC");
        assertThat(stored.getList("ethnicities", Document.class)).singleElement()
                .satisfies(e -> assertThat(e.getString("source")).isEqualTo("missing-episode-service"));
        Document allocated = stored.get("allocatedWorker", Document.class);
        assertThat(allocated.getString("name")).isEqualTo("Sam Okafor");
        assertThat(allocated.getString("team")).isEqualTo("Children in Care 2");
        assertThat(allocated.getString("source")).isEqualTo("missing-episode-service");
        assertThat(allocated.get("since")).isNotNull();
    }

    @Test
    void a_forgotten_record_s_open_reviews_are_withdrawn_its_id_goes_and_its_child_s_moves_are_followed() {
        String x = Correlated.uniqueChildId();
        String gone = "rec-gone-" + x;
        String kept = "rec-kept-" + x;
        String moved = "rec-moved-" + x;
        String open = "review-" + UUID.randomUUID();
        String decided = "review-" + UUID.randomUUID();
        String other = "review-" + UUID.randomUUID();
        String late = "review-" + UUID.randomUUID();
        String identity = CorrelationTopics.IDENTITY.name();
        feed().send(identity, x, Correlated.resolved(gone, x));
        feed().send(identity, x, Correlated.resolved(kept, x));
        feed().send(identity, x, Correlated.resolved(moved, x));
        feed().send(identity, x, Correlated.reviewRaised(open, gone, x, "rec-b-" + open, "child-b", 9.5));
        feed().send(identity, x, Correlated.reviewRaised(decided, "rec-c-" + decided, "child-c", gone, x, 8));
        feed().send(identity, x, Correlated.reviewDecided("d-" + decided, decided, "rec-c-" + decided, gone,
                "REJECT"));
        feed().send(identity, x, Correlated.reviewRaised(other, kept, x, "rec-o-" + other, "child-o", 7));
        Awaitility.await().atMost(WAIT).until(() -> review(other) != null
                && "DECIDED".equals(review(decided).getString("status")));

        feed().send(identity, x, Correlated.forgotten(gone, x, List.of(open, late),
                List.of(new ReviewDecided.RecordMove(moved, x, "child-split-" + x))));
        // The moves are the projection's last write for the event: once they are in, so is the rest.
        Awaitility.await().atMost(WAIT).until(() -> ("child-split-" + x).equals(resolution(moved).getString("childId")));

        assertThat(review(open).getString("withdrawnReason")).contains(gone, "erased at its source");
        assertThat(review(open).get("withdrawnAt")).isNotNull();
        assertThat(review(open).containsKey("recordA")).as("the forgotten record's id").isFalse();
        assertThat(review(open).containsKey("explanation")).as("the comparison of its details").isFalse();
        assertThat(review(open).getString("recordB")).isEqualTo("rec-b-" + open);
        assertThat(review(decided).getString("status")).as("a decision stays a decision").isEqualTo("DECIDED");
        assertThat(review(decided).containsKey("recordB")).isFalse();
        assertThat(review(other).getString("status")).as("not the forgotten record's").isEqualTo("OPEN");
        assertThat(resolution(gone)).isNull();
        assertThat(resolution(kept).getString("childId")).isEqualTo(x);
        assertThat(resolution(moved).getString("childId")).isEqualTo("child-split-" + x);
        assertThat(mongo.getCollection("reviews").countDocuments(Filters.or(Filters.eq("recordA", gone),
                Filters.eq("recordB", gone)))).isZero();

        // A review of it projected after the withdrawal (it came by another partition) is not opened.
        feed().send(identity, "child-b", Correlated.reviewRaised(late, gone, x, "rec-l-" + late, "child-l", 9));
        String marker = "review-" + UUID.randomUUID();
        feed().send(identity, "child-b", Correlated.reviewRaised(marker, "rec-m-" + marker, "rec-n-" + marker, 7));
        Awaitility.await().atMost(WAIT).until(() -> review(marker) != null);
        assertThat(review(late).getString("status")).isEqualTo("WITHDRAWN");
        assertThat(review(late).containsKey("recordA")).isFalse();
    }

    Document resolution(String recordId) {
        return mongo.getCollection("resolutions").find(new Document("_id", recordId)).first();
    }

    @Test
    void a_review_raised_is_open_and_once_decided_a_repeated_raise_does_not_reopen_it() {
        String reviewId = "review-" + UUID.randomUUID();
        String identity = CorrelationTopics.IDENTITY.name();
        feed().send(identity, "child-a", Correlated.reviewRaised(reviewId, "rec-a", "rec-b", 9.5));
        Awaitility.await().atMost(WAIT).until(() -> review(reviewId) != null);
        assertThat(review(reviewId).getString("status")).isEqualTo("OPEN");

        feed().send(identity, "child-a", Correlated.reviewDecided("d-1", reviewId, "rec-a", "rec-b", "REJECT"));
        feed().send(identity, "child-a", Correlated.reviewRaised(reviewId, "rec-a", "rec-b", 9.5));
        String marker = "review-" + UUID.randomUUID();
        feed().send(identity, "child-a", Correlated.reviewRaised(marker, "rec-c", "rec-d", 7));
        Awaitility.await().atMost(WAIT).until(() -> review(marker) != null);

        assertThat(review(reviewId).getString("status")).isEqualTo("DECIDED");
        assertThat(review(reviewId).getString("decision")).isEqualTo("REJECT");
        assertThat(mongo.getCollection("reviews").countDocuments(new Document("_id", reviewId))).isEqualTo(1);
    }

    @Test
    void a_review_whose_two_children_a_later_record_merged_is_answered_and_leaves_the_queue() {
        String x = Correlated.uniqueChildId();
        String y = Correlated.uniqueChildId();
        String answered = "review-" + UUID.randomUUID();
        String untouched = "review-" + UUID.randomUUID();
        String identity = CorrelationTopics.IDENTITY.name();
        feed().send(identity, x, Correlated.resolved("rec-x-" + x, x));
        feed().send(identity, x, Correlated.resolved("rec-y-" + y, y)); // one partition: in order
        feed().send(identity, x, Correlated.reviewRaised(answered, "rec-x-" + x, x, "rec-y-" + y, y, 9.5));
        String other = Correlated.uniqueChildId();
        feed().send(identity, x, Correlated.reviewRaised(untouched, "rec-x-" + x, x, "rec-o-" + other, other, 8));
        Awaitility.await().atMost(WAIT).until(() -> review(untouched) != null && review(answered) != null);

        // A record with both children's identifiers: linked to both, y merged into x.
        feed().send(identity, x, Correlated.resolved("rec-z-" + x, x, List.of(y)));
        Awaitility.await().atMost(WAIT).until(() -> "LINKED".equals(review(answered).getString("status")));

        assertThat(review(answered).getString("childB")).isEqualTo(x);
        assertThat(review(answered).getString("linkedByRecord")).isEqualTo("rec-z-" + x);
        assertThat(review(untouched).getString("status")).as("still two children").isEqualTo("OPEN");
        assertThat(mongo.getCollection("resolutions").find(new Document("_id", "rec-y-" + y)).first()
                .getString("childId")).as("the merged child's record").isEqualTo(x);
    }

    @Test
    void a_review_projected_after_the_merge_that_answered_it_is_answered_at_once() {
        String x = Correlated.uniqueChildId();
        String y = Correlated.uniqueChildId();
        String late = "review-" + UUID.randomUUID();
        String identity = CorrelationTopics.IDENTITY.name();
        feed().send(identity, x, Correlated.resolved("rec-x-" + x, x));
        feed().send(identity, x, Correlated.resolved("rec-y-" + y, y)); // one partition: in order
        feed().send(identity, x, Correlated.resolved("rec-z-" + x, x, List.of(y)));
        Awaitility.await().atMost(WAIT).until(() -> {
            Document resolution = mongo.getCollection("resolutions").find(new Document("_id", "rec-y-" + y)).first();
            return resolution != null && x.equals(resolution.getString("childId"));
        });

        feed().send(identity, x, Correlated.reviewRaised(late, "rec-x-" + x, x, "rec-y-" + y, y, 9.5));
        Awaitility.await().atMost(WAIT).until(() -> review(late) != null);

        assertThat(review(late).getString("status")).isEqualTo("LINKED");
    }

    @Test
    void a_malformed_alert_goes_to_the_dead_letter_topic_with_its_reason_and_the_next_one_is_projected() {
        String child = Correlated.uniqueChildId();
        feed().send(CorrelationTopics.ALERTS.name(), child, "{not json".getBytes(StandardCharsets.UTF_8));
        String next = UUID.randomUUID().toString();
        feed().send(CorrelationTopics.ALERTS.name(), child,
                Correlated.raised(next, "REPEAT_MISSING", "HIGH", child, WithoutTopology.START));

        Awaitility.await().atMost(WAIT).until(() -> alert(next) != null);
        try (RawTopicReader dlt = new RawTopicReader(EmbeddedInfra.broker().bootstrapServers(),
                "lantern.alerts.v1.projection-dlt")) {
            List<RawTopicReader.Raw> dead = dlt.readUntil(all -> all.stream().anyMatch(r -> child.equals(r.key())),
                    WAIT).stream().filter(r -> child.equals(r.key())).toList();
            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
                assertThat(r.headers().get("x-exception-message")).contains("not JSON");
                assertThat(r.headers().get("x-original-topic")).isEqualTo("lantern.alerts.v1");
            });
        }
    }

    @Test
    void a_profile_that_breaks_its_schema_is_dead_lettered_naming_the_field() {
        String child = Correlated.uniqueChildId();
        String broken = "{\"childId\":\"" + child + "\",\"version\":1}";
        feed().send(CorrelationTopics.CHILD_PROFILES.name(), child, broken.getBytes(StandardCharsets.UTF_8));

        try (RawTopicReader dlt = new RawTopicReader(EmbeddedInfra.broker().bootstrapServers(),
                "lantern.child-profiles.v2.projection-dlt")) {
            RawTopicReader.Raw dead = dlt.readUntil(all -> all.stream().anyMatch(r -> child.equals(r.key())), WAIT)
                    .stream().filter(r -> child.equals(r.key())).findFirst().orElseThrow();
            assertThat(dead.headers().get("x-exception-message")).contains("records");
        }
        assertThat(profile(child)).isNull();
    }

    Document review(String reviewId) {
        return mongo.getCollection("reviews").find(new Document("_id", reviewId)).first();
    }

    double raisedCount(String code) {
        var counter = meters.find("lantern.alerts.raised").tag("code", code).counter();
        return counter == null ? 0 : counter.count();
    }

}
