package uk.lantern.correlation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lantern.correlation.identity.Comparison.Field;
import uk.lantern.correlation.identity.Comparison.StrongIdOutcome;
import uk.lantern.correlation.identity.FieldModel.Level;

class RecordComparatorTest {
    private final RecordComparator comparator = new RecordComparator(MatchSettings.defaults());
    private final MatchSettings settings = MatchSettings.defaults();

    private static PersonRecord.Builder amelia(String id) {
        return PersonRecord.builder(id).givenName("Amelia").familyName("Jones").dateOfBirth("2010-04-01")
                .sex(PersonRecord.Sex.FEMALE).postcode("PE1 2AB").addressLine("12 Park Road, Peterborough");
    }

    private static Comparison.FieldComparison field(Comparison c, Field field) {
        return c.fields().stream().filter(f -> f.field() == field).findFirst().orElseThrow();
    }

    @Test
    void identical_records_agree_on_every_field_and_score_above_the_link_threshold() {
        Comparison c = comparator.compare(amelia("a").build(), amelia("b").build());

        assertThat(c.agreeingFields()).containsExactly(Field.GIVEN_NAME, Field.FAMILY_NAME, Field.DATE_OF_BIRTH,
                Field.SEX, Field.POSTCODE, Field.ADDRESS);
        assertThat(c.score()).isGreaterThan(settings.linkThreshold());
    }

    @Test
    void a_typo_in_the_family_name_is_a_close_agreement_worth_less_than_an_exact_one() {
        Comparison exact = comparator.compare(amelia("a").build(), amelia("b").build());
        Comparison typo = comparator.compare(amelia("a").build(), amelia("b").familyName("Jnoes").build());

        assertThat(field(typo, Field.FAMILY_NAME).level()).isEqualTo(Level.CLOSE);
        assertThat(field(typo, Field.FAMILY_NAME).weight()).isPositive()
                .isLessThan(field(exact, Field.FAMILY_NAME).weight());
        assertThat(typo.score()).isGreaterThan(settings.linkThreshold());
    }

    @Test
    void names_that_sound_alike_agree_closely_or_partly() {
        Comparison c = comparator.compare(amelia("a").familyName("Thompson").build(),
                amelia("b").familyName("Tomson").build());

        assertThat(field(c, Field.FAMILY_NAME).level()).isIn(Level.CLOSE, Level.PARTIAL);
        assertThat(field(c, Field.FAMILY_NAME).weight()).isPositive();
    }

    @Test
    void swapped_given_and_family_names_agree_as_swapped() {
        Comparison c = comparator.compare(amelia("a").build(),
                amelia("b").givenName("Jones").familyName("Amelia").build());

        assertThat(field(c, Field.GIVEN_NAME).level()).isEqualTo(Level.EXACT);
        assertThat(field(c, Field.GIVEN_NAME).how()).contains("swapped");
        assertThat(field(c, Field.FAMILY_NAME).level()).isEqualTo(Level.EXACT);
        assertThat(c.score()).isGreaterThan(settings.linkThreshold());
    }

    @Test
    void a_nickname_agrees_closely_with_the_full_given_name() {
        Comparison c = comparator.compare(amelia("a").givenName("William").build(),
                amelia("b").givenName("Bill").build());

        assertThat(field(c, Field.GIVEN_NAME).level()).isEqualTo(Level.CLOSE);
        assertThat(field(c, Field.GIVEN_NAME).how()).isEqualTo("nickname");
    }

    @Test
    void a_date_of_birth_with_day_and_month_swapped_agrees_closely() {
        Comparison c = comparator.compare(amelia("a").dateOfBirth("2010-04-01").build(),
                amelia("b").dateOfBirth("2010-01-04").build());

        assertThat(field(c, Field.DATE_OF_BIRTH).level()).isEqualTo(Level.CLOSE);
        assertThat(field(c, Field.DATE_OF_BIRTH).how()).isEqualTo("day/month swap");
        assertThat(field(c, Field.DATE_OF_BIRTH).weight()).isPositive();
    }

