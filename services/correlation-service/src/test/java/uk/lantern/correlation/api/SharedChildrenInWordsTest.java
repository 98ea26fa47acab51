package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A shared place's or adult's summary names the other children in place of their count, as they are known now. */
class SharedChildrenInWordsTest {

    static final String TWO = "Seen with the same associate (Dean Marsh, 07700 900123) as 2 other children, "
            + "between 3 Nov 2026 and 5 Nov 2026. Allocated worker: Jo Bloggs (North team)";
    static final AlertView.Child LEAH = new AlertView.Child("c-1", "Leah Smith", 13);
    static final AlertView.Child JAY = new AlertView.Child("c-2", "Jay Jones", 15);

    @Test
    void names_every_child_known_now_with_their_ages_joined_with_and() {
        assertThat(AlertChildren.sharedInWords(TWO, List.of(LEAH, JAY), 0)).isEqualTo("Seen with the same associate "
                + "(Dean Marsh, 07700 900123) as Leah Smith (13) and Jay Jones (15), between 3 Nov 2026 and 5 Nov 2026. "
                + "Allocated worker: Jo Bloggs (North team)");
    }

    @Test
    void three_children_are_listed_with_commas_and_a_child_without_an_age_has_none() {
        String three = "Seen at the same place (Bus station) as 3 other children, on 3 Nov 2026";
        assertThat(AlertChildren.sharedInWords(three, List.of(LEAH, JAY,
                new AlertView.Child("c-3", "Sam Cole", null)), 0))
                .isEqualTo("Seen at the same place (Bus station) as Leah Smith (13), Jay Jones (15) and Sam Cole, "
                        + "on 3 Nov 2026");
    }

    @Test
    void children_not_known_now_or_without_a_name_stay_counted() {
        assertThat(AlertChildren.sharedInWords(TWO, List.of(LEAH, new AlertView.Child("c-9", null, 12)), 1))
                .startsWith("Seen with the same associate (Dean Marsh, 07700 900123) as Leah Smith (13) and "
                        + "2 other children, between");
        assertThat(AlertChildren.sharedInWords(TWO, List.of(), 2)).isEqualTo(TWO);
    }

    @Test
    void a_summary_in_other_words_is_left_as_it_is() {
        assertThat(AlertChildren.sharedInWords("Linked to other children", List.of(LEAH), 0))
                .isEqualTo("Linked to other children");
        assertThat(AlertChildren.sharedInWords(null, List.of(LEAH), 0)).isNull();
    }
}
