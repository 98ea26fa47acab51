package uk.lantern.correlation.stream.identityindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lantern.correlation.identity.DateOfBirth;
import uk.lantern.correlation.identity.IdentityIndex;
import uk.lantern.correlation.identity.IdentityLink;
import uk.lantern.correlation.identity.IdentityLink.Reason;
import uk.lantern.correlation.identity.PersonRecord;

/** What every {@link IdentityIndex} must do; each implementation runs these through a subclass. */
abstract class IdentityIndexContract {

    /** A fresh, empty index for each test. */
    protected abstract IdentityIndex index();

    static IdentityLink link(String a, String b, Reason reason, double score) {
        return new IdentityLink(a, b, reason, score, "GIVEN_NAME FAMILY_NAME",
                "score " + score + " bits: " + a + "~" + b);
    }

    @Test
    void a_stored_record_is_read_back_with_every_field() {
        PersonRecord full = new PersonRecord("la-1", "LA-77", "9434765919", "B801200001001", "POL-1",
                Map.of("SOC_SEC_ID", "6988048", "OTHER", "x"), "Amélia", "Jones-Smith", new DateOfBirth(2010, 13, 4),
                PersonRecord.Sex.FEMALE, "PE1 2AB", "12 Park Road, Peterborough");
        PersonRecord sparse = PersonRecord.builder("gp-1").nhsNumber("9434765919").build();

        index().putRecord(full);
        index().putRecord(sparse);

        assertThat(index().record("la-1")).contains(full);
        assertThat(index().record("gp-1")).contains(sparse);
        assertThat(index().record("gp-2")).isEmpty();
    }

    @Test
    void a_record_put_again_replaces_the_earlier_one() {
        index().putRecord(PersonRecord.builder("la-1").givenName("Amelia").build());
        index().putRecord(PersonRecord.builder("la-1").givenName("Amy").build());

        assertThat(index().record("la-1")).get().extracting(PersonRecord::givenName).isEqualTo("Amy");
    }

    @Test
    void a_block_holds_each_record_id_once_in_order_of_arrival() {
        index().addToBlock("ny:JNS:2010", "b");
        index().addToBlock("ny:JNS:2010", "a");
        index().addToBlock("ny:JNS:2010", "b");
        index().addToBlock("ny:JNS:2010", "ab");
        index().addToBlock("dob:2010:1:4", "a");

        assertThat(index().block("ny:JNS:2010")).containsExactly("b", "a", "ab");
        assertThat(index().block("dob:2010:1:4")).containsExactly("a");
        assertThat(index().block("pc:PE12AB:a")).isEmpty();
    }

    @Test
    void an_assigned_record_is_a_member_of_its_child() {
        index().assign("a", "child-1");
        index().assign("b", "child-1");
        index().assign("c", "child-2");

        assertThat(index().childOf("a")).contains("child-1");
        assertThat(index().childOf("z")).isEmpty();
        assertThat(index().members("child-1")).containsExactly("a", "b");
        assertThat(index().members("child-2")).containsExactly("c");
        assertThat(index().members("child-3")).isEmpty();
    }

    @Test
    void reassigning_a_record_moves_it_from_its_old_child_to_the_end_of_the_new_one() {
        index().assign("a", "child-1");
        index().assign("b", "child-1");
        index().assign("c", "child-2");

        index().assign("a", "child-2");
        index().assign("b", "child-2");

        assertThat(index().childOf("a")).contains("child-2");
        assertThat(index().members("child-1")).isEmpty();
        assertThat(index().members("child-2")).containsExactly("c", "a", "b");

        index().assign("c", "child-2");
        assertThat(index().members("child-2")).containsExactly("a", "b", "c");
    }

    @Test
    void a_link_is_found_from_both_of_its_records() {
        IdentityLink ab = link("a", "b", Reason.PROBABILISTIC, 21.5);

        index().putLink(ab);

        assertThat(index().linksOf("a")).containsExactly(ab);
        assertThat(index().linksOf("b")).containsExactly(ab);
        assertThat(index().linksOf("c")).isEmpty();
    }

    @Test
    void the_links_of_a_record_are_every_link_touching_it_in_order_of_linking() {
        IdentityLink ab = link("a", "b", Reason.PROBABILISTIC, 21.5);
        IdentityLink ca = link("c", "a", Reason.STRONG_ID, 30.25);
        IdentityLink bc = link("b", "c", Reason.CONFIRMED, -3.0);

        index().putLink(ab);
        index().putLink(ca);
        index().putLink(bc);

        assertThat(index().linksOf("a")).containsExactly(ab, ca);
        assertThat(index().linksOf("b")).containsExactly(ab, bc);
        assertThat(index().linksOf("c")).containsExactly(ca, bc);
    }

    @Test
    void a_link_put_again_either_way_round_replaces_the_earlier_one() {
        index().putLink(link("a", "b", Reason.PROBABILISTIC, 14.0));
        index().putLink(link("a", "c", Reason.PROBABILISTIC, 15.0));
        IdentityLink confirmed = link("b", "a", Reason.CONFIRMED, 2.0);

        index().putLink(confirmed);

        assertThat(index().linksOf("a")).hasSize(2).first().isEqualTo(confirmed);
        assertThat(index().linksOf("b")).containsExactly(confirmed);
    }

