package uk.lantern.correlation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.profile.Given.CHILD;
import static uk.lantern.correlation.profile.Given.NOW;
import static uk.lantern.correlation.profile.Given.TODAY;
import static uk.lantern.correlation.profile.Given.addedToCme;
import static uk.lantern.correlation.profile.Given.assessed;
import static uk.lantern.correlation.profile.Given.assessmentClosed;
import static uk.lantern.correlation.profile.Given.born;
import static uk.lantern.correlation.profile.Given.closed;
import static uk.lantern.correlation.profile.Given.concern;
import static uk.lantern.correlation.profile.Given.daysAgo;
import static uk.lantern.correlation.profile.Given.enquiry;
import static uk.lantern.correlation.profile.Given.flag;
import static uk.lantern.correlation.profile.Given.interviewed;
import static uk.lantern.correlation.profile.Given.interviewedWith;
import static uk.lantern.correlation.profile.Given.livingAt;
import static uk.lantern.correlation.profile.Given.missing;
import static uk.lantern.correlation.profile.Given.missingFromCare;
import static uk.lantern.correlation.profile.Given.named;
import static uk.lantern.correlation.profile.Given.ofSex;
import static uk.lantern.correlation.profile.Given.profile;
import static uk.lantern.correlation.profile.Given.profileOf;
import static uk.lantern.correlation.profile.Given.record;
import static uk.lantern.correlation.profile.Given.regraded;
import static uk.lantern.correlation.profile.Given.removedFromCme;
import static uk.lantern.correlation.profile.Given.returned;
import static uk.lantern.correlation.profile.Given.returnedWith;
import static uk.lantern.correlation.profile.Given.startOfLondonDay;
import static uk.lantern.correlation.profile.Given.reviewed;
import static uk.lantern.correlation.profile.Given.step;
import static uk.lantern.correlation.profile.Given.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.lantern.correlation.patterns.ChildFact;
import uk.lantern.correlation.patterns.ChildFacts;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.correlation.patterns.ChildFact.InterviewStep.Step;
import uk.lantern.correlation.patterns.ChildFact.RiskCategory;
import uk.lantern.correlation.patterns.ChildFact.RiskGrade;
import uk.lantern.schemas.Subject.Sex;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.ChildProfile.Associate;
import uk.lantern.schemas.correlation.ChildProfile.CmeStatus;
import uk.lantern.schemas.correlation.ChildProfile.EpisodeSummary;
import uk.lantern.schemas.correlation.ChildProfile.ExploitationStatus;
import uk.lantern.schemas.correlation.ChildProfile.Identifier;
import uk.lantern.schemas.correlation.ChildProfile.Link;
import uk.lantern.schemas.correlation.ChildProfile.Name;
import uk.lantern.schemas.correlation.ChildProfile.Place;

class ProfileBuilderTest {

    @Nested
    class Header {

        @Test
        void carries_the_child_the_version_and_the_clock_and_is_merged_into_nothing() {
            var profile = profile();

            assertThat(profile.childId()).isEqualTo(CHILD);
            assertThat(profile.version()).isEqualTo(7);
            assertThat(profile.asOf()).isEqualTo(NOW);
            assertThat(profile.mergedInto()).isNull();
        }

        @Test
        void a_child_with_nothing_known_has_empty_lists_and_no_values() {
            var profile = profile();

            assertThat(profile.records()).isEmpty();
            assertThat(profile.identifiers()).isEmpty();
            assertThat(profile.names()).isEmpty();
            assertThat(profile.dateOfBirth()).isNull();
            assertThat(profile.sex()).isNull();
            assertThat(profile.postcodes()).isEmpty();
            assertThat(profile.missingNow()).isFalse();
            assertThat(profile.missingSince()).isNull();
            assertThat(profile.episodes()).isEmpty();
            assertThat(profile.homeOrCare()).isNull();
            assertThat(profile.cme()).isEqualTo(new CmeStatus("NEVER_ON_REGISTER", null, null));
            assertThat(profile.exploitation()).isEqualTo(new ExploitationStatus(null, "NONE", null, 0));
            assertThat(profile.openFlags()).isEmpty();
            assertThat(profile.maceScore()).isZero();
            assertThat(profile.associates()).isEmpty();
            assertThat(profile.places()).isEmpty();
            assertThat(profile.linkKeys()).isEmpty();
            assertThat(profile.links()).isEmpty();
        }
    }

    @Nested
    class WhoTheChildIs {