    @Test
    void a_different_date_of_birth_disagrees_with_a_negative_weight() {
        Comparison c = comparator.compare(amelia("a").build(), amelia("b").dateOfBirth("2003-09-17").build());

        assertThat(field(c, Field.DATE_OF_BIRTH).level()).isEqualTo(Level.DISAGREE);
        assertThat(field(c, Field.DATE_OF_BIRTH).weight()).isNegative();
    }

    @Test
    void a_missing_field_weighs_nothing_either_way() {
        Comparison c = comparator.compare(amelia("a").build(),
                PersonRecord.builder("b").givenName("Amelia").familyName("Jones").build());

        assertThat(field(c, Field.DATE_OF_BIRTH).level()).isEqualTo(Level.MISSING);
        assertThat(field(c, Field.DATE_OF_BIRTH).weight()).isZero();
        assertThat(field(c, Field.POSTCODE).weight()).isZero();
        assertThat(field(c, Field.ADDRESS).weight()).isZero();
        assertThat(field(c, Field.SEX).weight()).isZero();
    }

    @Test
    void postcodes_compare_without_spaces_or_case_and_tolerate_one_typo() {
        Comparison same = comparator.compare(amelia("a").postcode("pe12ab").build(), amelia("b").build());
        Comparison typo = comparator.compare(amelia("a").postcode("PE1 2AD").build(), amelia("b").build());

        assertThat(field(same, Field.POSTCODE).level()).isEqualTo(Level.EXACT);
        assertThat(field(typo, Field.POSTCODE).level()).isEqualTo(Level.CLOSE);
    }

    @Test
    void two_different_values_of_a_scheme_with_a_check_digit_are_a_conflict() {
        Comparison nhs = comparator.compare(amelia("a").nhsNumber("9434765919").build(),
                amelia("b").nhsNumber("4010232137").build());
        Comparison upn = comparator.compare(amelia("a").upn("B801200005001").build(),
                amelia("b").upn("Q801200005002").build());

        assertThat(nhs.strongIds()).isEqualTo(StrongIdOutcome.CONFLICT);
        assertThat(nhs.conflictingSchemes()).containsExactly(StrongIds.NHS);
        assertThat(upn.strongIds()).isEqualTo(StrongIdOutcome.CONFLICT);
        assertThat(upn.conflictingSchemes()).containsExactly(StrongIds.UPN);
        assertThat(comparator.strongConflict(amelia("a").upn("B801200005001").build(),
                amelia("b").upn("Q801200005002").build())).isTrue();
    }

    @Test
    void two_different_values_of_a_scheme_without_a_check_digit_differ_as_evidence_against() {
        Comparison c = comparator.compare(amelia("a").localAuthorityId("LA-100234").build(),
                amelia("b").localAuthorityId("LA-777001").build());

        assertThat(c.strongIds()).isEqualTo(StrongIdOutcome.DIFFERS);
        assertThat(c.conflictingSchemes()).isEmpty();
        assertThat(c.differingSchemes()).containsExactly(StrongIds.LOCAL_AUTHORITY);
        assertThat(field(c, Field.STRONG_ID).level()).isEqualTo(Level.DISAGREE);
        assertThat(field(c, Field.STRONG_ID).weight()).isEqualTo(settings.strongId().weight(Level.DISAGREE))
                .isNegative();
        assertThat(c.explanation()).contains("LA differs (no check digit)");
        assertThat(c.identityAgreesInFull()).isTrue();
        assertThat(comparator.strongConflict(amelia("a").localAuthorityId("LA-100234").build(),
                amelia("b").localAuthorityId("LA-777001").build())).isFalse();
    }

    @Test
    void a_upn_whose_check_letter_fails_differs_like_an_identifier_without_one() {
        Comparison c = comparator.compare(amelia("a").upn("A123456789012").build(),
                amelia("b").upn("K987654321098").build());

        assertThat(c.strongIds()).isEqualTo(StrongIdOutcome.DIFFERS);
        assertThat(c.differingSchemes()).containsExactly(StrongIds.UPN);
    }

