package uk.lantern.correlation.stream.identityindex;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.correlation.identity.IdentityLink;
import uk.lantern.correlation.identity.PersonRecord;

/**
 * The stores' value serdes: plain JSON of the identity records, without type information (the store fixes the
 * type), nulls left out, and unknown fields ignored so that a field added later does not break a restore.
 */
final class IdentityIndexSerdes {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private IdentityIndexSerdes() {
    }

    static Serde<PersonRecord> personRecord() {
        return json(PersonRecord.class);
    }

    static Serde<IdentityLink> identityLink() {
        return json(IdentityLink.class);
    }

    private static <T> Serde<T> json(Class<T> type) {
        Serializer<T> serializer = (topic, value) -> value == null ? null : MAPPER.writeValueAsBytes(value);
        Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null : MAPPER.readValue(bytes, type);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
