package org.opencounty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's description is complete: every route's successful answer has a schema that names its fields (a typed
 * record, a list of them, a scalar or a file), never an empty object as a {@code Map<String, Object>} gives.
 */
class OpenApiCompletenessTest extends IntegrationTest {

    @Test
    void everyRoutesSuccessfulAnswerHasANonEmptySchema() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode api = JsonMapper.builder().build().readTree(body);
        JsonNode schemas = api.path("components").path("schemas");
        List<String> routes = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String route = operation.getKey().toUpperCase() + " " + path.getKey();
                routes.add(route);
                for (Map.Entry<String, JsonNode> response : operation.getValue().path("responses").properties()) {
                    if (!response.getKey().startsWith("2") || response.getKey().equals("204")) {
                        continue;
                    }
                    JsonNode content = response.getValue().path("content");
                    if (content.isEmpty()) {
                        incomplete.add(route + " " + response.getKey() + ": no content");
                    }
                    for (Map.Entry<String, JsonNode> media : content.properties()) {
                        if (!described(media.getValue().path("schema"), schemas, 0)) {
                            incomplete.add(route + " " + response.getKey() + " " + media.getKey() + ": " + media.getValue().path("schema"));
                        }
                    }
                }
            }
        }
        assertThat(routes).as("routes described").hasSizeGreaterThan(50)
                .contains("GET /api/v1/applications/mine", "GET /api/v1/applications/queue");
        assertThat(incomplete).as("routes whose successful answer has no schema").isEmpty();
    }

    /** A schema names what it holds: a referenced record with properties, a list of such, a scalar, or a file. */
    private static boolean described(JsonNode schema, JsonNode schemas, int depth) {
        if (schema.isMissingNode() || schema.isEmpty() || depth > 5) {
            return false;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return described(schemas.path(name), schemas, depth + 1);
        }
        String type = schema.path("type").asString("");
        return switch (type) {
            case "array" -> described(schema.path("items"), schemas, depth + 1);
            case "object", "" -> schema.path("properties").size() > 0 || schema.has("allOf")
                    || described(schema.path("additionalProperties"), schemas, depth + 1);
            default -> true;
        };
    }
}
