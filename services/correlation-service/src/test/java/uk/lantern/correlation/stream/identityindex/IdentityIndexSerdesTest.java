package uk.lantern.correlation.stream.identityindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import uk.lantern.correlation.identity.DateOfBirth;
import uk.lantern.correlation.identity.IdentityLink;
import uk.lantern.correlation.identity.IdentityLink.Reason;
import uk.lantern.correlation.identity.PersonRecord;

class IdentityIndexSerdesTest {
    private final Serde<PersonRecord> records = IdentityIndexSerdes.personRecord();
    private final Serde<IdentityLink> links = IdentityIndexSerdes.identityLink();

    @Test
    void a_person_record_round_trips_as_plain_json_without_type_information_or_nulls() {
        PersonRecord record = new PersonRecord("la-1", "LA-77", null, null, null, Map.of("SOC_SEC_ID", "6988048"),
                "Zoë", "O'Neil", new DateOfBirth(2010, 13, 4), PersonRecord.Sex.FEMALE, null, "12 Park Road");

        byte[] bytes = records.serializer().serialize("t", record);
        String json = new String(bytes, StandardCharsets.UTF_8);

        assertThat(records.deserializer().deserialize("t", bytes)).isEqualTo(record);
        assertThat(json).contains("\"dateOfBirth\":{", "\"sex\":\"FEMALE\"", "\"SOC_SEC_ID\":\"6988048\"")
                .doesNotContain("uk.lantern", "@class", "null", "strongIds");
    }

    @Test
    void an_identity_link_round_trips_with_its_reason_and_exact_score() {
        IdentityLink link = new IdentityLink("a", "b", Reason.CONFIRMED, 13.000000000000002, "GIVEN_NAME",
                "confirmed by coordinator A; score 13.0 bits");

        byte[] bytes = links.serializer().serialize("t", link);

        assertThat(links.deserializer().deserialize("t", bytes)).isEqualTo(link);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"reason\":\"CONFIRMED\"")
                .doesNotContain("uk.lantern");
    }

    @Test
    void a_field_it_does_not_know_is_ignored_and_a_missing_one_is_null() {
        String stored = "{\"recordId\":\"gp-1\",\"nhsNumber\":\"9434765919\",\"addedLater\":{\"x\":1}}";

        PersonRecord record = records.deserializer().deserialize("t", stored.getBytes(StandardCharsets.UTF_8));

        assertThat(record).isEqualTo(PersonRecord.builder("gp-1").nhsNumber("9434765919").build());
    }

    @Test
    void null_is_a_tombstone_both_ways() {
        assertThat(records.serializer().serialize("t", null)).isNull();
        assertThat(links.deserializer().deserialize("t", null)).isNull();
    }
}