    @Test
    void a_difference_in_a_scheme_with_a_check_digit_outranks_one_without() {
        Comparison c = comparator.compare(amelia("a").localAuthorityId("LA-1").nhsNumber("9434765919").build(),
                amelia("b").localAuthorityId("LA-2").nhsNumber("4010232137").build());

        assertThat(c.strongIds()).isEqualTo(StrongIdOutcome.CONFLICT);
        assertThat(c.conflictingSchemes()).containsExactly(StrongIds.NHS);
    }

    @Test
    void under_the_conflict_policy_every_difference_is_a_conflict() {
        RecordComparator strict = new RecordComparator(
                settings.withStrongIdDifference(MatchSettings.StrongIdDifference.CONFLICT));
        Comparison c = strict.compare(amelia("a").policeId("PNC-000123A").otherId("SOC_SEC_ID", "111").build(),
                amelia("b").policeId("PNC-555987C").otherId("SOC_SEC_ID", "999").build());

        assertThat(c.strongIds()).isEqualTo(StrongIdOutcome.CONFLICT);
        assertThat(c.conflictingSchemes()).containsExactlyInAnyOrder(StrongIds.POLICE, "SOC_SEC_ID");
    }

    @Test
    void upn_check_letters_follow_the_dfe_rule() {
        assertThat(StrongIds.validUpn("B801200005001")).isTrue();   // python-stdnum's example
        assertThat(StrongIds.validUpn("A801200005001")).isFalse();
        assertThat(StrongIds.validUpn("Q801200005002")).isTrue();   // 106 mod 23 = 14 -> Q
        assertThat(StrongIds.validUpn("M80120000500A")).isTrue();   // temporary: 80 + 0 x 13, mod 23 = 11 -> M
        assertThat(StrongIds.validUpn("B80120000500B")).isTrue();   // temporary: 80 + 1 x 13 = 93, mod 23 = 1 -> B
        assertThat(StrongIds.validUpn("B80120000500I")).isFalse();  // I, O and S are never used
        assertThat(StrongIds.validUpn("B8012000050A1")).isFalse();
        assertThat(StrongIds.validUpn("B80120000500")).isFalse();
    }

    @Test
    void an_nhs_number_failing_its_check_digit_is_ignored() {
        assertThat(StrongIds.validNhsNumber("9434765919")).isTrue();
        Comparison c = comparator.compare(amelia("a").nhsNumber("943 476 5919").build(),
                amelia("b").nhsNumber("9434765918").build());

        assertThat(c.strongIds()).isEqualTo(StrongIdOutcome.NONE);
    }

    @Test
    void different_identifier_schemes_never_conflict() {
        Comparison c = comparator.compare(amelia("a").localAuthorityId("LA-1").build(),
                amelia("b").policeId("LA-2").build());

        assertThat(c.strongIds()).isEqualTo(StrongIdOutcome.NONE);
    }

    @Test
    void another_house_on_a_street_of_the_same_name_is_no_evidence() {
        Comparison c = comparator.compare(amelia("a").addressLine("53 Eastfield Road").build(),
                amelia("b").addressLine("133 Eastfield Road").build());

        assertThat(field(c, Field.ADDRESS).level()).isEqualTo(Level.DISAGREE);
        assertThat(field(c, Field.ADDRESS).how()).isEqualTo("other house number");
    }

    @Test
    void the_same_house_with_the_street_misspelt_still_agrees_closely_and_a_house_number_typo_partly() {
        Comparison street = comparator.compare(amelia("a").addressLine("12 Peterborough Road").build(),
                amelia("b").addressLine("12 Peterborugh Road").build());
        Comparison number = comparator.compare(amelia("a").addressLine("12 Park Road").build(),
                amelia("b").addressLine("13 Park Road").build());

        assertThat(field(street, Field.ADDRESS).level()).isEqualTo(Level.CLOSE);
        assertThat(field(number, Field.ADDRESS).level()).isEqualTo(Level.PARTIAL);
        assertThat(field(number, Field.ADDRESS).how()).isEqualTo("house number typo");
    }

