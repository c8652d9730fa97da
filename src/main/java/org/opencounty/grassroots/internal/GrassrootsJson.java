package org.opencounty.grassroots.internal;

import java.util.List;
import org.opencounty.grassroots.FinanceInput;
import org.opencounty.grassroots.Subsidy;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The tables of a revision as stored: JSON with amounts as decimal strings, so that nothing is ever rounded. */
@Component
public class GrassrootsJson {

    private final JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public String write(Object value) {
        return value == null ? null : mapper.writeValueAsString(value);
    }

    public FinanceInput finance(String json) {
        return json == null ? null : mapper.readValue(json, FinanceInput.class);
    }

    public List<Subsidy> subsidies(String json) {
        return json == null ? List.of() : mapper.readValue(json, new TypeReference<List<Subsidy>>() { });
    }
}
