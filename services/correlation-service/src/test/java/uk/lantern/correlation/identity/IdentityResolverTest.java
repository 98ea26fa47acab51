package uk.lantern.correlation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lantern.correlation.identity.IdentityLink.Reason;
import uk.lantern.correlation.identity.Resolution.Decision;

class IdentityResolverTest {
    private int next;
    private final IdentityResolver resolver = new IdentityResolver(new InMemoryIdentityIndex(),
            MatchSettings.defaults(), () -> "child-" + (++next));

    private static PersonRecord.Builder amelia(String id) {
        return PersonRecord.builder(id).givenName("Amelia").familyName("Jones").dateOfBirth("2010-04-01")
                .sex(PersonRecord.Sex.FEMALE).postcode("PE1 2AB").addressLine("12 Park Road, Peterborough");
    }

    @Test
    void the_first_record_of_a_child_is_new() {
        Resolution r = resolver.resolve(amelia("police-1").build());

        assertThat(r.decision()).isEqualTo(Decision.NEW);
        assertThat(r.childId()).isEqualTo("child-1");
    }

    @Test
    void a_record_with_a_typo_links_to_the_same_child_and_says_which_fields_agreed() {
        Resolution first = resolver.resolve(amelia("police-1").build());
        Resolution second = resolver.resolve(amelia("school-7").givenName("Amelai").build());

        assertThat(second.decision()).isEqualTo(Decision.LINKED);
        assertThat(second.childId()).isEqualTo(first.childId());
        IdentityLink link = second.links().get(0);
        assertThat(link.reason()).isEqualTo(Reason.PROBABILISTIC);
        assertThat(link.agreeingFields()).contains("GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "POSTCODE");
        assertThat(link.explanation()).contains("score");
        assertThat(resolver.explain("school-7")).containsExactly(link);
    }

    @Test
    void a_block_over_the_cap_is_not_read_and_not_added_to_so_it_stops_growing() {
        var index = new InMemoryIdentityIndex();
        var capped = new IdentityResolver(index, MatchSettings.defaults().withMaxBlockSize(3), () -> "c-" + (++next));
        String[] families = {"Jones", "Patel", "Okafor", "Nowak", "Byrne", "Silva", "Khan", "Walsh", "Evans", "Reid"};
        for (int i = 0; i < families.length; i++) {
            capped.resolve(PersonRecord.builder("school-" + i).givenName("Amelia").familyName(families[i])
                    .dateOfBirth("2010-04-0" + (i % 9 + 1)).sex(PersonRecord.Sex.FEMALE).postcode("PE" + i + " 1AB")
                    .build());
        }
        String amelias = BlockingKeys.of(PersonRecord.builder("probe").givenName("Amelia").dateOfBirth("2010-04-01")
                .build()).stream().filter(k -> k.startsWith("ym:")).findFirst().orElseThrow();

        assertThat(index.block(amelias)).as("every Amelia born April 2010: one over the cap, then no more")
                .containsExactly("school-0", "school-1", "school-2", "school-3");
    }

    @Test
    void a_shared_strong_identifier_links_even_when_little_else_is_known() {
        resolver.resolve(amelia("la-1").nhsNumber("9434765919").build());
        Resolution r = resolver.resolve(PersonRecord.builder("gp-1").nhsNumber("9434765919").build());

        assertThat(r.decision()).isEqualTo(Decision.LINKED);
        assertThat(r.links().get(0).reason()).isEqualTo(Reason.STRONG_ID);
    }

    @Test
    void a_conflicting_strong_identifier_prevents_a_link_however_well_the_rest_agrees() {
        resolver.resolve(amelia("la-1").nhsNumber("9434765919").build());
        Resolution r = resolver.resolve(amelia("la-2").nhsNumber("4010232137").build());

        assertThat(r.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(r.childId()).isNotEqualTo(resolver.childOf("la-1"));
        assertThat(r.reviews()).singleElement().satisfies(review -> {
            assertThat(review.recordB()).isEqualTo("la-1");
            assertThat(review.reason()).isEqualTo("strong identifier conflict");
            assertThat(review.comparison().conflictingSchemes()).containsExactly(StrongIds.NHS);
        });
    }

    @Test
    void a_strong_identifier_conflict_anywhere_in_the_child_prevents_joining_it() {
        resolver.resolve(amelia("la-1").nhsNumber("9434765919").build());
        resolver.resolve(amelia("school-1").build());
        Resolution r = resolver.resolve(amelia("gp-1").nhsNumber("4010232137").build());

        assertThat(r.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(resolver.childOf("gp-1")).isNotEqualTo(resolver.childOf("la-1"));
    }

    @Test
    void a_duplicate_la_record_of_the_same_child_links_when_its_whole_identity_agrees() {
        resolver.resolve(amelia("la-1").localAuthorityId("LA-100234").build());
        Resolution r = resolver.resolve(amelia("la-2").localAuthorityId("LA-777001").givenName("Amelai").build());

        assertThat(r.decision()).isEqualTo(Decision.LINKED);
        assertThat(r.childId()).isEqualTo(resolver.childOf("la-1"));
        IdentityLink link = r.links().get(0);
        assertThat(link.reason()).isEqualTo(Reason.PROBABILISTIC);
        assertThat(link.explanation()).contains("LA differs (no check digit)");
        assertThat(link.score()).isGreaterThanOrEqualTo(MatchSettings.defaults().linkThreshold());
    }

    @Test
    void twins_with_different_police_ids_are_reviewed_not_linked() {
        resolver.resolve(amelia("police-1").policeId("PNC-000123A").build());
        Resolution twin = resolver.resolve(amelia("police-2").givenName("Isla").policeId("PNC-555987C").build());
        // Without the ids the SIBLINGS household guard lets twins through (IDENTITY.md, "At national scale").
        IdentityResolver withoutIds = new IdentityResolver(new InMemoryIdentityIndex(),
                MatchSettings.defaults().withHouseholdGuard(MatchSettings.HouseholdGuard.SIBLINGS));
        withoutIds.resolve(amelia("police-1").build());

        assertThat(withoutIds.resolve(amelia("police-2").givenName("Isla").build()).decision())
                .isEqualTo(Decision.LINKED);
        assertThat(twin.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(twin.childId()).isNotEqualTo(resolver.childOf("police-1"));
        assertThat(twin.reviews()).singleElement().satisfies(review ->
                assertThat(review.reason()).isEqualTo("strong identifier differs: POLICE (no check digit)"));
    }

    @Test
    void twins_are_never_linked_automatically_under_the_default_settings_they_go_to_review() {
        resolver.resolve(amelia("police-1").build());
        Resolution sister = resolver.resolve(amelia("school-2").givenName("Isla").build());
        Resolution brother = resolver.resolve(amelia("school-3").givenName("Oliver").sex(PersonRecord.Sex.MALE)
                .build());

        for (Resolution twin : List.of(sister, brother)) {
            assertThat(twin.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
            assertThat(twin.links()).isEmpty();
            assertThat(twin.reviews()).isNotEmpty().allSatisfy(review -> {
                assertThat(review.reason()).isEqualTo("household guard: TWINS");
                // the score alone would link them: only the guard keeps them apart
                assertThat(review.score()).isGreaterThanOrEqualTo(MatchSettings.defaults().linkThreshold());
            });
        }
        assertThat(List.of(resolver.childOf("police-1"), resolver.childOf("school-2"), resolver.childOf("school-3")))
                .doesNotHaveDuplicates();
    }

    @Test
    void twins_and_siblings_named_alike_go_to_review_while_one_childs_keying_errors_still_link() {
        PersonRecord mason = amelia("mason").givenName("Mason").sex(PersonRecord.Sex.MALE).build();
        PersonRecord ella = amelia("ella").givenName("Ella").build();
        PersonRecord louis = amelia("louis").givenName("Louis").sex(PersonRecord.Sex.MALE).build();
        PersonRecord daniel = amelia("daniel").givenName("Daniel").sex(PersonRecord.Sex.MALE).build();

        Map<String, Resolution> twins = Map.of(
                "Jason, twin of Mason", against(mason, amelia("jason").givenName("Jason").sex(PersonRecord.Sex.MALE)
                        .build()),
                "Bella, twin of Ella", against(ella, amelia("bella").givenName("Bella").build()),
                "Louise, twin of Louis", against(louis, amelia("louise").givenName("Louise").build()),
                "Danielle, twin of Daniel", against(daniel, amelia("danielle").givenName("Danielle").build()),
                "Jason, Mason's younger brother", against(mason, amelia("brother").givenName("Jason")
                        .sex(PersonRecord.Sex.MALE).dateOfBirth("2011-08-19").build()));
        twins.forEach((who, r) -> {
            assertThat(r.decision()).as(who).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
            assertThat(r.reviews()).as(who).singleElement().satisfies(review -> {
                assertThat(review.reason()).isEqualTo("household guard: TWINS");
                assertThat(review.score()).isGreaterThanOrEqualTo(MatchSettings.defaults().linkThreshold());
            });
        });
        assertThat(against(mason, amelia("typo").givenName("Masno").sex(PersonRecord.Sex.MALE).build()).decision())
                .as("Mason keyed with two letters swapped").isEqualTo(Decision.LINKED);
        assertThat(against(daniel, amelia("typo").givenName("Danial").sex(PersonRecord.Sex.MALE).build())
                .decision()).as("Daniel misspelt").isEqualTo(Decision.LINKED);
        assertThat(against(amelia("william").givenName("William").sex(PersonRecord.Sex.MALE).build(),
                amelia("bill").givenName("Bill").sex(PersonRecord.Sex.MALE).build()).decision())
                .as("a nickname").isEqualTo(Decision.LINKED);
    }

    @Test
    void namesakes_living_elsewhere_with_different_la_ids_are_not_linked() {
        resolver.resolve(amelia("la-1").localAuthorityId("LA-100234").build());
        Resolution namesake = resolver.resolve(amelia("la-2").localAuthorityId("LA-777001").postcode("LS6 3QW")
                .addressLine("4 Otley Road, Leeds").build());
        IdentityResolver withoutIds = new IdentityResolver(new InMemoryIdentityIndex(), MatchSettings.defaults());
        withoutIds.resolve(amelia("la-1").build());

        assertThat(withoutIds.resolve(amelia("la-2").postcode("LS6 3QW").addressLine("4 Otley Road, Leeds").build())
                .decision()).isEqualTo(Decision.LINKED);
        assertThat(namesake.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(namesake.childId()).isNotEqualTo(resolver.childOf("la-1"));
    }

    @Test
    void different_nhs_numbers_never_link_even_when_a_local_id_and_every_detail_agree() {
        resolver.resolve(amelia("gp-1").nhsNumber("9434765919").localAuthorityId("LA-100234").build());
        Resolution r = resolver.resolve(amelia("gp-2").nhsNumber("4010232137").localAuthorityId("LA-100234").build());

        assertThat(r.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(r.childId()).isNotEqualTo(resolver.childOf("gp-1"));
        assertThat(r.reviews()).singleElement()
                .satisfies(review -> assertThat(review.reason()).isEqualTo("strong identifier conflict"));
    }

    @Test
    void different_upns_with_valid_check_letters_never_link() {
        resolver.resolve(amelia("school-1").upn("B801200005001").build());
        Resolution r = resolver.resolve(amelia("school-2").upn("Q801200005002").build());

        assertThat(r.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(r.childId()).isNotEqualTo(resolver.childOf("school-1"));
    }

    @Test
    void a_differing_la_id_in_the_child_does_not_stop_a_join_its_own_identity_allows() {
        resolver.resolve(amelia("la-1").localAuthorityId("LA-100234").build());
        resolver.resolve(amelia("school-1").build());
        Resolution r = resolver.resolve(amelia("la-2").localAuthorityId("LA-777001").build());

        assertThat(r.decision()).isEqualTo(Decision.LINKED);
        assertThat(resolver.childOf("la-2")).isEqualTo(resolver.childOf("la-1"))
                .isEqualTo(resolver.childOf("school-1"));
    }

    @Test
    void a_differing_la_id_in_the_child_stops_a_join_its_own_identity_does_not_allow() {
        resolver.resolve(amelia("la-1").localAuthorityId("LA-100234").build());
        // names and date of birth only: links to la-1, and would link to a namesake living elsewhere as well
        resolver.resolve(PersonRecord.builder("health-1").givenName("Amelia").familyName("Jones")
                .dateOfBirth("2010-04-01").build());
        Resolution r = resolver.resolve(amelia("la-2").localAuthorityId("LA-777001").postcode("LS6 3QW")
                .addressLine("4 Otley Road, Leeds").build());

        assertThat(resolver.childOf("health-1")).isEqualTo(resolver.childOf("la-1"));
        assertThat(resolver.childOf("la-2")).isNotEqualTo(resolver.childOf("la-1"));
        assertThat(r.reviews()).anySatisfy(review -> assertThat(review.reason()).contains("joining would conflict"));
    }

    @Test
    void two_duplicates_each_reconciled_with_the_first_record_join_it_though_they_share_no_place() {
        resolver.resolve(amelia("la-1").localAuthorityId("LA-100234").build());
        resolver.resolve(amelia("la-2").localAuthorityId("LA-777001").postcode(null).build());
        Resolution r = resolver.resolve(amelia("la-3").localAuthorityId("LA-530990").addressLine(null).build());
        Comparison between = resolver.compare(amelia("la-2").localAuthorityId("LA-777001").postcode(null).build(),
                amelia("la-3").localAuthorityId("LA-530990").addressLine(null).build());

        assertThat(between.identityAgreesInFull()).as("la-2 and la-3 share no place").isFalse();
        assertThat(r.decision()).isEqualTo(Decision.LINKED);
        assertThat(resolver.childOf("la-3")).isEqualTo(resolver.childOf("la-2")).isEqualTo(resolver.childOf("la-1"));
    }

    @Test
    void under_the_conflict_policy_a_differing_la_id_never_links() {
        IdentityResolver strict = new IdentityResolver(new InMemoryIdentityIndex(),
                MatchSettings.defaults().withStrongIdDifference(MatchSettings.StrongIdDifference.CONFLICT));
        strict.resolve(amelia("la-1").localAuthorityId("LA-100234").build());
        Resolution r = strict.resolve(amelia("la-2").localAuthorityId("LA-777001").build());

        assertThat(r.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(r.reviews()).singleElement()
                .satisfies(review -> assertThat(review.reason()).isEqualTo("strong identifier conflict"));
    }

    @Test
    void a_score_between_the_thresholds_raises_a_review_item_naming_both_records() {
        resolver.resolve(amelia("police-1").build());
        Resolution r = resolver.resolve(PersonRecord.builder("school-2").givenName("Amelia").familyName("Jones")
                .dateOfBirth("2008-04-01").postcode("SW1A 1AA").build());

        assertThat(r.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        ReviewItem item = r.reviews().get(0);
        assertThat(item.recordA()).isEqualTo("school-2");
        assertThat(item.recordB()).isEqualTo("police-1");
        assertThat(item.score()).isBetween(MatchSettings.defaults().reviewThreshold(),
                MatchSettings.defaults().linkThreshold());
        assertThat(item.comparison().fields()).isNotEmpty();
    }

    @Test
    void a_brother_at_the_same_address_is_not_merged_but_reviewed() {
        resolver.resolve(amelia("police-1").build());
        Resolution r = resolver.resolve(amelia("school-3").givenName("Oliver").dateOfBirth("2012-09-30")
                .sex(null).build());

        assertThat(r.decision()).isNotEqualTo(Decision.LINKED);
        assertThat(resolver.childOf("school-3")).isNotEqualTo(resolver.childOf("police-1"));
    }

    @Test
    void namesakes_born_one_digit_apart_and_living_elsewhere_are_not_linked() {
        resolver.resolve(PersonRecord.builder("known").givenName("Jack").familyName("Taylor")
                .dateOfBirth("2015-12-28").sex(PersonRecord.Sex.MALE).postcode("NW3 1SP")
                .addressLine("141 Burghley Road").build());
        Resolution r = resolver.resolve(PersonRecord.builder("new").givenName("Jack").familyName("Taylor")
                .dateOfBirth("2015-12-23").sex(PersonRecord.Sex.MALE).postcode("NG16 8WQ")
                .addressLine("32 Green Lane").build());

        assertThat(r.decision()).isNotEqualTo(Decision.LINKED);
    }

    @Test
    void the_same_child_with_a_date_of_birth_typo_at_home_is_linked() {
        resolver.resolve(amelia("known").build());
        Resolution r = resolver.resolve(amelia("typo").dateOfBirth("2010-04-07").build());

        assertThat(r.decision()).isEqualTo(Decision.LINKED);
    }

    @Test
    void namesakes_on_streets_of_the_same_name_in_other_towns_are_not_linked() {
        resolver.resolve(PersonRecord.builder("known").givenName("Charlie").familyName("Harrison")
                .dateOfBirth("2009-06-11").sex(PersonRecord.Sex.MALE).postcode("BS9 1AN")
                .addressLine("133 Eastfield Road").build());
        Resolution r = resolver.resolve(PersonRecord.builder("new").givenName("Charlie").familyName("Harrison")
                .dateOfBirth("2017-04-10").sex(PersonRecord.Sex.MALE).postcode("N5 8EX")
                .addressLine("53 Eastfield Road").build());

        assertThat(r.decision()).isNotEqualTo(Decision.LINKED);
    }

    @Test
    void without_the_date_of_birth_the_given_name_links_only_with_the_postcode() {
        resolver.resolve(amelia("known").build());
        Resolution moved = resolver.resolve(amelia("moved").dateOfBirth("2013-09-30").postcode("LS6 1QT").build());
        Resolution home = resolver.resolve(amelia("home").dateOfBirth("2013-09-30").build());

        assertThat(moved.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(moved.reviews().get(0).reason()).startsWith("household guard");
        assertThat(home.decision()).isEqualTo(Decision.LINKED);
    }

    @Test
    void with_nothing_to_place_them_all_three_of_names_and_date_of_birth_must_agree() {
        resolver.resolve(amelia("known").build());
        Resolution otherFamily = resolver.resolve(PersonRecord.builder("ambulance-1").givenName("Amelia")
                .familyName("Okafor").dateOfBirth("2010-04-01").sex(PersonRecord.Sex.FEMALE).build());
        Resolution same = resolver.resolve(PersonRecord.builder("ambulance-2").givenName("Amelia")
                .familyName("Jones").dateOfBirth("2010-04-01").build());

        assertThat(otherFamily.decision()).isNotEqualTo(Decision.LINKED);
        assertThat(same.decision()).isEqualTo(Decision.LINKED);
        assertThat(same.childId()).isEqualTo(resolver.childOf("known"));
    }

    @Test
    void a_sibling_born_a_year_to_the_day_later_is_not_linked() {
        resolver.resolve(amelia("sister").dateOfBirth("2013-01-30").build());
        Resolution brother = resolver.resolve(amelia("brother").givenName("Oscar").dateOfBirth("2014-01-30")
                .sex(PersonRecord.Sex.MALE).build());
        Resolution typo = resolver.resolve(amelia("sister-again").dateOfBirth("2013-01-03").build());

        assertThat(brother.decision()).isNotEqualTo(Decision.LINKED);
        assertThat(typo.decision()).isEqualTo(Decision.LINKED);
        assertThat(typo.childId()).isEqualTo(resolver.childOf("sister"));
    }

    /** A fresh resolver that knows {@code known}, and what it decides for {@code probe}. */
    private static Resolution against(PersonRecord known, PersonRecord probe) {
        IdentityResolver fresh = new IdentityResolver(new InMemoryIdentityIndex(), MatchSettings.defaults());
        fresh.resolve(known);
        Resolution r = fresh.resolve(probe);
        assertThat(r.decision() != Decision.LINKED || r.childId().equals(fresh.childOf(known.recordId()))).isTrue();
        return r;
    }

    @Test
    void without_a_given_name_a_date_of_birth_typo_no_sibling_or_twin_could_have_links_at_home() {
        PersonRecord known = amelia("known").dateOfBirth("2013-04-28").build();

        // 91 and 6 days apart: closer than any two children of one mother are born, further apart than twins
        assertThat(against(known, amelia("month").givenName(null).dateOfBirth("2013-07-28").build()).decision())
                .isEqualTo(Decision.LINKED);
        assertThat(against(known, amelia("day").givenName(null).dateOfBirth("2013-04-22").build()).decision())
                .isEqualTo(Decision.LINKED);
    }

    @Test
    void without_a_given_name_siblings_twins_namesakes_and_other_families_at_the_address_are_still_not_linked() {
        PersonRecord sister = amelia("sister").dateOfBirth("2013-01-30").build();

        Resolution brother = against(sister, amelia("brother").givenName(null).sex(PersonRecord.Sex.MALE)
                .dateOfBirth("2014-01-30").build());
        Resolution twinAfterMidnight = against(sister, amelia("twin").givenName(null).dateOfBirth("2013-01-31")
                .build());
        Resolution namedTwinWithTypo = against(sister, amelia("isla").givenName("Isla").dateOfBirth("2013-01-03")
                .build());
        Resolution elsewhere = against(sister, amelia("namesake").givenName(null).dateOfBirth("2013-01-03")
                .postcode("LS6 3QW").addressLine("4 Otley Road, Leeds").build());
        Resolution otherFamily = against(sister, amelia("fostered").givenName(null).familyName("Jackson")
                .dateOfBirth("2013-01-03").build());

        assertThat(brother.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(brother.reviews().get(0).reason()).startsWith("household guard");
        assertThat(twinAfterMidnight.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(twinAfterMidnight.reviews().get(0).reason()).startsWith("household guard");
        assertThat(namedTwinWithTypo.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(elsewhere.decision()).isNotEqualTo(Decision.LINKED);
        assertThat(otherFamily.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(otherFamily.reviews().get(0).reason()).startsWith("household guard");
    }

    @Test
    void without_a_date_of_birth_both_names_and_the_same_house_link_when_the_postcode_differs_or_is_missing() {
        PersonRecord known = amelia("known").build();

        assertThat(against(known, amelia("mistyped").dateOfBirth(null).postcode("PE7 9QX")
                .addressLine("12 Park Raod, Peterborough").build()).decision()).isEqualTo(Decision.LINKED);
        assertThat(against(known, amelia("no-postcode").dateOfBirth(null).postcode(null).build()).decision())
                .isEqualTo(Decision.LINKED);
    }

    @Test
    void without_a_date_of_birth_siblings_namesakes_and_houses_without_numbers_are_still_not_linked() {
        PersonRecord known = amelia("known").build();
        PersonRecord cottage = amelia("cottage").addressLine("Rose Cottage, Peterborough").build();

        Resolution brother = against(known, amelia("brother").givenName("Oscar").sex(PersonRecord.Sex.MALE)
                .dateOfBirth(null).postcode("PE7 9QX").build());
        Resolution otherTown = against(known, amelia("leeds").dateOfBirth(null).postcode("LS6 3QW")
                .addressLine("12 Park Road, Leeds").build());
        Resolution noNumber = against(cottage, amelia("cottage-2").dateOfBirth(null).postcode("PE7 9QX").build());
        Resolution otherDate = against(known, amelia("other-date").dateOfBirth("2013-09-30").postcode("PE7 9QX")
                .build());

        assertThat(brother.decision()).isNotEqualTo(Decision.LINKED);
        assertThat(otherTown.decision()).isNotEqualTo(Decision.LINKED);
        assertThat(noNumber.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(noNumber.reviews().get(0).reason()).startsWith("household guard");
        assertThat(otherDate.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
    }

    @Test
    void names_and_a_date_of_birth_one_digit_out_with_nothing_to_place_them_are_reviewed_not_linked() {
        resolver.resolve(amelia("known").build());
        Resolution r = resolver.resolve(PersonRecord.builder("gp-1").givenName("Amelia").familyName("Jones")
                .dateOfBirth("2010-04-07").build());

        assertThat(r.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(r.reviews().get(0).reason()).startsWith("household guard");
    }

    @Test
    void names_alone_link_nobody() {
        resolver.resolve(amelia("known").build());
        resolver.resolve(amelia("known-2").dateOfBirth("2011-07-19").postcode("LS6 1QT").addressLine("4 Mill Lane")
                .build());
        Resolution r = resolver.resolve(PersonRecord.builder("names").givenName("Amelia").familyName("Jones").build());

        assertThat(r.decision()).isNotEqualTo(Decision.LINKED);
    }

    @Test
    void a_different_person_is_new() {
        resolver.resolve(amelia("police-1").build());
        Resolution r = resolver.resolve(PersonRecord.builder("police-2").givenName("Kyle").familyName("Brain")
                .dateOfBirth("2009-11-23").postcode("PE7 8QQ").build());

        assertThat(r.decision()).isEqualTo(Decision.NEW);
    }

    @Test
    void a_record_delivered_twice_is_already_known() {
        resolver.resolve(amelia("police-1").build());
        Resolution again = resolver.resolve(amelia("police-1").build());

        assertThat(again.decision()).isEqualTo(Decision.ALREADY_KNOWN);
        assertThat(again.childId()).isEqualTo("child-1");
    }

    @Test
    void confirm_links_two_records_the_score_kept_apart_and_records_who_confirmed() {
        resolver.resolve(amelia("police-1").build());
        resolver.resolve(PersonRecord.builder("cme-4").givenName("Amy").familyName("Jones-Smith").build());

        Regrouping regrouping = resolver.confirm("police-1", "cme-4", "coordinator A");

        assertThat(resolver.childOf("cme-4")).isEqualTo(resolver.childOf("police-1"));
        assertThat(regrouping.moves()).extracting(Regrouping.Move::recordId).containsExactly("cme-4");
        assertThat(resolver.explain("cme-4")).singleElement().satisfies(link -> {
            assertThat(link.reason()).isEqualTo(Reason.CONFIRMED);
            assertThat(link.explanation()).contains("coordinator A");
        });
    }

    @Test
    void a_rejected_pair_is_split_and_never_linked_again() {
        resolver.resolve(amelia("police-1").build());
        resolver.resolve(amelia("school-1").build());
        assertThat(resolver.childOf("school-1")).isEqualTo(resolver.childOf("police-1"));

        resolver.reject("police-1", "school-1", "coordinator A");
        assertThat(resolver.childOf("school-1")).isNotEqualTo(resolver.childOf("police-1"));

        Resolution third = resolver.resolve(amelia("cme-1").build());
        // cme-1 matches both, but joining both would put a rejected pair in one child; and the reviewer has already
        // said those two children are different, so the pair is not put to review again.
        assertThat(third.decision()).isEqualTo(Decision.LINKED);
        assertThat(resolver.childOf("school-1")).isNotEqualTo(resolver.childOf("police-1"));
        assertThat(third.reviews()).isEmpty();
    }

    @Test
    void a_pair_of_children_is_put_to_review_once_however_many_of_their_records_arrive() {
        Resolution first = resolver.resolve(amelia("la-1").nhsNumber("9434765919").build());
        Resolution question = resolver.resolve(amelia("la-2").nhsNumber("4010232137").build());
        assertThat(question.reviews()).singleElement().satisfies(r -> assertThat(r.childB()).isEqualTo(
                first.childId()));

        // A second record of each child: each links to its own child and resembles the other as much as before.
        Resolution again = resolver.resolve(amelia("school-1").nhsNumber("9434765919").build());
        Resolution andAgain = resolver.resolve(amelia("school-2").nhsNumber("4010232137").build());

        assertThat(again.decision()).isEqualTo(Decision.LINKED);
        assertThat(again.childId()).isEqualTo(first.childId());
        assertThat(again.reviews()).isEmpty();
        assertThat(andAgain.childId()).isEqualTo(question.childId());
        assertThat(andAgain.reviews()).isEmpty();
    }

    @Test
    void a_third_child_like_two_children_already_under_review_is_put_to_review_with_each() {
        Resolution first = resolver.resolve(amelia("la-1").nhsNumber("9434765919").build());
        Resolution second = resolver.resolve(amelia("la-2").nhsNumber("4010232137").build());

        Resolution third = resolver.resolve(amelia("la-3").nhsNumber("9876543210").build());

        assertThat(third.decision()).isEqualTo(Decision.POSSIBLE_SAME_CHILD);
        assertThat(third.reviews()).extracting(ReviewItem::childB)
                .containsExactlyInAnyOrder(first.childId(), second.childId());
    }

    @Test
    void a_rejected_pair_of_children_is_not_put_to_review_again_by_their_other_records() {
        resolver.resolve(amelia("la-1").nhsNumber("9434765919").build());
        Resolution question = resolver.resolve(amelia("la-2").nhsNumber("4010232137").build());
        resolver.reject("la-2", "la-1", "coordinator A");
        assertThat(question.reviews()).hasSize(1);

        Resolution later = resolver.resolve(amelia("school-2").nhsNumber("4010232137").build());

        assertThat(later.decision()).isEqualTo(Decision.LINKED);
        assertThat(later.childId()).isEqualTo(question.childId());
        assertThat(later.reviews()).isEmpty();
    }

    @Test
    void unlink_splits_a_record_off_and_it_does_not_link_straight_back() {
        resolver.resolve(amelia("police-1").build());
        resolver.resolve(amelia("school-1").build());
        resolver.resolve(amelia("cme-1").build());
        String child = resolver.childOf("police-1");

        Regrouping regrouping = resolver.unlink("cme-1", "coordinator B");

        assertThat(resolver.childOf("cme-1")).isNotEqualTo(child);
        assertThat(resolver.childOf("school-1")).isEqualTo(child);
        assertThat(resolver.explain("cme-1")).isEmpty();
        assertThat(regrouping.moves()).extracting(Regrouping.Move::recordId).containsExactly("cme-1");
        assertThat(regrouping.explanation()).contains("coordinator B");
    }

    @Test
    void unlinking_the_record_that_held_a_child_together_splits_the_rest_by_their_remaining_links() {
        resolver.resolve(PersonRecord.builder("a").givenName("Amelia").familyName("Jones").build());
        resolver.resolve(PersonRecord.builder("b").dateOfBirth("2010-04-01").postcode("PE1 2AB").build());
        resolver.confirm("a", "b", "r");
        resolver.resolve(amelia("c").build());
        assertThat(resolver.childOf("a")).isEqualTo(resolver.childOf("c"));

        resolver.unlink("c", "r");

        assertThat(resolver.childOf("a")).isEqualTo(resolver.childOf("b"));
        assertThat(resolver.childOf("c")).isNotEqualTo(resolver.childOf("a"));
    }

    @Test
    void a_forgotten_record_leaves_every_part_of_the_index_and_matches_nothing_again() {
        var index = new InMemoryIdentityIndex();
        var resolver = new IdentityResolver(index, MatchSettings.defaults(), () -> "child-" + (++next));
        PersonRecord police = amelia("police-1").nhsNumber("9434765919").build();
        resolver.resolve(police);
        resolver.resolve(amelia("school-7").givenName("Amelai").build());
        resolver.resolve(amelia("la-2").nhsNumber("4010232137").build());
        resolver.reject("la-2", "police-1", "reviewer");
        assertThat(index.reviewedWith("la-2")).contains("police-1");
        String child = resolver.childOf("police-1");

        Regrouping regrouping = resolver.forget("police-1", "erased at its source");

        assertThat(regrouping.moves()).as("the record beside it stays the child").isEmpty();
        assertThat(index.record("police-1")).isEmpty();
        assertThat(index.childOf("police-1")).isEmpty();
        assertThat(index.members(child)).containsExactly("school-7");
        assertThat(index.linksOf("school-7")).isEmpty();
        assertThat(BlockingKeys.of(police)).allSatisfy(key -> assertThat(index.block(key)).doesNotContain("police-1"));
        assertThat(index.reviewedWith("la-2")).doesNotContain("police-1");
        assertThat(index.rejected("la-2", "police-1")).isFalse();
        assertThat(resolver.resolve(PersonRecord.builder("gp-1").nhsNumber("9434765919").build()).decision())
                .as("its NHS number links nothing now").isEqualTo(Decision.NEW);
    }

    @Test
    void the_records_a_forgotten_record_held_together_stay_one_child_where_they_link_without_it() {
        var index = new InMemoryIdentityIndex();
        var resolver = new IdentityResolver(index, MatchSettings.defaults(), () -> "child-" + (++next));
        hub(index, amelia("a").nhsNumber("9434765919").build(),
                amelia("b").nhsNumber("9434765919").postcode(null).addressLine(null).build());

        Regrouping regrouping = resolver.forget("hub", "erased at its source");

        assertThat(regrouping.moves()).isEmpty();
        assertThat(resolver.childOf("a")).isEqualTo("child-hub").isEqualTo(resolver.childOf("b"));
        assertThat(resolver.explain("a")).singleElement().satisfies(link -> {
            assertThat(link.other("a")).isEqualTo("b");
            assertThat(link.reason()).isEqualTo(Reason.STRONG_ID);
        });
    }

    @Test
    void a_record_only_the_forgotten_record_held_to_its_child_becomes_a_child_of_its_own() {
        var index = new InMemoryIdentityIndex();
        var resolver = new IdentityResolver(index, MatchSettings.defaults(), () -> "child-" + (++next));
        hub(index, amelia("a").build(), PersonRecord.builder("b").givenName("Ben").familyName("Carter")
                .dateOfBirth("2009-07-02").postcode("PE9 9ZZ").build());

        Regrouping regrouping = resolver.forget("hub", "erased at its source");

        assertThat(regrouping.moves()).singleElement().satisfies(move -> {
            assertThat(move.recordId()).isEqualTo("b");
            assertThat(move.fromChild()).isEqualTo("child-hub");
        });
        assertThat(resolver.childOf("a")).isEqualTo("child-hub");
        assertThat(resolver.childOf("b")).isNotEqualTo("child-hub");
    }

    @Test
    void records_a_reviewer_rejected_as_one_child_are_not_joined_again_when_the_record_between_them_goes() {
        var index = new InMemoryIdentityIndex();
        var resolver = new IdentityResolver(index, MatchSettings.defaults(), () -> "child-" + (++next));
        hub(index, amelia("a").build(), amelia("b").build());
        index.reject("a", "b");

        Regrouping regrouping = resolver.forget("hub", "erased at its source");

        assertThat(regrouping.moves()).hasSize(1);
        assertThat(resolver.childOf("a")).isNotEqualTo(resolver.childOf("b"));
    }

    /** One child "child-hub": the record "hub" linked (by a reviewer) to each of the two others, and nothing else. */
    private static void hub(IdentityIndex index, PersonRecord a, PersonRecord b) {
        index.putRecord(amelia("hub").build());
        index.putRecord(a);
        index.putRecord(b);
        for (String id : List.of("hub", a.recordId(), b.recordId())) {
            index.assign(id, "child-hub");
        }
        index.putLink(new IdentityLink("hub", a.recordId(), Reason.CONFIRMED, 20, "", "confirmed"));
        index.putLink(new IdentityLink("hub", b.recordId(), Reason.CONFIRMED, 20, "", "confirmed"));
    }

    @Test
    void the_order_of_arrival_does_not_change_the_final_children() {
        List<PersonRecord> records = List.of(
                amelia("a1").build(),
                amelia("a2").givenName("Amelai").postcode(null).build(),
                amelia("a3").givenName("Jones").familyName("Amelia").build(),
                amelia("a4").dateOfBirth("2010-01-04").addressLine(null).build(),
                PersonRecord.builder("b1").givenName("William").familyName("Okafor").dateOfBirth("2011-06-20")
                        .postcode("PE3 6TT").upn("B801200001001").build(),
                PersonRecord.builder("b2").givenName("Bill").familyName("Okafor").dateOfBirth("2011-06-20")
                        .postcode("PE3 6TT").build(),
                PersonRecord.builder("b3").upn("B801200001001").build(),
                PersonRecord.builder("c1").givenName("Priya").familyName("Shah").dateOfBirth("2008-02-11")
                        .postcode("PE2 9LL").addressLine("4 Mill Lane").build(),
                PersonRecord.builder("c2").givenName("Priya").familyName("Sha").dateOfBirth("2008-02-11")
                        .addressLine("4 Mill Lane").build(),
                PersonRecord.builder("d1").givenName("Priyanka").familyName("Patel").dateOfBirth("2008-02-11")
                        .postcode("PE9 1AA").build());
        Set<Set<String>> expected = children(records);
        Set<Set<Set<String>>> expectedReviews = reviewedPairsOfChildren(records);
        assertThat(expected).contains(Set.of("a1", "a2", "a3", "a4"), Set.of("b1", "b2", "b3"), Set.of("c1", "c2"),
                Set.of("d1"));

        Random random = new Random(42);
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            List<PersonRecord> order = new ArrayList<>(records);
            Collections.shuffle(order, random);
            assertThat(children(order)).as("order %s", order.stream().map(PersonRecord::recordId).toList())
                    .isEqualTo(expected);
            assertThat(reviewedPairsOfChildren(order)).as("order %s", order.stream().map(PersonRecord::recordId)
                    .toList()).isEqualTo(expectedReviews);
        }
    }

    @Test
    void the_order_of_arrival_does_not_change_which_pairs_of_children_are_put_to_review_nor_how_often() {
        // Three children alike in everything but their NHS numbers (each pair a conflict), two records each.
        List<PersonRecord> records = new ArrayList<>();
        for (String nhs : List.of("9434765919", "4010232137", "9876543210")) {
            records.add(amelia("la-" + nhs).nhsNumber(nhs).build());
            records.add(amelia("school-" + nhs).nhsNumber(nhs).givenName("Amelai").build());
        }
        Random random = new Random(7);
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            List<PersonRecord> order = new ArrayList<>(records);
            Collections.shuffle(order, random);
            assertThat(reviewedPairsOfChildren(order)).as("order %s", order.stream().map(PersonRecord::recordId)
                    .toList()).hasSize(3).allSatisfy(pair -> assertThat(pair).hasSize(2));
        }
    }

    /**
     * Each review item still open at the end, as the pair of final children (each a set of record ids) its two
     * records belong to; fails if one pair of children was raised twice. An item whose two records a later record
     * linked into one child is answered by that link (the stream clears its alert), so it is left out: whether it
     * was raised at all depends on the order.
     */
    private static Set<Set<Set<String>>> reviewedPairsOfChildren(List<PersonRecord> records) {
        IdentityResolver r = new IdentityResolver(new InMemoryIdentityIndex(), MatchSettings.defaults());
        List<ReviewItem> items = new ArrayList<>();
        records.forEach(p -> items.addAll(r.resolve(p).reviews()));
        Map<String, Set<String>> byChild = new HashMap<>();
        records.forEach(p -> byChild.computeIfAbsent(r.childOf(p.recordId()), k -> new HashSet<>())
                .add(p.recordId()));
        List<Set<Set<String>>> pairs = items.stream()
                .filter(i -> !r.childOf(i.recordA()).equals(r.childOf(i.recordB())))
                .map(i -> Set.of(byChild.get(r.childOf(i.recordA())),
                byChild.get(r.childOf(i.recordB())))).toList();
        assertThat(pairs).doesNotHaveDuplicates();
        return new HashSet<>(pairs);
    }

    private static Set<Set<String>> children(List<PersonRecord> records) {
        IdentityResolver r = new IdentityResolver(new InMemoryIdentityIndex(), MatchSettings.defaults());
        records.forEach(r::resolve);
        Map<String, Set<String>> byChild = new HashMap<>();
        records.forEach(p -> byChild.computeIfAbsent(r.childOf(p.recordId()), k -> new HashSet<>())
                .add(p.recordId()));
        return new HashSet<>(byChild.values());
    }
}
