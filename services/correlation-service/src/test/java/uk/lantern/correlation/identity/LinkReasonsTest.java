package uk.lantern.correlation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A link's kept explanation read back in a coordinator's words. */
class LinkReasonsTest {

    private static final String MATCH = "STRONG_ID=MISSING:+0.0, GIVEN_NAME=CLOSE(nickname):+5.2, "
            + "FAMILY_NAME=EXACT:+8.7, DATE_OF_BIRTH=CLOSE(day/month swap):+4.1, SEX=EXACT:+0.9, "
            + "POSTCODE=PARTIAL(same outward code):+1.0, ADDRESS=DISAGREE:-3.2; score 16.70; link threshold 13.00";

    @Test
    void aMatchSaysWhichFieldsAgreedHowAndWhichDifferedAndTheThresholdItWasMadeAgainst() {
        var explained = LinkReasons.explain("PROBABILISTIC", 16.7, MATCH);

        assertThat(explained.how()).isEqualTo("MATCHED");
        assertThat(explained.agreed()).containsExactly("given name (a nickname)", "family name",
                "date of birth (day and month swapped)", "sex", "postcode (partly: same area)");
        assertThat(explained.differed()).containsExactly("address");
        assertThat(explained.notCompared()).containsExactly("identifier");
        assertThat(explained.threshold()).isEqualTo(13.0);
        assertThat(explained.summary()).isEqualTo("Matched on given name (a nickname), family name, date of birth "
                + "(day and month swapped), sex and postcode (partly: same area) with score 16.7, over the link "
                + "threshold of 13.0 that applied then; address differed");
    }

    @Test
    void aStrongIdentifierLinkNamesTheIdentifier() {
        for (var scheme : new String[][] {{"NHS", "SAME_NHS_NUMBER", "NHS number"},
                {"LA", "SAME_LA_PERSON_ID", "local authority person id"}, {"UPN", "SAME_UPN", "UPN"},
                {"POLICE", "SAME_POLICE_PERSON_ID", "police person id"}}) {
            var explained = LinkReasons.explain("STRONG_ID", 30.1, "STRONG_ID=EXACT(" + scheme[0]
                    + "):+19.8, GIVEN_NAME=EXACT:+7.7; score 30.10");
            assertThat(explained.how()).isEqualTo(scheme[1]);
            assertThat(explained.summary()).isEqualTo("Both records hold the " + scheme[2] + ": the same child");
        }
    }

    @Test
    void aLinkMadeBeforeTheThresholdWasKeptSaysItWasNotKept() {
        var explained = LinkReasons.explain("PROBABILISTIC", 21.4, "GIVEN_NAME=EXACT:+7.6; score 21.40");

        assertThat(explained.threshold()).isNull();
        assertThat(explained.summary()).contains("(the link threshold that applied then was not kept)");
    }

    @Test
    void aResolverLinkOnAScoreKeepsItsThreshold() {
        var index = new InMemoryIdentityIndex();
        var resolver = new IdentityResolver(index, MatchSettings.defaults().withThresholds(11.5, 6.0));
        resolver.resolve(PersonRecord.builder("a").givenName("Amy").familyName("Walsh").dateOfBirth("2011-03-14")
                .postcode("PE1 1AA").build());
        var linked = resolver.resolve(PersonRecord.builder("b").givenName("Amy").familyName("Walsh")
                .dateOfBirth("2011-03-14").postcode("PE7 3QT").build());

        assertThat(linked.links()).hasSize(1);
        assertThat(LinkReasons.threshold(linked.links().get(0).explanation())).contains(11.5);
        assertThat(LinkReasons.explain("PROBABILISTIC", linked.links().get(0).score(),
                linked.links().get(0).explanation()).differed()).containsExactly("postcode");
    }

    @Test
    void whyAPairWentToAPersonIsSaidInWords() {
        assertThat(LinkReasons.whyReviewed("household guard: TWINS")).contains("twins");
        assertThat(LinkReasons.whyReviewed("strong identifier differs: LA (no check digit)"))
                .contains("(local authority person id)");
        assertThat(LinkReasons.whyReviewed("below link threshold")).contains("below the threshold");
    }
}
