package uk.lantern.mace.child.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.lantern.support.crypto.FieldKeys;

/** The blind index: equal keys equal, the value unreadable, the key given or derived from the keyset. */
class KeyedLinkIndexTest {

    static final String GIVEN = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes

    @Test
    void equal_keys_give_equal_indexes_that_keep_the_kind_and_hide_the_value() {
        KeyedLinkIndex index = new KeyedLinkIndex(GIVEN, null);

        String phone = index.of("PHONE:07700900123");
        assertThat(phone).isEqualTo(index.of("PHONE:07700900123")).startsWith("PHONE#").doesNotContain("07700900123");
        assertThat(index.of("PHONE:07700900124")).isNotEqualTo(phone);
        assertThat(index.of("PERSON_NAME:dean marsh")).startsWith("PERSON_NAME#").doesNotContain("dean", "marsh");
    }

    @Test
    void another_key_gives_other_indexes_and_without_a_given_key_the_keysets_primary_decides() throws Exception {
        String keyset = testKeyset();
        KeyedLinkIndex derived = new KeyedLinkIndex("", keyset);

        assertThat(derived.of("VEHICLE:AB12CDE")).isEqualTo(new KeyedLinkIndex(null, keyset).of("VEHICLE:AB12CDE"))
                .isNotEqualTo(new KeyedLinkIndex(GIVEN, keyset).of("VEHICLE:AB12CDE"))
                .isNotEqualTo(new KeyedLinkIndex("", FieldKeys.generate()).of("VEHICLE:AB12CDE"));
        assertThatThrownBy(() -> new KeyedLinkIndex("", "")).hasMessageContaining("lantern.mace.link-index-key");
        assertThatThrownBy(() -> new KeyedLinkIndex("c2hvcnQ=", keyset)).hasMessageContaining("at least 32 bytes");
    }

    static String testKeyset() throws IOException {
        Properties p = new Properties();
        try (InputStream in = KeyedLinkIndexTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p.getProperty("lantern.encryption.keyset");
    }
}