        @Test
        void records_are_the_record_ids_once_each_sorted() {
            var profile = profileOf(List.of(record("rec-b", "police", born("2011-05-14")),
                    record("rec-a", "school", born("2011-05-14")), record("rec-b", "police", born("2011-05-14"))));

            assertThat(profile.records()).containsExactly("rec-a", "rec-b");
        }

        @Test
        void identifiers_are_each_strong_id_with_the_source_holding_it_once_each_sorted() {
            var police = subject(null, "943 476 5919", null, "PN-778", "Jade", "Smith", null, null, null);
            var school = subject("LA-1", "943 476 5919", "A123456789012", null, "Jade", "Smith", null, null, null);
            var profile = profileOf(List.of(record("r1", "police", police), record("r2", "school", school),
                    record("r3", "police", police)));

            assertThat(profile.identifiers()).containsExactly(
                    new Identifier("LA", "LA-1", "school"),
                    new Identifier("NHS", "943 476 5919", "police"),
                    new Identifier("NHS", "943 476 5919", "school"),
                    new Identifier("POLICE", "PN-778", "police"),
                    new Identifier("UPN", "A123456789012", "school"));
        }

        @Test
        void blank_identifiers_are_not_identifiers() {
            var profile = profileOf(List.of(record("r1", "police",
                    subject(" ", "", null, "  ", "Jade", "Smith", null, null, null))));

            assertThat(profile.identifiers()).isEmpty();
        }

        @Test
        void names_are_each_name_with_its_source_once_each_sorted_by_family_then_given_name() {
            var profile = profileOf(List.of(record("r1", "police", named("Jade", "Smith")),
                    record("r2", "school", named("Jayde", "Smith")), record("r3", "police", named(" Jade ", "Smith")),
                    record("r4", "cse", named("Jade", "Brown"))));

            assertThat(profile.names()).containsExactly(new Name("Jade", "Brown", "cse"),
                    new Name("Jade", "Smith", "police"), new Name("Jayde", "Smith", "school"));
        }

        @Test
        void a_record_without_a_name_adds_no_name() {
            var profile = profileOf(List.of(record("r1", "police", born("2011-05-14"))));

            assertThat(profile.names()).isEmpty();
        }

        @Test
        void the_date_of_birth_is_the_one_most_records_agree_on() {
            var profile = profileOf(List.of(record("r1", "police", born("2011-04-15")),
                    record("r2", "school", born("2011-05-14")), record("r3", "cse", born("2011-05-14"))));

            assertThat(profile.dateOfBirth()).isEqualTo(LocalDate.parse("2011-05-14"));
        }

        @Test
        void a_tie_on_the_date_of_birth_goes_to_the_record_with_the_smallest_id() {
            var profile = profileOf(List.of(record("r2", "school", born("2011-05-14")),
                    record("r1", "police", born("2011-04-15")), record("r3", "cse", named("Jade", "Smith"))));

            assertThat(profile.dateOfBirth()).isEqualTo(LocalDate.parse("2011-04-15"));
        }

        @Test
        void sex_is_the_one_most_records_agree_on_and_unknown_is_no_vote() {
            var profile = profileOf(List.of(record("r1", "police", ofSex(Sex.UNKNOWN)),
                    record("r2", "school", ofSex(Sex.UNKNOWN)), record("r3", "cse", ofSex(Sex.FEMALE))));

            assertThat(profile.sex()).isEqualTo("FEMALE");
        }

        @Test
        void a_tie_on_sex_goes_to_the_record_with_the_smallest_id() {
            var profile = profileOf(List.of(record("r9", "police", ofSex(Sex.MALE)),
                    record("r3", "school", ofSex(Sex.FEMALE))));

            assertThat(profile.sex()).isEqualTo("FEMALE");
        }

        @Test
        void without_any_known_sex_or_date_of_birth_both_are_null() {
            var profile = profileOf(List.of(record("r1", "police", ofSex(Sex.UNKNOWN))));

            assertThat(profile.sex()).isNull();
            assertThat(profile.dateOfBirth()).isNull();
        }

        @Test
        void postcodes_are_distinct_by_their_normal_form_and_shown_with_one_space() {
            var profile = profileOf(List.of(record("r1", "police", livingAt("pe1 4lz")),
                    record("r2", "school", livingAt("PE14LZ")), record("r3", "cse", livingAt("PE2 9AB")),
                    record("r4", "cse", livingAt("  "))));

            assertThat(profile.postcodes()).containsExactly("PE1 4LZ", "PE2 9AB");
        }
    }

