package uk.lantern.correlation.stream;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * JSON for the topology's own topics and stores and for the contracts it publishes: no type headers, absent fields
 * left out, unknown fields ignored (a newer writer's extra field never stops an older reader).
 */
final class InternalJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private InternalJson() {
    }

    static byte[] bytes(Object value) {
        return value == null ? null : MAPPER.writeValueAsBytes(value);
    }

    static <T> T read(byte[] bytes, Class<T> type) {
        return bytes == null ? null : MAPPER.readValue(bytes, type);
    }

    static <T> Serde<T> serde(Class<T> type) {
        return Serdes.serdeFrom((topic, value) -> bytes(value), (topic, bytes) -> read(bytes, type));
    }
}