    @Test
    void a_link_is_removed_whichever_way_round_it_is_named() {
        IdentityLink ab = link("a", "b", Reason.PROBABILISTIC, 21.5);
        IdentityLink bc = link("b", "c", Reason.PROBABILISTIC, 18.0);
        IdentityLink de = link("d", "e", Reason.STRONG_ID, 25.0);
        index().putLink(ab);
        index().putLink(bc);
        index().putLink(de);

        index().removeLink("b", "a");
        index().removeLink("d", "e");
        index().removeLink("a", "z");

        assertThat(index().linksOf("a")).isEmpty();
        assertThat(index().linksOf("b")).containsExactly(bc);
        assertThat(index().linksOf("c")).containsExactly(bc);
        assertThat(index().linksOf("d")).isEmpty();
        assertThat(index().linksOf("e")).isEmpty();
    }

    @Test
    void a_removed_link_can_be_made_again() {
        IdentityLink ab = link("a", "b", Reason.PROBABILISTIC, 21.5);
        IdentityLink ac = link("a", "c", Reason.PROBABILISTIC, 19.5);
        index().putLink(ab);
        index().putLink(ac);

        index().removeLink("a", "b");
        index().putLink(ab);

        assertThat(index().linksOf("a")).containsExactly(ac, ab);
        assertThat(index().linksOf("b")).containsExactly(ab);
    }

    @Test
    void a_rejection_holds_both_ways_and_is_lifted_either_way() {
        index().reject("a", "b");
        index().reject("c", "a");

        assertThat(index().rejected("a", "b")).isTrue();
        assertThat(index().rejected("b", "a")).isTrue();
        assertThat(index().rejected("a", "c")).isTrue();
        assertThat(index().rejected("b", "c")).isFalse();

        index().unreject("b", "a");
        index().unreject("x", "y");

        assertThat(index().rejected("a", "b")).isFalse();
        assertThat(index().rejected("b", "a")).isFalse();
        assertThat(index().rejected("c", "a")).isTrue();
    }

    @Test
    void a_pair_put_to_review_or_rejected_is_kept_both_ways_and_for_good() {
        index().putToReview("a", "b");
        index().putToReview("b", "a");
        index().reject("c", "a");
        index().unreject("c", "a");

        assertThat(index().reviewedWith("a")).containsExactly("b", "c");
        assertThat(index().reviewedWith("b")).containsExactly("a");
        assertThat(index().reviewedWith("c")).containsExactly("a");
        assertThat(index().reviewedWith("x")).isEmpty();
    }

    @Test
    void a_forgotten_record_can_be_taken_out_of_its_record_block_child_and_reviews() {
        index().putRecord(PersonRecord.builder("rec-1").givenName("Amelia").build());
        index().putRecord(PersonRecord.builder("rec-10").givenName("Amelia").build());
        index().addToBlock("k", "rec-1");
        index().addToBlock("k", "rec-10");
        index().addToBlock("only", "rec-1");
        index().assign("rec-1", "child-1");
        index().assign("rec-10", "child-1");
        index().assign("rec-2", "child-2");
        index().putToReview("rec-1", "rec-2");
        index().reject("rec-1", "rec-10");

        index().removeRecord("rec-1");
        index().removeFromBlock("k", "rec-1");
        index().removeFromBlock("only", "rec-1");
        index().removeFromBlock("k", "rec-unknown");
        index().unassign("rec-1");
        index().unassign("rec-2");
        index().unassign("rec-unknown");
        index().unreview("rec-1", "rec-2");
        index().unreview("rec-10", "rec-1");
        index().unreject("rec-1", "rec-10");

        assertThat(index().record("rec-1")).isEmpty();
        assertThat(index().record("rec-10")).isPresent();
        assertThat(index().block("k")).containsExactly("rec-10");
        assertThat(index().block("only")).isEmpty();
        assertThat(index().childOf("rec-1")).isEmpty();
        assertThat(index().members("child-1")).containsExactly("rec-10");
        assertThat(index().members("child-2")).isEmpty();
        assertThat(index().reviewedWith("rec-1")).isEmpty();
        assertThat(index().reviewedWith("rec-2")).isEmpty();
        assertThat(index().reviewedWith("rec-10")).isEmpty();
        assertThat(index().rejected("rec-10", "rec-1")).isFalse();
    }

    @Test
    void ids_that_contain_one_another_are_kept_apart() {
        for (String id : List.of("rec-1", "rec-10", "rec-1-dup-0", "ec-1", "rec-")) {
            index().addToBlock("k", id);
            index().assign(id, "child-rec-1");
        }
        index().assign("rec-1", "child-2");
        index().putLink(link("rec-1", "rec-10", Reason.PROBABILISTIC, 20.0));
        index().putLink(link("rec-10", "rec-1-dup-0", Reason.PROBABILISTIC, 20.0));

        index().removeLink("rec-1", "rec-10");

        assertThat(index().block("k")).containsExactly("rec-1", "rec-10", "rec-1-dup-0", "ec-1", "rec-");
        assertThat(index().members("child-rec-1")).containsExactly("rec-10", "rec-1-dup-0", "ec-1", "rec-");
        assertThat(index().linksOf("rec-10")).extracting(IdentityLink::recordB).containsExactly("rec-1-dup-0");
        assertThat(index().linksOf("rec-1")).isEmpty();
    }
}