    @Nested
    class MissingEpisodes {

        @Test
        void a_child_reported_and_not_returned_is_missing_since_the_episode_started() {
            var profile = profile(missing("e1", daysAgo(2)));

            assertThat(profile.missingNow()).isTrue();
            assertThat(profile.missingSince()).isEqualTo(daysAgo(2));
        }

        @Test
        void a_returned_child_is_not_missing() {
            var profile = profile(missing("e1", daysAgo(2)), returned("e1", daysAgo(1)));

            assertThat(profile.missingNow()).isFalse();
            assertThat(profile.missingSince()).isNull();
        }

        @Test
        void a_closed_episode_is_not_missing_even_without_a_return() {
            var profile = profile(missing("e1", daysAgo(2)), closed("e1", daysAgo(1)));

            assertThat(profile.missingNow()).isFalse();
        }

        @Test
        void a_return_without_its_report_is_not_missing() {
            var profile = profile(returned("e1", daysAgo(1)));

            assertThat(profile.missingNow()).isFalse();
            assertThat(profile.episodesLast365Days()).isZero();
        }

        @Test
        void an_episode_exactly_30_days_old_has_left_the_30_day_window() {
            var profile = profile(missing("e1", daysAgo(30)));

            assertThat(profile.episodesLast30Days()).isZero();
            assertThat(profile.episodesLast90Days()).isEqualTo(1);
            assertThat(profile.episodesLast365Days()).isEqualTo(1);
        }

        @Test
        void an_episode_a_second_short_of_30_days_old_is_in_the_30_day_window() {
            var profile = profile(missing("e1", daysAgo(30).plusSeconds(1)));

            assertThat(profile.episodesLast30Days()).isEqualTo(1);
        }

        @Test
        void an_episode_exactly_90_days_old_has_left_the_90_day_window() {
            var profile = profile(missing("e1", daysAgo(90)), missing("e2", daysAgo(90).plusSeconds(1)));

            assertThat(profile.episodesLast30Days()).isZero();
            assertThat(profile.episodesLast90Days()).isEqualTo(1);
            assertThat(profile.episodesLast365Days()).isEqualTo(2);
        }

        @Test
        void an_episode_exactly_365_days_old_has_left_the_365_day_window() {
            var profile = profile(missing("e1", daysAgo(365)), missing("e2", daysAgo(365).plusSeconds(1)));

            assertThat(profile.episodesLast365Days()).isEqualTo(1);
        }

        @Test
        void an_episode_starting_now_counts_and_one_starting_later_does_not() {
            var profile = profile(missing("e1", NOW), missing("e2", NOW.plusSeconds(1)));

            assertThat(profile.episodesLast30Days()).isEqualTo(1);
        }

        @Test
        void an_episode_starts_when_the_child_was_last_seen_not_when_reported() {
            var lastSeen = daysAgo(31);
            var reported = new ChildFact.EpisodeReported("report-e1", "e1", daysAgo(29), lastSeen,
                    ChildFact.Context.MISSING_FROM_HOME, RiskGrade.LOW, false, false);

            var profile = profile(reported);

            assertThat(profile.episodesLast30Days()).isZero();
            assertThat(profile.missingSince()).isEqualTo(lastSeen);
        }

        @Test
        void home_or_care_is_the_context_of_the_latest_episode() {
            assertThat(profile(missingFromCare("e1", daysAgo(10)), missing("e2", daysAgo(20))).homeOrCare())
                    .isEqualTo("MISSING_FROM_CARE");
            assertThat(profile(missingFromCare("e1", daysAgo(20)), missing("e2", daysAgo(10))).homeOrCare())
                    .isEqualTo("MISSING_FROM_HOME");
        }

        @Test
        void an_episode_summary_shows_the_context_start_return_closure_and_the_latest_grade() {
            var profile = profile(missing("e1", daysAgo(10)), regraded("e1", RiskGrade.HIGH, daysAgo(10).plusSeconds(60)),
                    regraded("e1", RiskGrade.LOW, daysAgo(9)), returned("e1", daysAgo(8)), closed("e1", daysAgo(7)),
                    missingFromCare("e2", daysAgo(3)));

            assertThat(profile.episodes()).containsExactly(
                    new EpisodeSummary("e1", "MISSING_FROM_HOME", daysAgo(10), daysAgo(8), true, "LOW",
                            "AWAITING_OFFER"),
                    new EpisodeSummary("e2", "MISSING_FROM_CARE", daysAgo(3), null, false, "LOW", "NOT_DUE"));
        }

