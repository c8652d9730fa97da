package org.opencounty.catalogue.internal;

import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes an entry's content as JSON; unknown fields are ignored, so old revisions stay readable. */
@Component
public class ContentCodec {

    private final JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public String write(Object content) {
        return mapper.writeValueAsString(content);
    }

    public <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> toMap(Object content) {
        return mapper.convertValue(content, java.util.LinkedHashMap.class);
    }

    public <T> T read(String json, tools.jackson.core.type.TypeReference<T> type) {
        return mapper.readValue(json, type);
    }
}
