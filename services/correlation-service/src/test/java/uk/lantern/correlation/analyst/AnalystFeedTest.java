package uk.lantern.correlation.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.lantern.correlation.analyst.AnalystFeedLeakTest.CHILD_ID;
import static uk.lantern.correlation.analyst.AnalystFeedLeakTest.FEED;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.AnalystEventV2;
import uk.lantern.schemas.correlation.AnalystEventV2.Associate;
import uk.lantern.schemas.correlation.AnalystEventV2.Place;

class AnalystFeedTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Optional<AnalystEventV2> feed(String eventType, Child child) {
        var entry = SampleEvents.registry().stream()
                .filter(e -> e.getValue().name().equals(eventType)).findFirst().orElseThrow();
        return FEED.of(CHILD_ID, SampleEvents.received(entry.getKey(), entry.getValue(), child));
    }

    private static AnalystEventV2 fed(String eventType) {
        return feed(eventType, Child.jade()).orElseThrow();
    }

    @Test
    void every_event_carries_the_base_fields_and_the_child_only_as_its_reference() {
        var event = fed("InterviewOffered");

        assertThat(event.eventId()).isEqualTo(FEED.eventId(UUID.nameUUIDFromBytes("InterviewOffered".getBytes())
                .toString()));
        assertThat(event.childRef()).isEqualTo(FEED.childRef(CHILD_ID));
        assertThat(event.source()).isEqualTo("return-interview-service");
        assertThat(event.eventType()).isEqualTo("InterviewOffered");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
        assertThat(event.ageInYears()).isEqualTo(15);
        assertThat(event.sex()).isEqualTo("FEMALE");
        assertThat(event.context()).isNull();
        assertThat(event.riskGrade()).isNull();
        assertThat(event.riskCategory()).isNull();
        assertThat(event.place()).isNull();
        assertThat(event.associates()).isEmpty();
    }

    @Test
    void a_report_carries_its_context_and_risk_grade() {
        var event = fed("EpisodeReported");

        assertThat(event.context()).isEqualTo("MISSING_FROM_CARE");
        assertThat(event.riskGrade()).isEqualTo("HIGH");
        assertThat(event.place()).isNull();
    }

    @Test
    void a_regrade_carries_the_new_grade() {
        assertThat(fed("RiskRegraded").riskGrade()).isEqualTo("HIGH");
    }

    @Test
    void an_interview_case_carries_its_context() {
        assertThat(fed("InterviewCaseOpened").context()).isEqualTo("MISSING_FROM_CARE");
    }

    @Test
    void a_completed_or_reviewed_assessment_carries_its_final_category_and_nothing_else_does() {
        assertThat(fed("AssessmentCompleted").riskCategory()).isEqualTo("SIGNIFICANT");
        assertThat(fed("AssessmentReviewed").riskCategory()).isEqualTo("MODERATE");
        assertThat(fed("AssessmentClosed").riskCategory()).isNull();
        assertThat(fed("AssessmentSharedWithPolice").riskCategory()).isNull();
    }

    @Test
    void a_return_carries_the_postcode_district_and_the_associates_normalised_and_withholds_what_names_the_child() {
        var event = fed("ChildReturned");

        // the place name was "Jade's nan's house, 3 Oak Close PE1 4LZ": it names the child, so only the district goes
        assertThat(event.place()).isEqualTo(new Place(null, "PE1"));
        // "Jade's brother Ryan Whitlock" names the child too: his phone goes, his name does not
        assertThat(event.associates()).containsExactly(
                Associate.adult(null, "07700900777", null),
                Associate.adult("dean walsh", "07700900123", "AB12CDE"));
        assertThat(event.context()).isEqualTo("MISSING_FROM_CARE");
    }

    @Test
    void a_completed_interview_carries_where_the_child_was_and_who_with() {
        var event = fed("InterviewCompleted");

        assertThat(event.place()).isEqualTo(new Place("flat above chip shop lincoln road", "PE1"));
        // "Mandy Whitlock" shares the child's family name and has nothing else: left out altogether
        assertThat(event.associates()).containsExactly(Associate.adult("dean walsh", "07700900123", "AB12CDE"));
    }

    @Test
    void need_to_know_and_the_cme_casework_events_are_left_out() {
        assertThat(feed("NeedToKnowRaised", Child.jade())).isEmpty();
        assertThat(feed("NotificationRecorded", Child.jade())).isEmpty();
        assertThat(feed("EnquiryLogged", Child.jade())).isEmpty();
        assertThat(feed("AlternativeProvisionRecorded", Child.jade())).isEmpty();
        assertThat(feed("ChildAddedToRegister", Child.jade())).isPresent();
        assertThat(feed("ChildRemovedFromRegister", Child.jade())).isPresent();
        assertThat(feed("ConcernRaised", Child.jade())).isPresent();
    }

    @Test
    void the_age_is_taken_on_the_london_date_of_the_event() {
        var child = new Child(null, null, null, null, null, null, LocalDate.parse("2011-05-14"), null, null);

        // 23:30 UTC on 13 May is 00:30 on the 14th in London (summer time): the birthday
        assertThat(ageAt(child, "2026-05-13T23:30:00Z")).isEqualTo(15);
        assertThat(ageAt(child, "2026-05-13T22:59:59Z")).isEqualTo(14);
    }

    @Test
    void without_a_date_of_birth_or_sex_the_event_has_no_age_or_sex() {
        var child = new Child(null, null, null, null, null, null, null, null, null);

        assertThat(ageAt(child, "2026-05-13T23:30:00Z")).isNull();
        assertThat(feed("EpisodeClosed", child).orElseThrow().sex()).isNull();
    }

    @Test
    void a_date_of_birth_after_the_event_gives_no_age() {
        var child = new Child(null, null, null, null, null, null, LocalDate.parse("2027-01-01"), null, null);

        assertThat(ageAt(child, "2026-05-13T23:30:00Z")).isNull();
    }

    private static Integer ageAt(Child child, String occurredAt) {
        var envelope = new Envelope<EventData>(UUID.randomUUID(), "EpisodeClosed", 1, Instant.parse(occurredAt),
                Instant.parse(occurredAt), "missing-episode-service", child.subject(),
                new uk.lantern.schemas.missingepisode.EpisodeClosed("ep-1", Instant.parse(occurredAt), null));
        return new AnalystFeed(new byte[32], LONDON).of(CHILD_ID, envelope).orElseThrow().ageInYears();
    }

    @Test
    void the_event_id_is_a_keyed_hmac_of_the_source_events_id_never_the_id_itself() {
        var sourceId = UUID.randomUUID();
        var event = FEED.of(CHILD_ID, closedAt(sourceId, Instant.parse("2026-11-02T09:17:42.315Z"))).orElseThrow();
        var otherKey = new AnalystFeed("another key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8),
                LONDON);

        assertThat(event.eventId()).isNotEqualTo(sourceId.toString())
                .isEqualTo(FEED.eventId(sourceId.toString()))
                .isNotEqualTo(otherKey.eventId(sourceId.toString()))
                .isNotEqualTo(UUID.nameUUIDFromBytes(sourceId.toString().getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(UUID.fromString(event.eventId()).version()).as("RFC 9562 version 8: custom").isEqualTo(8);
        assertThat(FEED.of(CHILD_ID, closedAt(sourceId, Instant.parse("2026-11-02T09:17:42.315Z"))).orElseThrow()
                .eventId()).as("a replay").isEqualTo(event.eventId());
    }

    @Test
    void the_time_is_cut_down_to_the_start_of_its_hour() {
        var event = FEED.of(CHILD_ID, closedAt(UUID.randomUUID(), Instant.parse("2026-11-02T09:17:42.315Z")))
                .orElseThrow();

        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource({
            // London summer time: the hour and the day are London's
            "2026-05-13T23:30:10Z, PT1H, 2026-05-13T23:00:00Z",
            "2026-05-13T23:30:10Z, PT15M, 2026-05-13T23:30:00Z",
            "2026-05-13T23:30:10Z, P1D, 2026-05-13T23:00:00Z",
            "2026-05-13T22:59:59Z, P1D, 2026-05-12T23:00:00Z",
            "2026-11-02T09:17:42.315Z, PT6H, 2026-11-02T06:00:00Z",
            "2026-11-02T09:00:00Z, PT1H, 2026-11-02T09:00:00Z"})
    void the_time_is_cut_down_to_the_start_of_the_span_the_setting_gives(String at, String precision,
                                                                        String expected) {
        var feed = new AnalystFeed(new byte[32], LONDON, java.time.Duration.parse(precision));

        assertThat(feed.coarse(Instant.parse(at))).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"PT30S", "PT7M", "P2D", "PT0S", "PT-1H"})
    void a_time_precision_that_does_not_divide_a_day_into_spans_of_a_minute_or_more_is_refused(String precision) {
        assertThatThrownBy(() -> new AnalystFeed(new byte[32], LONDON, java.time.Duration.parse(precision)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divide a day");
    }

    @Test
    void the_id_and_time_of_a_join_or_a_split_cannot_be_recomputed_or_matched_from_what_analysts_and_sources_hold() {
        var cause = UUID.randomUUID().toString();
        var at = Instant.parse("2026-11-02T09:17:42.315Z");

        for (var event : List.of(FEED.childRefsJoined(CHILD_ID, "another-child", cause, at),
                FEED.childRefSplit(CHILD_ID, "another-child", cause, at))) {
            // the refs are in the feed and the cause is a source event's or decision's id: unkeyed, anyone could
            var unkeyed = UUID.nameUUIDFromBytes((event.eventType() + "|" + cause + "|" + event.formerChildRef() + "|"
                    + event.childRef()).getBytes(StandardCharsets.UTF_8)).toString();
            assertThat(event.eventId()).isNotEqualTo(unkeyed).isNotEqualTo(cause);
            assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
        }
    }

    @Test
    void typed_text_is_withheld_when_it_names_the_child_as_any_of_her_records_holds_her() {
        var known = new Known();
        // The police know her as Jade Whitlock; the school as Jayde Whitlock-Price, with a UPN: one child by NHS number.
        var police = known.record("police", "Jade", "Whitlock", "9434765919", null);
        var school = known.record("school", "Jayde", "Whitlock-Price", "9434765919", "H801200001001");
        assertThat(known.childOf(police)).isEqualTo(known.childOf(school));
        var subject = new Subject(null, "9434765919", null, null, "Jade", "Whitlock", LocalDate.parse("2011-05-14"),
                Subject.Sex.FEMALE, "PE1 4LZ");

        var event = FEED.of(known.childOf(police), returned(subject, "Jayde's nan's flat, Lincoln Road",
                        new uk.lantern.schemas.missingepisode.ChildReturned.Associate("Mandy Price", "07700 900555", null),
                        new uk.lantern.schemas.missingepisode.ChildReturned.Associate("H801200001001 mate", null, "AB12CDE")),
                known.index).orElseThrow();

        assertThat(event.place()).isEqualTo(new Place(null, "PE1"));
        assertThat(event.associates()).containsExactly(Associate.adult(null, "07700900555", null),
                Associate.adult(null, null, "AB12CDE"));
    }

    @Test
    void an_associate_named_as_another_child_lantern_knows_is_that_childs_ref_and_nothing_else() {
        var known = new Known();
        var jade = known.record("police", "Jade", "Whitlock", "9434765919", null);
        var kyle = known.record("school", "Kyle", "Ashton", "9434765870", null);
        var subject = new Subject(null, "9434765919", null, null, "Jade", "Whitlock", null, null, null);

        var event = FEED.of(known.childOf(jade), returned(subject, "Bus station",
                        new uk.lantern.schemas.missingepisode.ChildReturned.Associate("ASHTON, Kyle", "07700 900444",
                                "KY13 ASH"),
                        new uk.lantern.schemas.missingepisode.ChildReturned.Associate("Dean Walsh", "07700 900123", null)),
                known.index).orElseThrow();

        assertThat(event.associates()).containsExactly(Associate.child(FEED.childRef(known.childOf(kyle))),
                Associate.adult("dean walsh", "07700900123", null));
        assertThat(AnalystFeed.v1(event).orElseThrow().associates()).as("v1 has no place for a ref: left out")
                .containsExactly(new uk.lantern.schemas.correlation.AnalystEvent.AnalystAssociate("dean walsh",
                        "07700900123", null));
    }

    @Test
    void an_associate_whose_name_is_that_of_two_known_children_is_left_out() {
        var known = new Known();
        var jade = known.record("police", "Jade", "Whitlock", "9434765919", null);
        known.record("school", "Kyle", "Ashton", "9434765870", null);
        known.record("health", "Kyle", "Ashton", "9434765889", null);
        var subject = new Subject(null, "9434765919", null, null, "Jade", "Whitlock", null, null, null);

        var event = FEED.of(known.childOf(jade), returned(subject, "Bus station",
                        new uk.lantern.schemas.missingepisode.ChildReturned.Associate("Kyle Ashton", "07700 900444", null)),
                known.index).orElseThrow();

        assertThat(event.associates()).isEmpty();
    }

    /** Records resolved as the identity stage resolves them. */
    private static final class Known {
        final uk.lantern.correlation.identity.InMemoryIdentityIndex index =
                new uk.lantern.correlation.identity.InMemoryIdentityIndex();
        private final uk.lantern.correlation.identity.IdentityResolver resolver =
                new uk.lantern.correlation.identity.IdentityResolver(index,
                        uk.lantern.correlation.identity.MatchSettings.defaults());

        String record(String source, String given, String family, String nhs, String upn) {
            var id = source + "|" + given + "|" + nhs;
            resolver.resolve(uk.lantern.correlation.identity.PersonRecord.builder(id).givenName(given)
                    .familyName(family).nhsNumber(nhs).upn(upn).build());
            return id;
        }

        String childOf(String recordId) {
            return index.childOf(recordId).orElseThrow();
        }
    }

    private static Envelope<EventData> returned(Subject subject, String placeName,
                                                uk.lantern.schemas.missingepisode.ChildReturned.Associate... associates) {
        var data = new uk.lantern.schemas.missingepisode.ChildReturned("ep-1", SampleEvents.AT,
                new uk.lantern.schemas.missingepisode.ChildReturned.Location(placeName, "PE1 2PA", null, null),
                List.of(associates), uk.lantern.schemas.missingepisode.ChildReturned.How.FOUND_BY_POLICE, null, null);
        return new Envelope<>(UUID.randomUUID(), "ChildReturned", 1, SampleEvents.AT, SampleEvents.AT,
                "missing-episode-service", subject, data);
    }

    private static Envelope<EventData> closedAt(UUID eventId, Instant at) {
        return new Envelope<>(eventId, "EpisodeClosed", 1, at, at.plusSeconds(3), "missing-episode-service",
                Child.jade().subject(), new uk.lantern.schemas.missingepisode.EpisodeClosed("ep-1", at, null));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "PE1 4LZ, PE1", "pe14lz, PE1", "SW1A 1AA, SW1A", "M1 1AE, M1", "B33 8TH, B33", "CR2 6XH, CR2",
            "DN55 1PT, DN55", "W1A 0AX, W1A", "EC1A 1BB, EC1A", "PE1, PE1", "not a postcode, null", "'', null",
            "null, null", "12345, null"})
    void the_postcode_district_is_the_outward_code(String postcode, String district) {
        assertThat(AnalystFeed.postcodeDistrict(postcode)).isEqualTo(district);
    }

    @Test
    void the_child_reference_is_hmac_sha256_in_lower_case_hex() {
        // RFC 4231 test case 6: a 131-byte key of 0xaa
        var key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        var feed = new AnalystFeed(key, LONDON);

        assertThat(feed.childRef("Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void the_child_reference_is_stable_for_one_key_and_differs_across_keys_and_children() {
        var key = "the first key, thirty-two bytes long".getBytes(StandardCharsets.UTF_8);
        var other = "the other key, thirty-two bytes long".getBytes(StandardCharsets.UTF_8);

        var ref = new AnalystFeed(key, LONDON).childRef(CHILD_ID);

        assertThat(new AnalystFeed(key.clone(), LONDON).childRef(CHILD_ID)).isEqualTo(ref);
        assertThat(new AnalystFeed(other, LONDON).childRef(CHILD_ID)).isNotEqualTo(ref);
        assertThat(new AnalystFeed(key, LONDON).childRef("another-child")).isNotEqualTo(ref);
        assertThat(ref).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(CHILD_ID);
    }

    @Test
    void the_key_is_copied_so_changing_the_callers_array_changes_nothing() {
        var key = new byte[32];
        var feed = new AnalystFeed(key, LONDON);
        var before = feed.childRef(CHILD_ID);

        Arrays.fill(key, (byte) 1);

        assertThat(feed.childRef(CHILD_ID)).isEqualTo(before);
    }

    @Test
    void a_key_shorter_than_32_bytes_is_refused() {
        assertThatThrownBy(() -> new AnalystFeed(new byte[31], LONDON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32");
        assertThat(new AnalystFeed(new byte[32], LONDON).childRef("x")).hasSize(64);
    }

    @Test
    void the_identifiers_guard_withholds_only_text_that_names_the_child() {
        var guard = new ChildIdentifiers(Child.jade().subject());

        assertThat(guard.unlessNamed("queensgate centre")).isEqualTo("queensgate centre");
        assertThat(guard.unlessNamed("jades mates flat")).isNull();
        assertThat(guard.unlessNamed("whitlock house")).isNull();
        assertThat(guard.unlessNamed("14 elm road pe1 4lz")).isNull();
        assertThat(guard.unlessNamed("nhs 943 476 5919")).isNull();
        assertThat(guard.unlessNamed("born 14/05/2011")).isNull();
        assertThat(guard.unlessNamed("jadewhitlock")).isNull();
        assertThat(guard.unlessNamed("PE1")).isEqualTo("PE1");
        assertThat(guard.toString()).doesNotContain("Jade", "whitlock", "9434765919");
    }

    @Test
    void associates_are_listed_once_each_after_normalising() {
        var child = Child.jade();
        var returned = new uk.lantern.schemas.missingepisode.ChildReturned("ep-1", SampleEvents.AT, null,
                List.of(new uk.lantern.schemas.missingepisode.ChildReturned.Associate("Dean Walsh", "07700 900123",
                                null),
                        new uk.lantern.schemas.missingepisode.ChildReturned.Associate("dean  walsh.",
                                "+447700900123", null),
                        new uk.lantern.schemas.missingepisode.ChildReturned.Associate(" ", "123", " ")),
                uk.lantern.schemas.missingepisode.ChildReturned.How.OTHER, null, null);
        var envelope = new Envelope<EventData>(UUID.randomUUID(), "ChildReturned", 1, SampleEvents.AT,
                SampleEvents.AT, "missing-episode-service", child.subject(), returned);

        var event = FEED.of(CHILD_ID, envelope).orElseThrow();

        assertThat(event.associates()).containsExactly(Associate.adult("dean walsh", "07700900123", null));
        assertThat(event.place()).isNull();
        assertThat(event.context()).isNull();
    }

    @Test
    void a_subject_with_nothing_known_still_gives_an_event() {
        var envelope = new Envelope<EventData>(UUID.randomUUID(), "EpisodeClosed", 1, SampleEvents.AT,
                SampleEvents.AT, "missing-episode-service",
                new Subject(null, null, null, null, null, null, null, null, null),
                new uk.lantern.schemas.missingepisode.EpisodeClosed("ep-1", SampleEvents.AT, null));

        assertThat(FEED.of(CHILD_ID, envelope)).get().extracting(AnalystEventV2::childRef)
                .isEqualTo(FEED.childRef(CHILD_ID));
    }
}