        @Test
        void without_a_regrade_the_grade_is_the_reported_one() {
            var profile = profile(missing("e1", daysAgo(10)));

            assertThat(profile.episodes().get(0).riskGrade()).isEqualTo("MEDIUM");
        }
    }

    @Nested
    class ReturnInterviews {

        private String status(ChildFact... facts) {
            return profile(facts).episodes().get(0).interviewStatus();
        }

        @Test
        void is_not_due_while_the_child_is_missing() {
            assertThat(status(missing("e1", daysAgo(1)))).isEqualTo("NOT_DUE");
        }

        @Test
        void is_awaiting_an_offer_once_the_child_is_back() {
            assertThat(status(missing("e1", daysAgo(4)), returned("e1", daysAgo(3)))).isEqualTo("AWAITING_OFFER");
        }

        @Test
        void is_offered_after_an_offer() {
            assertThat(status(missing("e1", daysAgo(4)), returned("e1", daysAgo(3)),
                    step("e1", Step.OFFERED, daysAgo(2)))).isEqualTo("OFFERED");
        }

        @Test
        void is_accepted_after_the_offer_was_accepted() {
            assertThat(status(missing("e1", daysAgo(4)), returned("e1", daysAgo(3)),
                    step("e1", Step.OFFERED, daysAgo(2)), step("e1", Step.ACCEPTED, daysAgo(1))))
                    .isEqualTo("ACCEPTED");
        }

        @Test
        void is_declined_when_the_latest_answer_is_a_refusal() {
            assertThat(status(missing("e1", daysAgo(4)), returned("e1", daysAgo(3)),
                    step("e1", Step.OFFERED, daysAgo(3)), step("e1", Step.ACCEPTED, daysAgo(2)),
                    step("e1", Step.DECLINED, daysAgo(1)))).isEqualTo("DECLINED");
        }

        @Test
        void is_not_offered_after_a_recorded_decision_not_to_offer() {
            assertThat(status(missing("e1", daysAgo(4)), returned("e1", daysAgo(3)),
                    step("e1", Step.DECIDED_NOT_TO_OFFER, daysAgo(2)))).isEqualTo("NOT_OFFERED");
        }

        @Test
        void is_not_offered_when_the_case_was_closed_with_no_offer() {
            assertThat(status(missing("e1", daysAgo(4)), returned("e1", daysAgo(3)),
                    step("e1", Step.CASE_CLOSED, daysAgo(1)))).isEqualTo("NOT_OFFERED");
        }

        @Test
        void a_case_closure_keeps_the_status_of_the_steps_before_it() {
            assertThat(status(missing("e1", daysAgo(4)), returned("e1", daysAgo(3)),
                    step("e1", Step.OFFERED, daysAgo(2)), step("e1", Step.DECLINED, daysAgo(2).plusSeconds(60)),
                    step("e1", Step.CASE_CLOSED, daysAgo(1)))).isEqualTo("DECLINED");
        }

        @Test
        void is_completed_once_an_interview_is_completed_whatever_came_after() {
            assertThat(status(missing("e1", daysAgo(4)), returned("e1", daysAgo(3)),
                    step("e1", Step.OFFERED, daysAgo(3)), interviewed("e1", TODAY.minusDays(2)),
                    step("e1", Step.CASE_CLOSED, daysAgo(1)))).isEqualTo("COMPLETED");
        }
    }

    @Nested
    class CmeRegister {

        @Test
        void a_child_added_and_not_removed_is_on_the_register_since_the_addition() {
            var profile = profile(addedToCme("c1", LocalDate.parse("2026-09-01")),
                    enquiry("c1", LocalDate.parse("2026-09-10")), enquiry("c1", LocalDate.parse("2026-10-01")));

            assertThat(profile.cme()).isEqualTo(new CmeStatus("ON_REGISTER", LocalDate.parse("2026-09-01"),
                    LocalDate.parse("2026-10-01")));
        }

        @Test
        void on_the_register_the_last_enquiry_is_of_the_open_entry() {
            var profile = profile(addedToCme("c1", LocalDate.parse("2025-01-01")),
                    enquiry("c1", LocalDate.parse("2025-03-01")), removedFromCme("c1", LocalDate.parse("2025-04-01")),
                    addedToCme("c2", LocalDate.parse("2026-09-01")));

            assertThat(profile.cme()).isEqualTo(new CmeStatus("ON_REGISTER", LocalDate.parse("2026-09-01"), null));
        }