    @Test
    void an_address_naming_a_building_or_a_locality_the_other_leaves_out_is_the_same_house_in_the_same_area() {
        Comparison locality = comparator.compare(
                amelia("a").postcode("OX3 9DU").addressLine("12 High Street, Headington, Oxford").build(),
                amelia("b").postcode("OX3 9DU").addressLine("12 High Street, Oxford").build());
        Comparison building = comparator.compare(
                amelia("a").addressLine("21 Brewster Place, Summerdale Medical Centre, Peterborough").build(),
                amelia("b").addressLine("21 Brewster Place, Peterborough").build());

        assertThat(field(locality, Field.ADDRESS).level()).isEqualTo(Level.CLOSE);
        assertThat(field(locality, Field.ADDRESS).how()).isEqualTo("one more part");
        assertThat(field(building, Field.ADDRESS).level()).isEqualTo(Level.CLOSE);
    }

    @Test
    void one_more_part_is_not_read_into_another_house_another_area_or_a_line_with_too_little_left() {
        // A village's Church Lane and the post town's: the postcodes put them in different areas.
        Comparison village = comparator.compare(
                amelia("a").postcode("PE8 6NA").addressLine("4 Church Lane, Warmington, Peterborough").build(),
                amelia("b").postcode("PE1 4AB").addressLine("4 Church Lane, Peterborough").build());
        Comparison otherHouse = comparator.compare(
                amelia("a").addressLine("12 High Street, Headington, Oxford").build(),
                amelia("b").addressLine("14 High Street, Oxford").build());
        Comparison townOnly = comparator.compare(amelia("a").addressLine("12 High Street, Oxford").build(),
                amelia("b").addressLine("12 Oxford").build());
        Comparison anotherTown = comparator.compare(amelia("a").addressLine("12 High Street").build(),
                amelia("b").addressLine("12 High Street, Bristol").build());

        assertThat(field(village, Field.ADDRESS).how()).isNotEqualTo("one more part");
        assertThat(field(village, Field.ADDRESS).level()).isNotEqualTo(Level.CLOSE);
        assertThat(field(otherHouse, Field.ADDRESS).level()).isEqualTo(Level.DISAGREE);
        assertThat(field(townOnly, Field.ADDRESS).how()).isNotEqualTo("one more part");
        assertThat(field(anotherTown, Field.ADDRESS).how()).isNotEqualTo("one more part");
    }

    @Test
    void a_space_put_in_or_left_out_of_a_name_is_a_close_agreement_not_a_difference() {
        Comparison joined = comparator.compare(amelia("a").givenName("Mary Jane").build(),
                amelia("b").givenName("Maryjane").build());
        Comparison joinedAndTypo = comparator.compare(amelia("a").givenName("Yasm in").build(),
                amelia("b").givenName("Yasmine").build());
        Comparison twoNames = comparator.compare(amelia("a").givenName("Mary Jane").build(),
                amelia("b").givenName("Mary Anne").build());

        assertThat(field(joined, Field.GIVEN_NAME).level()).as("one edit, the space").isEqualTo(Level.CLOSE);
        assertThat(field(joinedAndTypo, Field.GIVEN_NAME).level()).isEqualTo(Level.CLOSE);
        assertThat(field(joinedAndTypo, Field.GIVEN_NAME).how()).isEqualTo("spacing");
        assertThat(field(twoNames, Field.GIVEN_NAME).how()).isNotEqualTo("spacing");
    }

    @Test
    void a_date_of_birth_one_digit_out_weighs_what_an_eighteen_year_spread_of_birthdays_allows() {
        Comparison c = comparator.compare(amelia("a").dateOfBirth("2015-12-23").build(),
                amelia("b").dateOfBirth("2015-12-28").build());

        // About 1 in 250 children born over 18 years is one digit away from a given date of birth: u = 0.004.
        assertThat(field(c, Field.DATE_OF_BIRTH).level()).isEqualTo(Level.CLOSE);
        assertThat(field(c, Field.DATE_OF_BIRTH).weight()).isBetween(3.5, 3.7);
    }

