package uk.lantern.correlation.stream.identityindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdSetsTest {

    @Test
    void an_absent_set_is_empty_and_one_id_is_the_id_itself() {
        assertThat(IdSets.decode(null)).isEmpty();
        assertThat(IdSets.with(null, "a")).isEqualTo("a");
        assertThat(IdSets.without("a", "a")).isNull();
        assertThat(IdSets.without(null, "a")).isNull();
    }

    @Test
    void adding_an_id_already_there_or_removing_one_not_there_returns_the_same_value() {
        String ab = IdSets.with(IdSets.with(null, "a"), "b");

        assertThat(IdSets.with(ab, "a")).isSameAs(ab);
        assertThat(IdSets.without(ab, "c")).isSameAs(ab);
        assertThat(IdSets.without(ab, "")).isSameAs(ab);
    }

    @Test
    void an_id_is_matched_whole_not_as_part_of_another() {
        String encoded = null;
        for (String id : List.of("rec-10", "rec-1-dup", "ec-1", "rec-1")) {
            encoded = IdSets.with(encoded, id);
        }

        assertThat(IdSets.decode(IdSets.without(encoded, "rec-1"))).containsExactly("rec-10", "rec-1-dup", "ec-1");
        assertThat(IdSets.decode(IdSets.without(encoded, "rec-10"))).containsExactly("rec-1-dup", "ec-1", "rec-1");
        assertThat(IdSets.decode(IdSets.without(encoded, "ec-1"))).containsExactly("rec-10", "rec-1-dup", "rec-1");
        assertThat(IdSets.decode(IdSets.with(encoded, "rec-"))).endsWith("rec-").hasSize(5);
    }

    @Test
    void a_pair_has_one_key_whichever_way_round() {
        assertThat(IdSets.pair("b", "a")).isEqualTo(IdSets.pair("a", "b"));
        assertThat(IdSets.pair("a", "bc")).isNotEqualTo(IdSets.pair("ab", "c"));
    }

    @Test
    void an_empty_id_or_one_holding_the_separator_is_refused() {
        assertThatThrownBy(() -> IdSets.with(null, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdSets.with("a", "b" + IdSets.SEPARATOR + "c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdSets.checked(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adds_and_removes_keep_the_same_ids_in_the_same_order_as_a_linked_hash_set() {
        Random random = new Random(11);
        List<String> alphabet = List.of("a", "b", "ab", "ba", "a-1", "a-10", "x y", "é", "1");
        for (int run = 0; run < 200; run++) {
            Set<String> model = new LinkedHashSet<>();
            String encoded = null;
            List<String> steps = new ArrayList<>();
            for (int step = 0; step < 30; step++) {
                String id = alphabet.get(random.nextInt(alphabet.size()));
                if (random.nextInt(3) == 0) {
                    model.remove(id);
                    encoded = IdSets.without(encoded, id);
                    steps.add("-" + id);
                } else {
                    model.add(id);
                    encoded = IdSets.with(encoded, id);
                    steps.add("+" + id);
                }
                assertThat(IdSets.decode(encoded)).as("after %s", steps).containsExactlyElementsOf(model);
                assertThat(encoded == null).as("absent when empty, after %s", steps).isEqualTo(model.isEmpty());
            }
        }
    }
}