        @Test
        void a_child_removed_with_an_outcome_is_removed() {
            var profile = profile(addedToCme("c1", LocalDate.parse("2026-09-01")),
                    enquiry("c1", LocalDate.parse("2026-09-10")), removedFromCme("c1", LocalDate.parse("2026-10-01")));

            assertThat(profile.cme()).isEqualTo(new CmeStatus("REMOVED", null, LocalDate.parse("2026-09-10")));
        }
    }

    @Nested
    class ExploitationRisk {

        @Test
        void a_concern_without_an_assessment_is_awaiting_assessment() {
            var profile = profile(concern("k1", daysAgo(3)), concern("k2", daysAgo(2)));

            assertThat(profile.exploitation()).isEqualTo(
                    new ExploitationStatus(null, "CONCERN_AWAITING_ASSESSMENT", null, 2));
        }

        @Test
        void a_concern_answered_by_an_assessment_is_assessed_with_the_assessment_category() {
            var profile = profile(concern("k1", daysAgo(10)),
                    assessed("a1", daysAgo(5), RiskCategory.MODERATE, TODAY.plusMonths(3)));

            assertThat(profile.exploitation()).isEqualTo(
                    new ExploitationStatus("MODERATE", "ASSESSED", TODAY.plusMonths(3), 1));
        }

        @Test
        void a_concern_after_the_last_assessment_is_awaiting_assessment_again() {
            var profile = profile(assessed("a1", daysAgo(20), RiskCategory.MILD, TODAY.plusMonths(2)),
                    concern("k1", daysAgo(5)));

            assertThat(profile.exploitation().assessmentStatus()).isEqualTo("CONCERN_AWAITING_ASSESSMENT");
            assertThat(profile.exploitation().category()).isEqualTo("MILD");
        }

        @Test
        void the_category_is_the_latest_review_of_the_open_assessment() {
            var profile = profile(assessed("a1", daysAgo(100), RiskCategory.SIGNIFICANT, TODAY.minusDays(10)),
                    reviewed("a1", daysAgo(10), RiskCategory.MILD, TODAY.plusMonths(3)));

            assertThat(profile.exploitation()).isEqualTo(
                    new ExploitationStatus("MILD", "ASSESSED", TODAY.plusMonths(3), 0));
        }

        @Test
        void a_review_due_today_is_not_overdue_and_one_due_yesterday_is() {
            assertThat(profile(assessed("a1", daysAgo(90), RiskCategory.MILD, TODAY)).exploitation()
                    .assessmentStatus()).isEqualTo("ASSESSED");
            assertThat(profile(assessed("a1", daysAgo(90), RiskCategory.MILD, TODAY.minusDays(1))).exploitation()
                    .assessmentStatus()).isEqualTo("REVIEW_OVERDUE");
        }

        @Test
        void without_a_review_date_the_review_is_due_three_months_after_the_assessment() {
            var profile = profile(assessed("a1", daysAgo(10), RiskCategory.MILD, null));

            assertThat(profile.exploitation().nextReviewDue()).isEqualTo(TODAY.minusDays(10).plusMonths(3));
        }

        @Test
        void a_closed_assessment_is_closed_and_keeps_its_last_category_but_no_review_date() {
            var profile = profile(assessed("a1", daysAgo(30), RiskCategory.MODERATE, TODAY.minusDays(1)),
                    assessmentClosed("a1", daysAgo(2)));

            assertThat(profile.exploitation()).isEqualTo(new ExploitationStatus("MODERATE", "CLOSED", null, 0));
        }

        @Test
        void of_two_open_assessments_the_latest_recorded_one_is_in_force() {
            var profile = profile(assessed("a1", daysAgo(30), RiskCategory.SIGNIFICANT, TODAY.plusDays(30)),
                    assessed("a2", daysAgo(3), RiskCategory.MILD, TODAY.plusDays(60)));

            assertThat(profile.exploitation().category()).isEqualTo("MILD");
            assertThat(profile.exploitation().nextReviewDue()).isEqualTo(TODAY.plusDays(60));
        }
    }

    @Nested
    class FlagsAndScore {

        @Test
        void open_flags_are_listed_once_each_most_severe_first_then_oldest_first() {
            var low = flag("f-low", "CME_ENQUIRY_STALLED", "LOW", daysAgo(9));
            var urgent = flag("f-urgent", "NEED_TO_KNOW", "URGENT", daysAgo(1));
            var highOld = flag("f-high-old", "REPEAT_MISSING", "HIGH", daysAgo(5));
            var highNew = flag("f-high-new", "RHI_OVERDUE", "HIGH", daysAgo(2));

            var profile = profile(List.of(), List.of(low, highNew, urgent, highOld, low));

            assertThat(profile.openFlags()).containsExactly(urgent, highOld, highNew, low);
        }