    @Test
    void dates_of_birth_a_keying_error_and_under_six_months_apart_are_too_close_for_siblings_yet_not_twins() {
        assertThat(bornTooClose("2015-04-28", "2015-07-28")).as("a month digit, 91 days").isTrue();
        assertThat(bornTooClose("2015-10-19", "2015-10-29")).as("a day digit, 10 days").isTrue();
        assertThat(bornTooClose("2015-10-12", "2015-10-13")).as("twins either side of midnight").isFalse();
        assertThat(bornTooClose("2015-01-30", "2016-01-30")).as("a year to the day: a sibling").isFalse();
        assertThat(bornTooClose("2015-02-05", "2015-12-05")).as("a month digit, 303 days: a sibling").isFalse();
        assertThat(bornTooClose("2015-03-12", "2015-12-03")).as("day and month swapped, 266 days").isFalse();
        assertThat(bornTooClose("2015-13-05", "2015-12-05")).as("not a calendar date").isFalse();
        assertThat(bornTooClose("2015-04-28", "2015-04-28")).as("the same date").isFalse();
        assertThat(bornTooClose("2015-04-28", "2015-11-02")).as("not one keying error apart").isFalse();
        assertThat(comparator.compare(amelia("a").build(), amelia("b").dateOfBirth(null).build())
                .bornTooCloseForSiblings()).as("missing").isFalse();
    }

    @Test
    void given_names_spelled_alike_from_another_initial_are_marked_but_not_typos_nicknames_or_swaps() {
        assertThat(alikeFromAnotherInitial("Mason", "Jason")).as("one letter, the first").isTrue();
        assertThat(alikeFromAnotherInitial("Ella", "Bella")).as("one letter more, in front").isTrue();
        assertThat(alikeFromAnotherInitial("Mason", "Masno")).as("a typo").isFalse();
        assertThat(alikeFromAnotherInitial("Amelia", "Amelia")).as("the same name").isFalse();
        assertThat(alikeFromAnotherInitial("William", "Bill")).as("a nickname").isFalse();
        assertThat(alikeFromAnotherInitial("Mason", "Lucas")).as("plainly different").isFalse();
        assertThat(alikeFromAnotherInitial("Mason", null)).as("missing").isFalse();
        assertThat(comparator.compare(amelia("a").givenName("Jones").familyName("Amelia").build(), amelia("b").build())
                .givenNamesSpelledAlikeFromAnotherInitial()).as("swapped").isFalse();
    }

    private boolean alikeFromAnotherInitial(String a, String b) {
        return comparator.compare(amelia("a").givenName(a).build(), amelia("b").givenName(b).build())
                .givenNamesSpelledAlikeFromAnotherInitial();
    }

    private boolean bornTooClose(String a, String b) {
        return comparator.compare(amelia("a").dateOfBirth(a).build(), amelia("b").dateOfBirth(b).build())
                .bornTooCloseForSiblings();
    }

    @Test
    void the_same_house_number_needs_one_on_both_sides_and_an_address_that_agrees() {
        assertThat(sameHouse("12 Park Road, Peterborough", "12 Prak Road, Peterborough")).isTrue();
        assertThat(sameHouse("Park Road, Peterborough", "12 Park Road, Peterborough")).isFalse();
        assertThat(sameHouse("Rose Cottage, Peterborough", "Rose Cottage, Peterborough")).isFalse();
        assertThat(sameHouse("12 Park Road, Peterborough", "13 Park Road, Peterborough")).isFalse();
        assertThat(sameHouse("12 Park Road, Peterborough", "12 Park Road, Leeds")).isFalse();
    }

    private boolean sameHouse(String a, String b) {
        return comparator.compare(amelia("a").addressLine(a).build(), amelia("b").addressLine(b).build())
                .sameHouseNumber();
    }
}