        @Test
        void the_score_adds_flags_recent_episodes_exploitation_category_cme_and_missing_now() {
            var flags = List.of(flag("f1", "NEED_TO_KNOW", "URGENT", daysAgo(1)),
                    flag("f2", "REPEAT_MISSING", "HIGH", daysAgo(1)), flag("f3", "SHARED_LOCATION", "MEDIUM",
                            daysAgo(1)), flag("f4", "X", "LOW", daysAgo(1)));

            var profile = profile(List.of(), flags,
                    missing("e1", daysAgo(100)), returned("e1", daysAgo(99)),
                    missing("e2", daysAgo(50)), returned("e2", daysAgo(49)),
                    missing("e3", daysAgo(1)),
                    assessed("a1", daysAgo(20), RiskCategory.SIGNIFICANT, TODAY.plusMonths(2)),
                    addedToCme("c1", TODAY.minusDays(40)));

            // flags 40 + 20 + 10 + 5, two episodes in 90 days 2 × 5, significant 30, on register 10, missing 15
            assertThat(profile.maceScore()).isEqualTo(75 + 10 + 30 + 10 + 15);
        }

        @Test
        void a_closed_assessment_and_a_removal_from_the_register_add_nothing() {
            var profile = profile(assessed("a1", daysAgo(20), RiskCategory.SIGNIFICANT, TODAY.plusMonths(2)),
                    assessmentClosed("a1", daysAgo(1)), addedToCme("c1", TODAY.minusDays(40)),
                    removedFromCme("c1", TODAY.minusDays(1)));

            assertThat(profile.maceScore()).isZero();
        }
    }

    /** An interview's sighting is at the start of its day in London: in October that is 23:00 UTC the day before. */
    @Nested
    class AssociatesAndPlaces {

        private final ChildFact.Place queensgate = new ChildFact.Place("The Queensgate Centre", "pe1 1nt");

        @Test
        void associates_are_the_latest_sighting_of_each_person_most_recent_first() {
            var dean = new ChildFact.Associate("Dean Walsh", "07700 900123", null);
            var deanAgain = new ChildFact.Associate("dean  walsh", "+447700900123", null);
            var car = new ChildFact.Associate(null, null, "ab12 cde");
            var profile = profile(
                    missing("e1", daysAgo(20)), returnedWith("ret-1", "e1", daysAgo(19), null, dean, car),
                    missing("e2", daysAgo(10)), returnedWith("ret-2", "e2", daysAgo(9), null, deanAgain),
                    interviewedWith("int-1", "e2", TODAY.minusDays(8), null,
                            new ChildFact.Associate("Kyle", null, null)));

            assertThat(profile.associates()).containsExactly(
                    new Associate("Kyle", null, null, startOfLondonDay(LocalDate.parse("2026-10-25")), "int-1"),
                    new Associate("dean  walsh", "+447700900123", null, daysAgo(9), "ret-2"),
                    new Associate(null, null, "ab12 cde", daysAgo(19), "ret-1"));
        }

        @Test
        void places_are_the_latest_sighting_of_each_place_with_the_postcode_shown_with_one_space() {
            var profile = profile(
                    missing("e1", daysAgo(20)), returnedWith("ret-1", "e1", daysAgo(19), queensgate),
                    missing("e2", daysAgo(10)),
                    returnedWith("ret-2", "e2", daysAgo(9), new ChildFact.Place("queensgate centre", "PE11NT")),
                    interviewedWith("int-2", "e2", TODAY.minusDays(30), new ChildFact.Place("Bus station", null)));

            assertThat(profile.places()).containsExactly(
                    new Place("queensgate centre", "PE1 1NT", daysAgo(9), "ret-2"),
                    new Place("Bus station", null, startOfLondonDay(TODAY.minusDays(30)), "int-2"));
        }

        @Test
        void a_return_with_no_place_and_no_one_gives_no_associate_or_place() {
            var profile = profile(missing("e1", daysAgo(3)), returned("e1", daysAgo(2)),
                    returnedWith("ret-x", "e9", daysAgo(1), new ChildFact.Place(" ", null),
                            new ChildFact.Associate(" ", "123", null)));

            assertThat(profile.associates()).isEmpty();
            assertThat(profile.places()).isEmpty();
        }

        @Test
        void link_keys_are_the_normalised_kinds_and_values_once_each_sorted() {
            var profile = profile(missing("e1", daysAgo(20)),
                    returnedWith("ret-1", "e1", daysAgo(19), queensgate,
                            new ChildFact.Associate("Dean Walsh", "07700 900123", "ab12 cde")),
                    interviewedWith("int-1", "e1", TODAY.minusDays(18), queensgate,
                            new ChildFact.Associate("Kyle", "+44 7700 900123", null)));

            assertThat(profile.linkKeys()).containsExactly("PERSON_NAME:dean walsh", "PHONE:07700900123",
                    "PLACE_NAME:queensgate centre", "POSTCODE:PE11NT", "VEHICLE:AB12CDE");
        }

        @Test
        void links_date_each_link_key_by_its_first_and_last_sighting_and_count_the_events_that_saw_it() {
            var profile = profile(missing("e1", daysAgo(20)),
                    returnedWith("ret-1", "e1", daysAgo(19), queensgate,
                            new ChildFact.Associate("Dean Walsh", "07700 900123", null)),
                    interviewedWith("int-1", "e1", TODAY.minusDays(18), null,
                            new ChildFact.Associate("Kyle", "+44 7700 900123", null)),
                    missing("e2", daysAgo(5)),
                    returnedWith("ret-2", "e2", daysAgo(4), null, new ChildFact.Associate(null, "07700900123", null)));

            assertThat(profile.links()).containsExactly(
                    new Link("PERSON_NAME:dean walsh", daysAgo(19), daysAgo(19), 1),
                    new Link("PHONE:07700900123", daysAgo(19), daysAgo(4), 3),
                    new Link("PLACE_NAME:queensgate centre", daysAgo(19), daysAgo(19), 1),
                    new Link("POSTCODE:PE11NT", daysAgo(19), daysAgo(19), 1));
            assertThat(profile.links()).extracting(Link::key).containsExactlyElementsOf(profile.linkKeys());
        }
    }

    /**
     * When the profile of the same facts next changes with the clock alone (the child stage rebuilds it then). Windows
     * are calendar days in London: in 2026 the clocks go forward on Sunday 29 March, so a window that starts in
     * winter and ends in summer ends at 09:00 UTC for a 10:00 London start, an hour before 24-hour days would end it.
     */
    @Nested
    class WhenItNextChanges {

        private static final Instant WINTER_10AM = Instant.parse("2026-03-10T10:00:00Z");
        private static final Instant SUMMER_10AM_30_DAYS_ON = Instant.parse("2026-04-09T09:00:00Z");
        private static final Instant JUST_BEFORE = SUMMER_10AM_30_DAYS_ON.minusMillis(1);

        private ChildProfile at(Instant now, ChildFact... facts) {
            return Given.BUILDER.build(CHILD, 1, now, List.of(), facts(facts), List.of());
        }

        private ChildFacts facts(ChildFact... facts) {
            return ChildFacts.of(CHILD, List.of(facts));
        }

        @Test
        void an_episode_leaves_the_30_day_window_at_the_same_london_time_30_days_on_across_the_march_clock_change() {
            var episode = missing("e1", WINTER_10AM);

            assertThat(Given.BUILDER.nextChange(facts(episode), Instant.parse("2026-03-20T12:00:00Z")))
                    .contains(SUMMER_10AM_30_DAYS_ON);
            assertThat(at(JUST_BEFORE, episode).episodesLast30Days()).as("the instant before").isEqualTo(1);
            assertThat(at(SUMMER_10AM_30_DAYS_ON, episode).episodesLast30Days()).as("at the boundary").isZero();
            assertThat(at(SUMMER_10AM_30_DAYS_ON, episode).episodesLast90Days()).isEqualTo(1);
        }

        @Test
        void at_the_boundary_the_next_change_is_the_one_after_it_and_the_instant_before_it_is_still_this_one() {
            var facts = facts(missing("e1", WINTER_10AM));

            assertThat(Given.BUILDER.nextChange(facts, JUST_BEFORE)).contains(SUMMER_10AM_30_DAYS_ON);
            // 90 days on from 10:00 on 10 March is 10:00 on 8 June, summer time
            assertThat(Given.BUILDER.nextChange(facts, SUMMER_10AM_30_DAYS_ON))
                    .contains(Instant.parse("2026-06-08T09:00:00Z"));
            // 365 days on is 10:00 on 10 March 2027, winter time again; after that nothing changes
            assertThat(Given.BUILDER.nextChange(facts, Instant.parse("2026-06-08T09:00:00Z")))
                    .contains(Instant.parse("2027-03-10T10:00:00Z"));
            assertThat(Given.BUILDER.nextChange(facts, Instant.parse("2027-03-10T10:00:00Z"))).isEmpty();
        }

        @Test
        void the_mace_score_falls_when_an_episode_leaves_the_90_day_window() {
            // 90 days on from 10:00 on 5 January is 10:00 on 5 April, summer time: 09:00 UTC
            var episode = missing("e1", Instant.parse("2026-01-05T10:00:00Z"));
            var leaves = Instant.parse("2026-04-05T09:00:00Z");

            assertThat(Given.BUILDER.nextChange(facts(episode, returned("e1", Instant.parse("2026-01-06T10:00:00Z"))),
                    Instant.parse("2026-03-01T00:00:00Z"))).contains(leaves);
            assertThat(at(leaves.minusMillis(1), episode).maceScore()).isEqualTo(5 + 15);
            assertThat(at(leaves, episode).maceScore()).as("missing now still counts; the episode no longer")
                    .isEqualTo(15);
        }

        @Test
        void an_episode_starting_later_than_now_changes_the_profile_when_it_starts() {
            var later = Instant.parse("2026-03-12T08:00:00Z");

            assertThat(Given.BUILDER.nextChange(facts(missing("e1", WINTER_10AM), missing("e2", later)), WINTER_10AM))
                    .contains(later);
        }

        @Test
        void an_assessment_falls_overdue_at_the_start_of_the_london_day_after_its_review_date() {
            // 30 March 2026 starts at 00:00 summer time, 23:00 UTC on the 29th
            var assessment = assessed("a1", WINTER_10AM, RiskCategory.MILD, LocalDate.parse("2026-03-29"));
            var overdueFrom = Instant.parse("2026-03-29T23:00:00Z");

            assertThat(Given.BUILDER.nextChange(facts(assessment), Instant.parse("2026-03-20T12:00:00Z")))
                    .contains(overdueFrom);
            assertThat(at(overdueFrom.minusMillis(1), assessment).exploitation().assessmentStatus())
                    .isEqualTo("ASSESSED");
            assertThat(at(overdueFrom, assessment).exploitation().assessmentStatus()).isEqualTo("REVIEW_OVERDUE");
            assertThat(Given.BUILDER.nextChange(facts(assessment), overdueFrom)).isEmpty();
        }

        @Test
        void a_concern_awaiting_assessment_does_not_fall_overdue_and_a_child_with_nothing_timed_ahead_has_no_change() {
            var assessment = assessed("a1", WINTER_10AM, RiskCategory.MILD, LocalDate.parse("2026-03-29"));
            var later = concern("k1", WINTER_10AM.plusSeconds(60));

            assertThat(Given.BUILDER.nextChange(facts(assessment, later), WINTER_10AM.plusSeconds(120))).isEmpty();
            assertThat(Given.BUILDER.nextChange(facts(addedToCme("c1", LocalDate.parse("2026-03-01"))),
                    WINTER_10AM)).isEmpty();
            assertThat(Given.BUILDER.nextChange(facts(missing("e1", Instant.parse("2024-01-01T10:00:00Z"))),
                    WINTER_10AM)).as("older than every window").isEmpty();
        }

        @Test
        void the_windows_and_the_mace_weights_are_settings() {
            var weights = new MaceScore(40, 20, 10, 5, 7, 30, 20, 5, 10, 0);
            var builder = new ProfileBuilder(PatternSettings.defaults(),
                    new ProfileSettings(Period.ofDays(7), Period.ofDays(28), Period.ofDays(180), weights));
            var facts = facts(missing("e1", daysAgo(6)), missing("e2", daysAgo(20)), missing("e3", daysAgo(100)),
                    missing("e4", daysAgo(200)));

            var profile = builder.build(CHILD, 1, NOW, List.of(), facts, List.of());

            assertThat(List.of(profile.episodesLast30Days(), profile.episodesLast90Days(),
                    profile.episodesLast365Days())).containsExactly(1, 2, 3);
            assertThat(profile.maceScore()).as("7 for each of the 2 episodes in the middle window").isEqualTo(14);
            assertThat(builder.nextChange(facts, NOW)).as("the 6-day-old episode leaves the 7-day window")
                    .contains(daysAgo(6).atZone(Given.LONDON).plusDays(7).toInstant());
        }
    }
}
